import SlingrDiagnostics

/// `flowSteps/<name>/step.json`: one text input and one object output, matching `step.js`.
enum StepDescriptorTemplate {
    static func json(step: String, label: String, packageLabel: String) -> JSONOutput {
        .object([
            ("label", .string(label)),
            ("name", .string(step)),
            ("category", .string("integrations")),
            ("description", .string("\(label) step of the \(packageLabel) package.")),
            ("inputs", .array([
                .object([
                    ("label", .string("Message")),
                    ("name", .string("message")),
                    ("type", .string("text")),
                    ("description", .string("The text the step works on.")),
                    ("required", .bool(true)),
                ]),
            ])),
            ("outputs", .array([
                .object([
                    ("label", .string("Result")),
                    ("name", .string("result")),
                    ("type", .string("object")),
                    ("description", .string("What the step returns.")),
                ]),
            ])),
        ])
    }
}
