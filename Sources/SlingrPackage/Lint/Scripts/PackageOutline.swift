import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// What an editor needs to know of a package to complete and follow names: its name, its
/// dependencies, its configuration fields (with where each is declared), its script libraries
/// (with where each export is assigned) and its flow steps. Built from the same reading the
/// lint rules use (`PackageSymbols`), so the editor and `lint` agree on what a name means.
public struct PackageOutline: Sendable {
    public struct Library: Sendable {
        /// How scripts reach it: `pkg.<package>.<name>` (file stem or metadata namespace).
        public var name: String
        /// Repository-relative path of the file.
        public var path: String
        /// Exports in source order with the range of each assignment target; `nil` when the
        /// file builds its exports in a way a reader cannot follow.
        public var exports: [Export]?
    }

    public struct Export: Sendable {
        public var name: String
        public var range: SourceRange
    }

    public struct Field: Sendable {
        /// Names from the form root (`advanced.timeout` is `["advanced", "timeout"]`).
        public var path: [String]
        public var label: String?
        public var type: String?
        public var description: String?
        /// The range of the `name` value in `package.json`.
        public var nameRange: SourceRange
        /// Whether it is a group, whose children follow it.
        public var isGroup: Bool
    }

    /// The functions expressions may call on `utils` (see utils-function).
    public static let utilsFunctions = UtilsFunctionRule.known
    /// The values the platform adds to `config` besides the fields (see config-reference).
    public static let platformValues = ConfigurationScope.platformValues

    public var packageName: String?
    public var dependencies: [(name: String, type: String?)]
    /// Where each dependency's name is written in package.json (the first, when repeated).
    public var dependencyNameRanges: [String: SourceRange] = [:]
    public var fields: [Field] = []
    public var libraries: [Library] = []
    /// Flow steps by name, with their folder (repository-relative).
    public var steps: [(name: String, folder: String)] = []

    public init(_ repository: PackageRepository) {
        let symbols = PackageSymbols(repository)
        packageName = symbols.packageName
        dependencies = symbols.dependencies
        for case let name? in repository.package?.packageDescriptor?.dependencies.map(\.name) ?? [] where dependencyNameRanges[name.text] == nil {
            dependencyNameRanges[name.text] = name.value.range
        }
        if let configuration = repository.package?.document?["configuration"]?.array {
            collect(configuration, prefix: [])
        }
        for (name, library) in symbols.libraries.sorted(by: { $0.key < $1.key }) {
            let exports = library.exports.map { names in
                Self.exportRanges(repository.script(library.path)?.result.tree).filter { names.contains($0.name) }
            }
            libraries.append(Library(name: name, path: library.path, exports: exports))
        }
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            let declared = repository.descriptor(PathName.join(folder, DescriptorKind.step.fileName), kind: .step)?.document?["name"]?.string
            steps.append((declared ?? PathName.lastComponent(folder), folder))
        }
    }

    public func library(_ name: String) -> Library? { libraries.first { $0.name == name } }

    /// The field at a path of names, if declared.
    public func field(_ path: [String]) -> Field? { fields.first { $0.path == path } }

    private mutating func collect(_ values: [JSONValue], prefix: [String]) {
        for value in values {
            guard let name = value.member("name"), let text = name.value.string else { continue }
            let children = value["type"]?.string == "fieldsGroup" ? value["typeOptions"]?["fields"]?.array : nil
            fields.append(Field(path: prefix + [text], label: value["label"]?.string, type: value["type"]?.string,
                                description: value["description"]?.string, nameRange: name.value.range, isGroup: children != nil))
            if let children { collect(children, prefix: prefix + [text]) }
        }
    }

    /// Where each name is assigned to the exports: `exports.name = `, `module.exports.name = `,
    /// or a property of `module.exports = {...}`; first assignment wins.
    private static func exportRanges(_ tree: Program?) -> [Export] {
        guard let tree else { return [] }
        var found: [Export] = []
        var seen = Set<String>()
        func add(_ name: String, _ range: SourceRange) {
            if seen.insert(name).inserted { found.append(Export(name: name, range: range)) }
        }
        for (path, assignment) in ScriptQueries.memberAssignments(in: tree) {
            if path.count == 2, path[0] == "exports" {
                add(path[1], assignment.left.node.range)
            } else if path.count == 3, path[0] == "module", path[1] == "exports" {
                add(path[2], assignment.left.node.range)
            } else if path == ["module", "exports"], case .object(let object) = assignment.right {
                for (name, property) in ScriptQueries.properties(of: object) { add(name, property.range) }
            }
        }
        return found
    }
}
