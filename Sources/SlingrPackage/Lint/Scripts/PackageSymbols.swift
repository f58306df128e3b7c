import SlingrDiagnostics
import SlingrScript

/// What the package declares that its code refers to by name: configuration fields,
/// dependencies, script libraries and what each exports, and the keys the configuration builder
/// adds to `config`. Built once per lint run from the descriptor and the syntax trees the
/// repository already holds (no file is parsed twice).
struct PackageSymbols {
    /// A script library, reachable as `pkg.<package>.<name>`.
    struct Library {
        var path: String
        /// Names assigned to `exports`, or `nil` when the file builds its exports in a way a
        /// reader cannot follow (`exports[name] = ...`, `module.exports = make()`).
        var exports: Set<String>?
    }

    var packageName: String?
    /// Libraries by file name (without `.js`) and by metadata namespace.
    var libraries: [String: Library] = [:]
    /// Declared dependencies: name and type (`service` or `package`) as written.
    var dependencies: [(name: String, type: String?)] = []
    /// The package's configuration form.
    var configuration = ConfigurationScope()
    /// Top-level keys the configuration builder assigns (`config.oauth = {...}`).
    var builderKeys: Set<String> = []

    init(_ repository: PackageRepository) {
        guard let descriptor = repository.package?.packageDescriptor else { return }
        packageName = descriptor.name?.text
        dependencies = descriptor.dependencies.compactMap { dependency in dependency.name.map { ($0.text, dependency.type) } }
        if let fields = repository.package?.document?["configuration"]?.array {
            configuration = ExpressionSites.scope(of: fields, optionsKey: "typeOptions")
        }
        let namespaces = Dictionary(descriptor.metadata.compactMap { entry -> (String, String)? in
            guard entry.type == "script", let namespace = entry.namespace, case .inside(let path) = repository.resolve(entry.path) else { return nil }
            return (path, namespace)
        }, uniquingKeysWith: { first, _ in first })
        for path in repository.scripts(type: "script", conventionalFolder: "scripts") where !repository.isIgnored(path) {
            guard let script = repository.script(path), script.result.isValid else { continue }
            let library = Library(path: path, exports: Self.exports(of: script.result.tree))
            var name = PathName.lastComponent(path)
            if name.hasSuffix(".js") { name.removeLast(3) }
            libraries[name] = library
            if let namespace = namespaces[path], libraries[namespace] == nil { libraries[namespace] = library }
        }
        if let path = repository.configurationBuilderPath, let script = repository.script(path), script.result.isValid {
            for (path, _) in ScriptQueries.memberAssignments(in: script.result.tree) where path.count >= 2 && path[0] == "config" {
                builderKeys.insert(path[1])
            }
        }
    }

    /// Whether `name` is a declared dependency (of `type`, when given).
    func declaresDependency(_ name: String, type: String? = nil) -> Bool {
        dependencies.contains { $0.name == name && (type == nil || $0.type == type) }
    }

    /// Names code may read from `config` besides the form's fields: what the builder adds and
    /// the dependencies' own configuration.
    var configurationExtras: [String] { builderKeys.sorted() + dependencies.map(\.name) }

    /// Whether `config.<path>` (read by a script or the builder) names something.
    func configurationContains(_ path: ArraySlice<String>) -> Bool {
        guard let first = path.first else { return true }
        return configurationExtras.contains(first) || configuration.contains(path)
    }

    /// The names `exports.<name> = ...`, `module.exports.<name> = ...` and
    /// `module.exports = {name: ...}` give a library; `nil` when the file fills its exports in a
    /// way a reader cannot follow (`exports[name] = ...`, `Object.assign(exports, ...)`,
    /// `module.exports = build()`).
    static func exports(of tree: Program) -> Set<String>? {
        var names = Set<String>()
        for (path, assignment) in ScriptQueries.memberAssignments(in: tree) {
            if path.count == 2, path[0] == "exports" {
                names.insert(path[1])
            } else if path.count == 3, path[0] == "module", path[1] == "exports" {
                names.insert(path[2])
            } else if path == ["module", "exports"] {
                guard case .object(let object) = assignment.right,
                      !object.properties.contains(where: { if case .spread = $0 { return true } else { return false } }) else { return nil }
                for (name, _) in ScriptQueries.properties(of: object) { names.insert(name) }
            }
        }
        if usesExportsDynamically(tree) { return nil }
        return names
    }

    /// Whether a free `exports` appears other than as `exports.<static name>`.
    private static func usesExportsDynamically(_ tree: Program) -> Bool {
        let free = Set(FreeNames(tree).references.filter { $0.name == "exports" }.map(ObjectIdentifier.init))
        var dynamic = false
        SyntaxWalker.walk(tree, enter: { node, ancestors in
            guard !dynamic else { return false }
            guard let identifier = node as? SlingrScript.Identifier, identifier.name == "exports",
                  free.contains(ObjectIdentifier(identifier)) else { return true }
            if let member = ancestors.last as? MemberExpression, case .identifier(let object) = member.object, object === identifier,
               ScriptQueries.propertyName(member.property) != nil {
                return false
            }
            dynamic = true
            return false
        }, leave: { _, _ in })
        return dynamic
    }
}
