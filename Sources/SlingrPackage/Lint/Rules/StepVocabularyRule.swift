import SlingrDiagnostics
import SlingrJSON

/// A flow step's `category` and its outputs' `type` come from small vocabularies: the flow
/// editor groups steps by category and offers outputs to later steps by type.
struct StepVocabularyRule: LintRule {
    /// Categories of the platform documentation's examples (`integrations`, which every real
    /// step uses, and `utils`).
    static let categories = ["integrations", "utils"]
    /// Output types: `object` (every real step), and `text` and `number` (the documentation).
    static let outputTypes = ["object", "text", "number"]

    static let description = RuleDescription(
        id: "step-vocabulary",
        severity: .warning,
        summary: "A flow step category or output type that neither the documentation nor real steps use.",
        explanation: "The flow editor lists steps under their category and offers each output to later steps by its type. Real steps all use the category integrations and outputs of type object; the documentation also shows the category utils and outputs of type text and number. Anything else is probably a typo (integration, obj); it is a warning because the platform may know more than it documents.",
        triggering: [
            .package("a category and an output type with typos", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": ↓"integration", "inputs": [], "outputs": [{"label": "Response", "name": "response", "type": ↓"obj", "description": "The response"}]}"#],
                     expected: [.marked(message("integration", key: "category", allowed: categories, suggestion: "integrations")),
                                .marked(message("obj", key: "output type", allowed: outputTypes, suggestion: "object"))]),
        ],
        nonTriggering: [
            .package("the real and documented values", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": [{"label": "Response", "name": "response", "type": "object"}, {"label": "City", "name": "city", "type": "text"}, {"label": "Count", "name": "count", "type": "number"}]}"#]),
        ]
    )

    static func message(_ value: String, key: String, allowed: [String], suggestion: String?) -> String {
        var message = "unknown step \(key) '\(value)'; known: \(allowed.joined(separator: ", "))"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            guard let file = repository.descriptor(PathName.join(folder, DescriptorKind.step.fileName), kind: .step),
                  let step = file.stepDescriptor else { continue }
            var values: [(DescriptorString, String, [String])] = []
            if let category = step.category { values.append((category, "category", Self.categories)) }
            for output in step.outputs { if let type = output.type { values.append((type, "output type", Self.outputTypes)) } }
            for (value, key, allowed) in values where !allowed.contains(value.text) {
                // Abbreviations (obj) are typos too short for an edit distance to catch.
                let abbreviated = value.text.count >= 3 ? allowed.first { $0.hasPrefix(value.text.lowercased()) } : nil
                let message = Self.message(value.text, key: key, allowed: allowed, suggestion: Suggestion.closest(to: value.text, in: allowed) ?? abbreviated)
                context.report(Self.self, message, in: file.source, range: value.value.range, pointer: value.pointer)
            }
        }
    }
}
