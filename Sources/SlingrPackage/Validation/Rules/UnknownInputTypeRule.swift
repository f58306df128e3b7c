import SlingrDiagnostics

/// A flow-step input type that neither the documentation nor real steps use.
enum UnknownInputTypeRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "unknown-input-type",
        severity: .warning,
        summary: "A flow-step input type not seen in the docs or in real steps.",
        explanation: "Flow-step input types are not fully documented: the docs show text, choice and number, real steps also boolean, keyValue, dropDown, urlParams, json and fieldsGroup. Another type is probably a typo; it is a warning because the set may be larger than what is known. When one type is clearly meant lint --fix writes it.",
        isFixable: true,
        triggering: [
            .package("a step input of type 'date'", files: ["flowSteps/a/step.json": #"{"label": "A", "name": "a", "category": "integrations", "inputs": [{"label": "D", "name": "d", "type": ↓"date"}], "outputs": []}"#],
                     expected: [.marked(message("date", suggestion: nil))]),
            .package("a step input of type 'dropdown'", files: ["flowSteps/a/step.json": #"{"label": "A", "name": "a", "category": "integrations", "inputs": [{"label": "D", "name": "d", "type": ↓"dropdown", "options": {"possibleValues": [{"label": "X", "name": "x"}]}}], "outputs": []}"#],
                     expected: [.marked(message("dropdown", suggestion: "dropDown"))]),
        ],
        nonTriggering: [
            .package("a step input of type 'text'", files: ["flowSteps/a/step.json": #"{"label": "A", "name": "a", "category": "integrations", "inputs": [{"label": "D", "name": "d", "type": "text"}], "outputs": []}"#]),
        ]
    )

    static func message(_ type: String, suggestion: String?) -> String {
        var message = "unknown input type '\(type)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}
