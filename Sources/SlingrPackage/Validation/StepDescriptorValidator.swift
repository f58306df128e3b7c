import SlingrDiagnostics
import SlingrJSON

/// Decodes and checks a flow step's `step.json`: identity, inputs (form fields of their own
/// kind) and outputs.
struct StepDescriptorValidator {
    let context: ValidationContext

    /// The typed descriptor, `nil` when the root is not an object.
    func decode(_ root: JSONValue) -> FlowStepDescriptor? {
        guard let reader = ObjectReader(root, pointer: .root, context: context, what: "the step descriptor") else { return nil }
        reader.checkKnownKeys(StepDescriptorShape.root.keyNames)
        reader.require(StepDescriptorShape.root.required)
        reader.requireLabel()
        var step = FlowStepDescriptor()
        if let name = reader.identifierName(), let value = reader["name"] {
            step.name = DescriptorString(text: name, value: value, pointer: JSONPointer.root.appending("name"))
        }
        step.label = reader.string("label")
        if let category = reader.string("category"), let value = reader["category"] {
            step.category = DescriptorString(text: category, value: value, pointer: JSONPointer.root.appending("category"))
        }
        step.description = reader.string("description")
        _ = reader.string("docsUrl")
        if let inputs = reader.array("inputs") {
            step.inputs = FieldValidator(context: context, placement: .stepInput).fields(inputs, pointer: JSONPointer.root.appending("inputs"))
        }
        if let outputs = reader.array("outputs") { step.outputs = self.outputs(outputs) }
        return step
    }

    private func outputs(_ items: [JSONValue]) -> [FlowStepDescriptor.Output] {
        let pointer = JSONPointer.root.appending("outputs")
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        var result: [FlowStepDescriptor.Output] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "output '\($0)'" } ?? "output"
            guard let reader = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            reader.checkKnownKeys(StepDescriptorShape.output.keyNames)
            reader.require(StepDescriptorShape.output.required)
            var output = FlowStepDescriptor.Output(label: reader.string("label"), description: reader.string("description"), pointer: itemPointer)
            if let type = reader.string("type"), let value = reader["type"] {
                output.type = DescriptorString(text: type, value: value, pointer: itemPointer.appending("type"))
            }
            if let name = reader.identifierName(), let nameValue = reader["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
                output.name = DescriptorString(text: name, value: nameValue, pointer: itemPointer.appending("name"))
            }
            result.append(output)
        }
        context.checkDuplicateNames(names, what: "output")
        return result
    }
}
