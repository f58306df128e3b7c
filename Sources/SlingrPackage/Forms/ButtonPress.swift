import SlingrDiagnostics
import SlingrScript

/// What pressing a button did: its action's outcome and the values it changed in `config`.
public struct ButtonPress: Sendable {
    /// One value the action changed (`before`/`after` nil when unset).
    public struct Change: Sendable, Equatable {
        public var path: String
        public var before: HostValue?
        public var after: HostValue?
    }

    public var path: String
    public var label: String
    public var outcome: ExpressionOutcome
    public var changes: [Change]

    /// Finds the button a `--press` argument names: its dotted path, or its name when only one
    /// button has it. The error text says what exists.
    public static func resolve(_ name: String, in definition: FormDefinition) -> Result<FormFieldSpec, FormLoadError> {
        let buttons = definition.allFields.filter { $0.type == .button }
        if let exact = buttons.first(where: { $0.path == name }) { return .success(exact) }
        let byName = buttons.filter { $0.name == name }
        if byName.count == 1 { return .success(byName[0]) }
        if byName.count > 1 {
            return .failure(FormLoadError(message: "several buttons are named '\(name)'; use one of " + byName.map { "'\($0.path)'" }.joined(separator: ", ")))
        }
        var message = "no button '\(name)' in the form"
        if buttons.isEmpty {
            message += " (it has no buttons)"
        } else if let suggestion = Suggestion.closest(to: name, in: buttons.map(\.path) + buttons.map(\.name)) {
            message += "; did you mean '\(suggestion)'?"
        } else {
            message += " (buttons: " + buttons.map { "'\($0.path)'" }.joined(separator: ", ") + ")"
        }
        return .failure(FormLoadError(message: message))
    }

    /// Presses `button` with `values` and reports what changed.
    public static func press(_ button: FormFieldSpec, values: ConfigurationValues, evaluator: FormEvaluator)
        -> (press: ButtonPress, values: ConfigurationValues)
    {
        var defaultsOutcomes: [String: ExpressionOutcome] = [:]
        let before = evaluator.applyingDefaults(values, runner: evaluator.makeRunner(), outcomes: &defaultsOutcomes)
        let (after, outcome) = evaluator.press(button.path, values: values)
        let beforePaths = ConfigurationValues.leafPaths(before.root)
        let afterPaths = ConfigurationValues.leafPaths(after.root)
        var changes: [Change] = []
        for path in afterPaths + beforePaths.filter({ !afterPaths.contains($0) }) {
            let old = before.value(at: path.split(separator: ".").map(String.init))
            let new = after.value(at: path.split(separator: ".").map(String.init))
            // Group objects the evaluator adds for `config.group.child` are no change.
            if old == nil, new == .object([]) { continue }
            if old != new { changes.append(Change(path: path, before: old, after: new)) }
        }
        let press = ButtonPress(path: button.path, label: button.label ?? button.name, outcome: outcome, changes: changes)
        return (press, after)
    }
}
