import SlingrDiagnostics

/// What every command that reports findings hands to a reporter: the findings, the files they
/// point into (for excerpts), and the command's own machine-readable results for JSON output
/// (a resolution, planned fixes), so one reporter family serves validate, lint, resolve,
/// outdated and preview alike.
public struct FindingsReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: DiagnosticSummary
    /// Files by display path; excerpts quote only these.
    public var sources: [String: SourceFile]
    /// Members added to the JSON document after `diagnostics` and `summary`.
    public var jsonMembers: [(String, JSONOutput)]
    public var toolVersion: String
    /// The rules SARIF lists.
    public var catalogue: RuleCatalogue
    /// Summaries of parts of the report (one per repository when several were linted), which
    /// the text report lists before the total.
    public var parts: [(name: String, summary: DiagnosticSummary)] = []

    public init(diagnostics: [Diagnostic], files: Int, sources: [String: SourceFile] = [:],
                jsonMembers: [(String, JSONOutput)] = [], toolVersion: String, catalogue: RuleCatalogue = .package) {
        self.catalogue = catalogue
        self.diagnostics = diagnostics.sorted(by: Diagnostic.reportOrder)
        self.summary = DiagnosticSummary(diagnostics, files: files)
        self.sources = sources
        self.jsonMembers = jsonMembers
        self.toolVersion = toolVersion
    }
}

/// Renders a report in one format. Each format is one type.
public protocol FindingsReporter: Sendable {
    func render(_ report: FindingsReport) -> String
}

/// The formats every finding-reporting command offers under `--format`.
public enum FindingsFormat: String, Sendable, CaseIterable {
    case text, json, sarif, github

    public static var names: [String] { allCases.map(\.rawValue) }

    public func reporter(style: TextStyle = .plain) -> any FindingsReporter {
        switch self {
        case .text: return TextReporter(style: style)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubActionsReporter()
        }
    }
}
