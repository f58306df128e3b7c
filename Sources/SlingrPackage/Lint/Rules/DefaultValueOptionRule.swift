import SlingrDiagnostics
import SlingrJSON

/// A drop-down or buttons group whose `defaultValue` is not the name of one of its possible
/// values, in `package.json` or a step's inputs, unless custom values are allowed.
struct DefaultValueOptionRule: LintRule {
    static let description = RuleDescription(
        id: "default-value-not-option",
        severity: .warning,
        summary: "A dropDown or buttonsGroup defaultValue that is not one of its possible values.",
        explanation: "The form selects the possible value whose name equals defaultValue; any other default selects nothing (or, saved untouched, stores a value the field cannot show), so the field looks empty or a required field blocks saving. The default must be a name (not a label) unless allowCustom is true. Expressions and ${NAME} placeholders are not checked.",
        triggering: [
            .package("a default given as the label", configuration: #"[{"label": "Environment", "name": "environment", "type": "dropDown", "defaultValue": ↓"Production", "typeOptions": {"possibleValues": [{"label": "Production", "name": "prod"}, {"label": "Sandbox", "name": "sandbox"}]}}]"#,
                     expected: [.marked(message("Production", field: "environment", names: ["prod", "sandbox"], suggestion: "prod"))]),
            .package("a buttons group in a step", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [{"label": "Method", "name": "method", "type": "buttonsGroup", "defaultValue": ↓"gett", "options": {"possibleValues": [{"label": "GET", "name": "get"}, {"label": "POST", "name": "post"}]}}], "outputs": []}"#],
                     expected: [.marked(message("gett", field: "method", names: ["get", "post"], suggestion: "get"))]),
        ],
        nonTriggering: [
            .package("a default among the names, a custom value and a placeholder", configuration: #"[{"label": "Region", "name": "region", "type": "dropDown", "defaultValue": "us-east-1", "typeOptions": {"possibleValues": [{"label": "US East", "name": "us-east-1"}, {"label": "EU", "name": "eu-west-1"}]}}, {"label": "Scope", "name": "scope", "type": "buttonsGroup", "defaultValue": "custom", "typeOptions": {"allowCustom": true, "possibleValues": [{"label": "Read", "name": "read"}]}}, {"label": "Env", "name": "env", "type": "dropDown", "defaultValue": "${ENV}", "typeOptions": {"possibleValues": [{"label": "Prod", "name": "prod"}]}}]"#),
        ]
    )

    static func message(_ value: String, field: String, names: [String], suggestion: String?) -> String {
        var message = "default value '\(value)' of '\(field)' is not one of its possible values: \(names.map { "'\($0)'" }.joined(separator: ", "))"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        if let package = repository.package, let descriptor = package.packageDescriptor {
            check(descriptor.configuration, in: package, context: context)
        }
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            guard let step = repository.descriptor(PathName.join(folder, DescriptorKind.step.fileName), kind: .step),
                  let inputs = step.stepDescriptor?.inputs else { continue }
            check(inputs, in: step, context: context)
        }
    }

    private func check(_ fields: [FormFieldSpec], in file: DescriptorFile, context: LintContext) {
        for field in fields {
            check(field.children, in: file, context: context)
            guard field.type?.hasPossibleValues == true, !field.allowCustom, !field.possibleValues.isEmpty,
                  let defaultValue = field.object["defaultValue"] else { continue }
            let names = field.possibleValues.map(\.name)
            let values: [(JSONValue, JSONPointer)] = defaultValue.array.map { items in
                items.enumerated().map { ($1, field.pointer.appending("defaultValue").appending($0)) }
            } ?? [(defaultValue, field.pointer.appending("defaultValue"))]
            for (value, pointer) in values {
                guard let text = value.string, !names.contains(text), !ExpressionSite.looksLikeCode(text), !text.contains("${") else { continue }
                // A default written as a label (real packages do this) means that option's name.
                let byLabel = field.possibleValues.first { $0.label.lowercased() == text.lowercased() }?.name
                let message = Self.message(text, field: field.name, names: names, suggestion: byLabel ?? Suggestion.closest(to: text, in: names))
                context.report(Self.self, message, in: file.source, range: value.range, pointer: pointer)
            }
        }
    }
}
