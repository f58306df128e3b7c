/// The three descriptor files a package has, recognised by file name.
public enum DescriptorKind: String, CaseIterable, Sendable {
    case package
    case step
    case uiService = "ui-service"

    /// The kind a file name implies (`package.json`, `step.json`, `uiService.json`), or `nil`.
    public init?(fileName: String) {
        switch fileName {
        case "package.json": self = .package
        case "step.json": self = .step
        case "uiService.json": self = .uiService
        default: return nil
        }
    }

    public var fileName: String {
        switch self {
        case .package: return "package.json"
        case .step: return "step.json"
        case .uiService: return "uiService.json"
        }
    }
}
