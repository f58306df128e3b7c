import SlingrDiagnostics
import SlingrScript

/// The `listeners.<name> = {...}` objects of the package's listener files, read from the trees
/// the repository already holds.
struct ListenerDefinition {
    var name: String
    var script: ParsedScript
    /// The `listeners.<name>` being assigned.
    var range: SourceRange
    /// The definition's properties by key (`label`, `type`, `options`, `callback`).
    var properties: [String: Property]
    /// The properties of its `options` object literal.
    var options: [String: Property]

    /// A string-literal property of the definition or of its options.
    func literal(_ key: String, inOptions: Bool = true) -> (text: String, node: Expression)? {
        guard let property = (inOptions ? options : properties)[key], let text = ScriptQueries.stringValue(property.value) else { return nil }
        return (text, property.value)
    }

    /// `options.matching.path` as written.
    var matchingPath: (text: String, node: Expression)? {
        guard let matching = options["matching"], case .object(let object) = matching.value,
              let path = ScriptQueries.properties(of: object).first(where: { $0.name == "path" })?.property,
              let text = ScriptQueries.stringValue(path.value) else { return nil }
        return (text, path.value)
    }

    /// Every definition in the listener files lint reads, in path then source order.
    static func all(in repository: PackageRepository) -> [ListenerDefinition] {
        var found: [ListenerDefinition] = []
        for path in repository.scripts(type: "listener", conventionalFolder: "listeners") where !repository.isIgnored(path) {
            guard let script = repository.script(path), script.result.isValid else { continue }
            for (target, assignment) in ScriptQueries.memberAssignments(in: script.result.tree) where target.count == 2 && target[0] == "listeners" {
                guard case .object(let object) = assignment.right else { continue }
                let properties = keyed(ScriptQueries.properties(of: object))
                var options: [String: Property] = [:]
                if let value = properties["options"]?.value, case .object(let optionsObject) = value {
                    options = keyed(ScriptQueries.properties(of: optionsObject))
                }
                found.append(ListenerDefinition(name: target[1], script: script, range: assignment.left.range, properties: properties, options: options))
            }
        }
        return found
    }

    private static func keyed(_ properties: [(name: String, property: Property)]) -> [String: Property] {
        Dictionary(properties.map { ($0.name, $0.property) }, uniquingKeysWith: { first, _ in first })
    }
}
