/// The shape of a flow step's `step.json`: what `StepDescriptorValidator` checks and the step
/// schema describes.
public enum StepDescriptorShape {
    public static let output = ObjectShape("flow-step output", meaning: "A value the step returns.", keys: [
        KeyShape("label", .text, "The output's caption."),
        KeyShape("name", .string(ShapePatterns.identifier), "The key of the returned object."),
        KeyShape("type", .text, "The kind of value: 'object', 'text', 'number' ..."),
        KeyShape("description", .text, "What the value holds."),
    ], required: ["name", "type"], snippets: [
        .init("New output", meaning: "A step output with a label, a name and a type.", body: [
            ("label", .text("${1:Label}")), ("name", .text("${2:name}")), ("type", .text("${3|object,text,number|}")),
        ]),
    ])

    public static let root = ObjectShape("flow step descriptor", meaning: "A flow step: its name, inputs and outputs; step.js next to it assigns step.<name>.", keys: [
        KeyShape("label", .text, "The step's caption in the flow editor."),
        KeyShape("name", .string(ShapePatterns.identifier), "The step's name: step.js assigns step.<name>, and it should equal the folder name."),
        KeyShape("category", .text, "The group the step is listed in ('integrations' in real packages)."),
        KeyShape("description", .text, "What the step does."),
        KeyShape("inputs", .array(of: .named(FieldShapes.stepInput)), "What the step receives, filled in where it is used."),
        KeyShape("outputs", .array(of: .object(output)), "What the step returns."),
        KeyShape("docsUrl", .text, "A page documenting the step."),
    ], required: ["name"])
}
