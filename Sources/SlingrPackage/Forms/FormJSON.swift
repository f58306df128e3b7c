import SlingrDiagnostics
import SlingrScript

/// The evaluated form as JSON for other tools (`preview --format json`): the simulated
/// environment, the values, then every field depth first in form order with its path, type,
/// label, visibility, requiredness, value, every expression's outcome and the problems of its
/// value; then all problems, and the results of `--press` and `--build` when asked.
public enum FormJSON {
    public static func render(_ model: FormModel, presses: [ButtonPress] = [], build: ConfigurationBuild? = nil) -> String {
        document(model, presses: presses, build: build).rendered(indent: 2)
    }

    public static func document(_ model: FormModel, presses: [ButtonPress] = [], build: ConfigurationBuild? = nil) -> JSONOutput {
        let definition = model.definition
        var members: [(String, JSONOutput)] = []
        switch definition.kind {
        case .configuration:
            members.append(("form", .string("configuration")))
        case .step(let folder):
            members.append(("form", .string("step")))
            members.append(("step", .string(folder)))
        }
        members += [
            ("package", .string(definition.packageName)),
            ("title", .string(definition.title)),
            ("app", .string(model.environment.app)),
            ("environment", .string(model.environment.environment)),
            ("platform", .object(model.environment.platform.members.map { ($0.name, .string($0.value)) })),
            ("values", value(FormEvaluator(definition: definition, environment: model.environment).orderedValues(model.values))),
            ("fields", .array(model.allFields.map(field))),
            ("problems", .array(model.problems.map(problem))),
        ]
        if !presses.isEmpty { members.append(("presses", .array(presses.map(press)))) }
        if let build { members.append(("build", self.build(build))) }
        return .object(members)
    }

    static func field(_ field: EvaluatedField) -> JSONOutput {
        let spec = field.spec
        var members: [(String, JSONOutput)] = [
            ("path", .string(spec.path)),
            ("type", .string(spec.typeName)),
            ("label", .optional(spec.label)),
            ("visible", .bool(field.visible)),
            ("required", .bool(field.required)),
        ]
        if spec.isMany { members.append(("multiplicity", .string("many"))) }
        if spec.storesValue, !spec.isGroup {
            members.append(("value", field.value.map(value) ?? .null))
            members.append(("origin", .optional(field.origin?.rawValue)))
        }
        if !field.displayValues.isEmpty {
            let shown = field.displayValues.map { outcome -> JSONOutput in
                guard let shown = outcome.value else { return .null }
                if spec.type == .info, case .string(let html) = shown { return .string(HTMLText.plainText(html)) }
                return value(shown)
            }
            members.append(("display", spec.isMany || shown.count > 1 ? .array(shown) : shown[0]))
        }
        if !spec.possibleValues.isEmpty {
            var selected: [String] = []
            switch field.value {
            case .array(let items)?: selected = items.compactMap { if case .string(let text) = $0 { return text } else { return nil } }
            case .string(let text)?: selected = [text]
            default: break
            }
            members.append(("options", .array(spec.possibleValues.map { option in
                .object([("label", .string(option.label)), ("name", .string(option.name)), ("selected", .bool(selected.contains(option.name)))])
            })))
            if spec.allowCustom { members.append(("allowCustom", .bool(true))) }
        }
        if let validation = spec.validation {
            switch validation {
            case .email: members.append(("validation", .string("email")))
            case .number: members.append(("validation", .string("number")))
            case .url: members.append(("validation", .string("url")))
            case .other(let kind): members.append(("validation", .string(kind)))
            case .function(let source, let message):
                members.append(("validation", .object([("function", .string(source)), ("message", .optional(message))])))
            }
        }
        if let alertType = spec.alertType, spec.type == .info { members.append(("alertType", .string(alertType))) }
        if spec.type == .button {
            members.append(("color", .optional(spec.color)))
            members.append(("action", .optional(spec.action)))
        }
        members.append(("expressions", .array(field.outcomes.map(outcome))))
        members.append(("problems", .array(field.problems.map(problem))))
        return .object(members)
    }

    static func outcome(_ outcome: ExpressionOutcome) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("key", .string(outcome.key)), ("source", .string(outcome.source))]
        switch outcome.result {
        case .value(let result, let truthy):
            members.append(("result", value(result)))
            members.append(("truthy", .bool(truthy)))
        case .verbatim:
            members.append(("verbatim", .bool(true)))
        case .failed(let message):
            members.append(("error", .string(message)))
        }
        return .object(members)
    }

    static func problem(_ problem: FormProblem) -> JSONOutput {
        .object([("path", .string(problem.path)), ("kind", .string(problem.kind.rawValue)), ("message", .string(problem.message))])
    }

    static func press(_ press: ButtonPress) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("button", .string(press.path))]
        if let failure = press.outcome.failure { members.append(("error", .string(failure))) }
        members.append(("changes", .array(press.changes.map { change in
            .object([("path", .string(change.path)), ("before", change.before.map(value) ?? .null), ("after", change.after.map(value) ?? .null)])
        })))
        return .object(members)
    }

    static func build(_ build: ConfigurationBuild) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("script", .string(build.path))]
        if let failure = build.failure {
            var error: [(String, JSONOutput)] = [("message", .string(failure.message))]
            if let location = failure.location {
                error.append(("line", .integer(location.line)))
                error.append(("column", .integer(location.column)))
            }
            members.append(("error", .object(error)))
        }
        if let configuration = build.configuration {
            members.append(("dependencies", .object(build.dependencyConfigurations.map { ($0.name, value($0.value)) })))
            members.append(("configuration", value(configuration)))
        }
        members.append(("logs", .array(build.logs.map { .object([("level", .string($0.level.rawValue)), ("message", .string($0.message))]) })))
        return .object(members)
    }

    static func value(_ host: HostValue) -> JSONOutput { ConfigurationValues.jsonOutput(host) }
}
