/// A part of a package's `README.md` that `slingr-pkg docs` generates from the package, kept
/// between two marker comments (`<!-- slingr-pkg:begin events -->` ... `<!-- slingr-pkg:end
/// events -->`) that Markdown does not show. Everything outside the markers is the author's.
public enum ReadmeSection: String, CaseIterable, Sendable {
    case dependencies
    case configuration
    case events
    case flowSteps = "flow-steps"
    case uiServices = "ui-services"

    public var beginMarker: String { "<!-- slingr-pkg:begin \(rawValue) -->" }
    public var endMarker: String { "<!-- slingr-pkg:end \(rawValue) -->" }

    /// The heading the section's content starts with.
    public var title: String {
        switch self {
        case .dependencies: return "Dependencies"
        case .configuration: return "Configuration"
        case .events: return "Events"
        case .flowSteps: return "Flow steps"
        case .uiServices: return "UI services"
        }
    }
}
