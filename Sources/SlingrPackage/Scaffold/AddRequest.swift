/// What `slingr-pkg add KIND NAME` was asked for. Optional values take documented defaults
/// (labels from the name, field type `text`, dependency type and version from
/// `DependencyVersions`).
public enum AddRequest: Sendable, Hashable {
    case flowStep(name: String, label: String?)
    case uiService(name: String, label: String?)
    case script(name: String)
    case listener(name: String, label: String?)
    case event(name: String, label: String?)
    case field(name: String, type: String?, label: String?, required: Bool)
    case dependency(name: String, type: String?, version: String?)

    public var name: String {
        switch self {
        case .flowStep(let name, _), .uiService(let name, _), .script(let name), .listener(let name, _),
             .event(let name, _), .field(let name, _, _, _), .dependency(let name, _, _):
            return name
        }
    }

    /// How the kind is named in messages.
    public var noun: String {
        switch self {
        case .flowStep: return "flow step"
        case .uiService: return "UI service"
        case .script: return "script"
        case .listener: return "listener"
        case .event: return "event"
        case .field: return "field"
        case .dependency: return "dependency"
        }
    }
}

/// What `add` will do to a package: new files, the new text of `package.json` made by the
/// format-preserving editor, and other files brought up to date (the generated sections of
/// `README.md`). `summary` says what was inserted, one line each.
public struct PackageChange: Sendable, Hashable {
    public var createdFiles: [GeneratedFile]
    public var originalDescriptor: [UInt8]
    public var descriptor: [UInt8]
    public var summary: [String]
    public var updatedFiles: [FileUpdate] = []
}

/// A file of the package rewritten whole: its content when the change was planned, and after.
public struct FileUpdate: Sendable, Hashable {
    /// Relative to the package folder.
    public var path: String
    public var original: [UInt8]
    public var updated: [UInt8]
}
