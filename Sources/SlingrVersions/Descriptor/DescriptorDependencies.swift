import SlingrDiagnostics
import SlingrJSON

/// The part of a `package.json` that resolution needs: the package's name and its dependencies.
public struct DescriptorDependencies: Sendable {
    /// Rule id for dependency entries that cannot be read (missing or mistyped keys).
    public static let ruleId = "dependency-format"

    public var packageName: String?
    public var dependencies: [DependencyDeclaration]
    /// Entries that could not be read, and malformed requirements (rule `version-syntax`).
    public var diagnostics: [Diagnostic]

    public init(packageName: String?, dependencies: [DependencyDeclaration], diagnostics: [Diagnostic]) {
        self.packageName = packageName
        self.dependencies = dependencies
        self.diagnostics = diagnostics
    }

    /// Reads `name` and `dependencies[]` (`type`, `name`, `version`) from a parsed descriptor.
    /// Entries with a missing or mistyped key are reported and left out; entries with a
    /// malformed `version` are kept (resolve lists them as malformed) and reported with a fix-it.
    public static func read(_ root: JSONValue, in source: SourceFile) -> DescriptorDependencies {
        var diagnostics: [Diagnostic] = []
        func report(_ message: String, _ range: SourceRange, _ pointer: JSONPointer) {
            diagnostics.append(Diagnostic(ruleId: ruleId, severity: .error, message: message, in: source, range: range, pointer: pointer.description))
        }
        guard root.members != nil else {
            report("a package descriptor is an object; found \(root.typeName)", root.range, .root)
            return DescriptorDependencies(packageName: nil, dependencies: [], diagnostics: diagnostics)
        }
        let packageName = root["name"]?.string
        guard let list = root.member("dependencies") else {
            return DescriptorDependencies(packageName: packageName, dependencies: [], diagnostics: diagnostics)
        }
        let listPointer = JSONPointer.root.appending("dependencies")
        guard let items = list.value.array else {
            report("'dependencies' must be an array; found \(list.value.typeName)", list.value.range, listPointer)
            return DescriptorDependencies(packageName: packageName, dependencies: [], diagnostics: diagnostics)
        }
        var dependencies: [DependencyDeclaration] = []
        for (index, item) in items.enumerated() {
            let pointer = listPointer.appending(index)
            guard item.members != nil else {
                report("dependency \(index) must be an object with 'type', 'name' and 'version'; found \(item.typeName)", item.range, pointer)
                continue
            }
            var complete = true
            func string(_ key: String) -> JSONValue? {
                guard let value = item[key] else {
                    report("dependency \(index) has no '\(key)'", item.range, pointer)
                    complete = false
                    return nil
                }
                guard value.string != nil else {
                    report("'\(key)' of dependency \(index) must be a string; found \(value.typeName)", value.range, pointer.appending(key))
                    complete = false
                    return nil
                }
                return value
            }
            let typeValue = string("type")
            let nameValue = string("name")
            let versionValue = string("version")
            var kind: DependencyKind?
            if let typeValue, let text = typeValue.string {
                kind = DependencyKind(rawValue: text)
                if kind == nil {
                    report("unknown dependency type '\(text)'; expected 'service' or 'package'", typeValue.range, pointer.appending("type"))
                    complete = false
                }
            }
            guard complete, let kind, let name = nameValue?.string, let versionValue, let text = versionValue.string else { continue }
            let declaration = DependencyDeclaration(
                key: DependencyKey(kind, name), requirementText: text,
                pointer: pointer, versionRange: versionValue.range
            )
            if case .failure(let error) = declaration.requirement {
                diagnostics.append(error.diagnostic(in: source, stringValue: versionValue, pointer: pointer.appending("version").description))
            }
            dependencies.append(declaration)
        }
        return DescriptorDependencies(packageName: packageName, dependencies: dependencies, diagnostics: diagnostics)
    }

    /// Parses descriptor bytes (from a file or from `git show`); JSON errors come back as
    /// diagnostics and an empty dependency list.
    public static func read(_ source: SourceFile) -> DescriptorDependencies {
        let parsed = JSONParser.parse(source)
        guard let root = parsed.value else {
            return DescriptorDependencies(packageName: nil, dependencies: [], diagnostics: parsed.diagnostics)
        }
        var result = read(root, in: source)
        result.diagnostics = parsed.diagnostics + result.diagnostics
        return result
    }
}
