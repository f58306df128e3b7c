import SlingrDiagnostics

/// Compiler-style lines with excerpts, then `N files checked: ...`.
public struct TextReporter: FindingsReporter {
    public var style: TextStyle

    public init(style: TextStyle = .plain) { self.style = style }

    public func render(_ report: FindingsReport) -> String {
        let text = DiagnosticTextRenderer(style: style, sources: report.sources).render(report.diagnostics)
        var summary = ""
        for part in report.parts { summary += part.name + ": " + DiagnosticTextRenderer.summaryLine(part.summary) + "\n" }
        return text + (text.isEmpty ? "" : "\n") + summary + DiagnosticTextRenderer.summaryLine(report.summary) + "\n"
    }
}
