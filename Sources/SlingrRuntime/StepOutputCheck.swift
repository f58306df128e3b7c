import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// Compares what a flow step returned with the outputs its `step.json` declares.
enum StepOutputCheck {

    static func problems(_ result: HostValue, step: PackageLayout.Step, repository: PackageRepository) -> [Diagnostic] {
        guard let descriptor = step.descriptor else { return [] }
        let declared = descriptor.outputs.compactMap { $0.name?.text }
        let file = repository.displayPath(PathName.join(step.folder, "step.json"))
        func warning(_ message: String) -> Diagnostic {
            Diagnostic(ruleId: StepOutputRule.description.id, severity: .warning, message: message, file: file)
        }
        guard case .object(let members) = result else {
            if declared.isEmpty || result == .undefined { return [] }
            return [warning("step '\(step.name)' returned \(typeName(result)), not an object with its outputs ("
                            + declared.map { "'\($0)'" }.joined(separator: ", ") + ")")]
        }
        var problems: [Diagnostic] = []
        for member in members where !declared.contains(member.key) {
            problems.append(warning("output '\(member.key)' is not declared in step.json 'outputs'"))
        }
        for name in declared where result[name] == nil {
            problems.append(warning("declared output '\(name)' is missing from the result"))
        }
        return problems
    }

    private static func typeName(_ value: HostValue) -> String {
        switch value {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
