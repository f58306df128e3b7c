import SlingrJSON
import SlingrScript

/// Evaluates a form: defaults first (in form order, each seeing the values before it), then
/// every field's `visibility`, `required`, `value`, `oauth2` options and validation function
/// with the current values, then the checks. Pure: definition, values and environment in,
/// model out; one evaluation never throws and never hangs (expressions have a step budget).
public struct FormEvaluator: Sendable {
    public var definition: FormDefinition
    public var environment: FormEnvironment
    public var limits: Limits
    /// Seconds one `evaluate` or `press` (all the form's expressions) may take, counted from its
    /// start; for hosts such as `configure` that evaluate again after each answer. Nil: only
    /// `limits.deadline` applies.
    public var timeout: Double?

    /// Limits of one expression: a real one needs a few dozen steps.
    public static let expressionLimits = Limits(maxSteps: 100_000, maxCallDepth: 100, maxStringLength: 1 << 20, maxArrayLength: 1 << 16)

    public init(definition: FormDefinition, environment: FormEnvironment, limits: Limits = FormEvaluator.expressionLimits) {
        self.definition = definition
        self.environment = environment
        self.limits = limits
    }

    /// The form evaluated with `values` (defaults fill what they leave unset).
    public func evaluate(_ values: ConfigurationValues) -> FormModel {
        let runner = makeRunner()
        var defaults: [String: ExpressionOutcome] = [:]
        let filled = applyingDefaults(values, runner: runner, outcomes: &defaults)
        runner.setConfig(configObject(filled))
        let fields = definition.fields.map { evaluate($0, parentVisible: true, values: filled, defaults: defaults, runner: runner) }
        var model = FormModel(definition: definition, environment: environment, values: filled, fields: fields, problems: [])
        let checks = ValueChecks(definition: definition, placeholders: environment.resolvedPlaceholders)
        model.fields = model.fields.map { checks.checked($0) }
        // A failing expression is shown at its field and counted here; a failing validation
        // function is already a problem of the value.
        let failures = model.allFields.flatMap { field in
            field.failures.filter { $0.key != "validation" }.map { outcome in
                FormProblem(path: field.spec.path, kind: .expression,
                            message: "\(outcome.key) of '\(field.spec.path)' failed: \(outcome.failure ?? "")", field: field.spec)
            }
        }
        model.problems = definition.problems + model.allFields.flatMap(\.problems) + failures + checks.unknownFields(filled)
        return model
    }

    /// Runs a button's `action` on the values (defaults applied) and returns what it left in
    /// `config` as the new values, with the outcome (failed when the action threw; the values
    /// are then unchanged).
    public func press(_ buttonPath: String, values: ConfigurationValues) -> (values: ConfigurationValues, outcome: ExpressionOutcome) {
        let runner = makeRunner()
        var defaults: [String: ExpressionOutcome] = [:]
        let filled = applyingDefaults(values, runner: runner, outcomes: &defaults)
        let action = definition.field(at: buttonPath)?.action ?? ""
        runner.setConfig(configObject(filled))
        let outcome = runner.statements(action, key: "action")
        guard outcome.failure == nil else { return (filled, outcome) }
        var after = ConfigurationValues(root: runner.configValues, origin: .action)
        // Values the action did not touch keep where they came from.
        for path in ConfigurationValues.leafPaths(after.root) {
            if let before = filled.value(at: path), before == after.value(at: path), let origin = filled.origin(of: path) {
                after.set(path, before, origin: origin)
            }
        }
        return (after, outcome)
    }

    /// `config` for the interpreter: the values in form order (other names after), with an
    /// object for every group (so `config.group.child` reads `undefined` rather than failing
    /// when nothing is set).
    public func configObject(_ values: ConfigurationValues) -> HostValue {
        Self.scaffold(values.root, fields: definition.fields, depth: 0, addGroups: true)
    }

    /// The values in form order, other names after (for writing and showing them).
    public func orderedValues(_ values: ConfigurationValues) -> HostValue {
        Self.scaffold(values.root, fields: definition.fields, depth: 0, addGroups: false)
    }

    private static func scaffold(_ value: HostValue, fields: [FormFieldSpec], depth: Int, addGroups: Bool) -> HostValue {
        guard depth < 32, case .object(let members) = value else { return value }
        var ordered: [(key: String, value: HostValue)] = []
        for field in fields {
            if let member = value[field.name] {
                ordered.append((field.name, field.isGroup ? scaffold(member, fields: field.children, depth: depth + 1, addGroups: addGroups) : member))
            } else if field.isGroup, addGroups {
                ordered.append((field.name, scaffold(.object([]), fields: field.children, depth: depth + 1, addGroups: addGroups)))
            }
        }
        for member in members where !ordered.contains(where: { $0.key == member.key }) { ordered.append(member) }
        return .object(ordered)
    }

    func makeRunner() -> FormScriptRunner {
        let bareNames = definition.isStep ? definition.fields.map(\.name) : []
        var limits = self.limits
        if let timeout {
            let deadline = Deadline.after(seconds: timeout)
            if limits.deadline.map({ deadline.instant < $0.instant }) ?? true { limits.deadline = deadline }
        }
        return FormScriptRunner(environment: environment, bareNames: bareNames, limits: limits)
    }

    /// Fills unset stored fields from `defaultValue`, in form order, hidden ones included.
    func applyingDefaults(_ values: ConfigurationValues, runner: FormScriptRunner, outcomes: inout [String: ExpressionOutcome]) -> ConfigurationValues {
        var result = values
        for field in definition.allFields where field.storesValue && !field.isGroup {
            guard let declared = field.defaultValue, !declared.isNull, result.value(at: field.path) == nil else { continue }
            var value: HostValue
            if let text = declared.string {
                runner.setConfig(configObject(result))
                let outcome = runner.valueText(text, key: "defaultValue")
                outcomes[field.path] = outcome
                guard let computed = outcome.value else { continue }
                value = computed
            } else if let items = declared.array, items.contains(where: { $0.string != nil }) {
                // `many` defaults: each string item follows the same rule (`["${TEST2}", "CA"]`).
                runner.setConfig(configObject(result))
                value = .array(items.map { item in
                    guard let text = item.string else { return ConfigurationValues.hostValue(item) }
                    return runner.valueText(text, key: "defaultValue").value ?? .string(text)
                })
            } else {
                value = ConfigurationValues.hostValue(declared)
            }
            if field.type == .toggle || field.type == .boolean, case .string(let text) = value, text == "true" || text == "false" {
                value = .bool(text == "true")
            }
            result.set(field.path, value, origin: .defaultValue)
        }
        return result
    }

    private func evaluate(_ spec: FormFieldSpec, parentVisible: Bool, values: ConfigurationValues, defaults: [String: ExpressionOutcome],
                          runner: FormScriptRunner) -> EvaluatedField {
        let visibility = condition(spec.visibility, key: "visibility", runner: runner)
        let required = condition(spec.required, key: "required", runner: runner)
        let visible = parentVisible && (visibility.map { $0.failure != nil || $0.isTruthy } ?? true)
        var field = EvaluatedField(
            spec: spec, visible: visible, required: required.map { $0.failure == nil && $0.isTruthy } ?? false,
            visibility: visibility, requiredOutcome: required, defaultOutcome: nil, value: nil, origin: nil,
            displayValues: [], oauth2Options: [], validationOutcome: nil, children: [], problems: [])
        if spec.storesValue, !spec.isGroup {
            field.value = values.value(at: spec.path)
            field.origin = values.origin(of: spec.path)
            if field.origin == .defaultValue { field.defaultOutcome = defaults[spec.path] }
        }
        if let declared = spec.value {
            if let text = declared.string {
                field.displayValues = [runner.valueText(text, key: "value")]
            } else if let items = declared.array {
                field.displayValues = items.map { item in
                    guard let text = item.string else { return literal(item, key: "value") }
                    return runner.valueText(text, key: "value")
                }
            } else {
                field.displayValues = [literal(declared, key: "value")]
            }
        }
        field.oauth2Options = spec.oauth2Options.map { runner.expression($0.source, key: $0.key) }
        if visible, case .function(let source, _)? = spec.validation {
            field.validationOutcome = runner.expression(source, key: "validation")
        }
        field.children = spec.children.map { evaluate($0, parentVisible: visible, values: values, defaults: defaults, runner: runner) }
        return field
    }

    /// `visibility`/`required`: a boolean, an expression string (`"true"` included), or for
    /// anything else its JavaScript truthiness; `nil` when absent.
    private func condition(_ declared: JSONValue?, key: String, runner: FormScriptRunner) -> ExpressionOutcome? {
        guard let declared, !declared.isNull else { return nil }
        if let text = declared.string {
            // A blank expression means no value, as if the key were absent.
            return text.trimmingSpaces.isEmpty ? nil : runner.expression(text, key: key)
        }
        return literal(declared, key: key)
    }

    private func literal(_ declared: JSONValue, key: String) -> ExpressionOutcome {
        let value = ConfigurationValues.hostValue(declared)
        return ExpressionOutcome(key: key, source: declared.output.rendered(indent: 0), result: .value(value, truthy: Self.isTruthy(value)))
    }

    static func isTruthy(_ value: HostValue) -> Bool {
        switch value {
        case .undefined, .null: return false
        case .bool(let flag): return flag
        case .number(let number): return number != 0 && !number.isNaN
        case .string(let text): return !text.isEmpty
        case .array, .object: return true
        }
    }
}
