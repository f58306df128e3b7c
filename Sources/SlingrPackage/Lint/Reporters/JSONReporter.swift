import SlingrDiagnostics

/// `{"diagnostics": [...], "summary": {...}}` plus the command's own members.
public struct JSONReporter: FindingsReporter {
    public init() {}

    public func render(_ report: FindingsReport) -> String {
        guard case .object(var members) = DiagnosticJSONRenderer.report(report.diagnostics, summary: report.summary) else { return "" }
        members += report.jsonMembers
        return JSONOutput.object(members).rendered(indent: 2) + "\n"
    }
}
