/// The files slingr-pkg has a JSON Schema for: the three descriptors and `.slingr-pkg.json`.
public enum SchemaKind: String, CaseIterable, Sendable {
    case package
    case step
    case uiService = "ui-service"
    case config

    /// Where the schema is written inside a package (`.slingr-pkg/schemas/package.schema.json`);
    /// not named like the file it describes, so no pattern for that file matches it.
    public var relativePath: String { "\(Self.folder)/\(rawValue).schema.json" }

    public static let folder = ".slingr-pkg/schemas"

    /// The files the schema applies to, as editors' file patterns relative to the package root.
    public var filePattern: String {
        switch self {
        case .package: return "/package.json"
        case .step: return "/flowSteps/*/step.json"
        case .uiService: return "/uiServices/*/uiService.json"
        case .config: return "/.slingr-pkg.json"
        }
    }

    /// The descriptor kind, for the three descriptors.
    public var descriptorKind: DescriptorKind? {
        switch self {
        case .package: return .package
        case .step: return .step
        case .uiService: return .uiService
        case .config: return nil
        }
    }

    /// The schema's title.
    var title: String {
        switch self {
        case .package: return "package.json of a Slingr package"
        case .step: return "step.json of a Slingr flow step"
        case .uiService: return "uiService.json of a Slingr UI service"
        case .config: return ".slingr-pkg.json: slingr-pkg settings of a package"
        }
    }
}
