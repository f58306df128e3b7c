import SlingrDiagnostics
import SlingrJSON

/// Checks a flow step's `step.json`: identity, inputs (form fields of their own kind) and
/// outputs (FORMAT.md section 3).
struct StepDescriptorValidator {
    let context: ValidationContext

    static let topLevelKeys = ["label", "name", "category", "description", "inputs", "outputs", "docsUrl"]

    func validate(_ root: JSONValue) {
        guard let step = ObjectReader(root, pointer: .root, context: context, what: "the step descriptor") else { return }
        step.checkKnownKeys(Self.topLevelKeys)
        step.require(["label", "name"])
        step.identifierName()
        _ = step.string("label")
        _ = step.string("category")
        _ = step.string("description")
        _ = step.string("docsUrl")
        if let inputs = step.array("inputs") {
            FieldValidator(context: context, placement: .stepInput).validateList(inputs, pointer: JSONPointer.root.appending("inputs"))
        }
        if let outputs = step.array("outputs") { checkOutputs(outputs) }
    }

    private func checkOutputs(_ items: [JSONValue]) {
        let pointer = JSONPointer.root.appending("outputs")
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "output '\($0)'" } ?? "output"
            guard let output = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            output.checkKnownKeys(["label", "name", "type", "description"])
            output.require(["name", "type"])
            _ = output.string("label")
            _ = output.string("type")
            _ = output.string("description")
            if let name = output.identifierName(), let nameValue = output["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
        }
        context.checkDuplicateNames(names, what: "output")
    }
}
