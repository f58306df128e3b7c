import SlingrDiagnostics
import SlingrScript

/// The values of password fields, hidden in everything `preview` prints, as the form itself
/// hides them: the JSON model (values, fields, expression results, problems), the changes a
/// `--press` made, and what `--build` returns and logs (a builder copies secrets into the
/// dependencies' configuration). `--show-secrets` prints them as they are.
///
/// A string equal to a secret becomes `********`, and so does every occurrence of a secret of
/// four characters or more inside a longer string (`"Basic " + secret`); shorter secrets are
/// only hidden whole, so a one-letter password does not blank out every word. A placeholder
/// (`${API_KEY}`) is not a secret; the `--env` value it resolves to is.
public struct SecretMask: Sendable {
    public static let mask = FieldWidgets.mask
    /// Shortest secret hidden inside longer strings.
    static let minimumEmbeddedLength = 4

    /// The secrets, longest first (so a secret containing another is replaced first).
    public let secrets: [String]

    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { !$0.isEmpty })).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The secrets of `model`'s password fields, and those they had before `presses`.
    public init(model: FormModel, presses: [ButtonPress] = []) {
        let paths = Set(model.definition.allFields.filter { $0.type == .password }.map(\.path))
        let placeholders = model.environment.resolvedPlaceholders
        var found: [String] = []
        func collect(_ value: HostValue?) {
            switch value {
            case .string(let text)?:
                if let name = Placeholder.name(of: text) {
                    if let resolved = placeholders[name] { found.append(resolved) }
                } else {
                    found.append(text)
                }
            case .array(let items)?:
                for item in items { collect(item) }
            default:
                break
            }
        }
        for path in paths { collect(model.values.value(at: path)) }
        for change in presses.flatMap(\.changes) where paths.contains(change.path) {
            collect(change.before)
            collect(change.after)
        }
        self.init(secrets: found)
    }

    public func hide(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        if secrets.contains(text) { return Self.mask }
        var result = text
        for secret in secrets where secret.count >= Self.minimumEmbeddedLength && result.contains(secret) {
            result = result.split(separator: secret, omittingEmptySubsequences: false).joined(separator: Self.mask)
        }
        return result
    }

    public func hide(_ value: HostValue) -> HostValue {
        switch value {
        case .string(let text): return .string(hide(text))
        case .array(let items): return .array(items.map(hide))
        case .object(let members): return .object(members.map { ($0.key, hide($0.value)) })
        default: return value
        }
    }

    public func hide(_ outcome: ExpressionOutcome) -> ExpressionOutcome {
        var copy = outcome
        switch outcome.result {
        case .value(let value, let truthy): copy.result = .value(hide(value), truthy: truthy)
        case .failed(let message): copy.result = .failed(hide(message))
        case .verbatim: break
        }
        return copy
    }

    public func hide(_ problem: FormProblem) -> FormProblem {
        FormProblem(path: problem.path, kind: problem.kind, message: hide(problem.message), field: problem.field)
    }

    public func hide(_ field: EvaluatedField) -> EvaluatedField {
        var copy = field
        copy.value = field.value.map(hide)
        copy.visibility = field.visibility.map(hide)
        copy.requiredOutcome = field.requiredOutcome.map(hide)
        copy.defaultOutcome = field.defaultOutcome.map(hide)
        copy.displayValues = field.displayValues.map(hide)
        copy.oauth2Options = field.oauth2Options.map(hide)
        copy.validationOutcome = field.validationOutcome.map(hide)
        copy.children = field.children.map(hide)
        copy.problems = field.problems.map(hide)
        return copy
    }

    public func hide(_ model: FormModel) -> FormModel {
        guard !secrets.isEmpty else { return model }
        var copy = model
        copy.values = model.values.mapping(hide)
        copy.fields = model.fields.map(hide)
        copy.problems = model.problems.map(hide)
        return copy
    }

    public func hide(_ press: ButtonPress) -> ButtonPress {
        var copy = press
        copy.outcome = hide(press.outcome)
        copy.changes = press.changes.map { ButtonPress.Change(path: $0.path, before: $0.before.map(hide), after: $0.after.map(hide)) }
        return copy
    }

    public func hide(_ build: ConfigurationBuild) -> ConfigurationBuild {
        var copy = build
        copy.configuration = build.configuration.map(hide)
        copy.dependencyConfigurations = build.dependencyConfigurations.map { ($0.name, hide($0.value)) }
        copy.logs = build.logs.map { LogEntry(level: $0.level, message: hide($0.message)) }
        if var failure = build.failure {
            failure.message = hide(failure.message)
            copy.failure = failure
        }
        return copy
    }
}
