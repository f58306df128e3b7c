import SlingrJSON

/// A flow step's `step.json` as typed values, read tolerantly like `PackageDescriptor`.
public struct FlowStepDescriptor: Sendable {
    /// The step's name: `step.js` must assign `step.<name>`, and it should equal the folder.
    public var name: DescriptorString?
    public var label: String?
    public var category: String?
    public var description: String?
    /// The inputs, a form of their own (options under `options`, also `typeOptions`).
    public var inputs: [FormFieldSpec]
    public var outputs: [Output]

    /// One value the step returns.
    public struct Output: Sendable {
        public var name: String?
        public var label: String?
        public var type: String?
        public var description: String?
    }

    public init(_ document: JSONValue) {
        name = DescriptorString.read("name", in: document, at: .root)
        label = document["label"]?.string
        category = document["category"]?.string
        description = document["description"]?.string
        inputs = FormFieldSpec.fields(document["inputs"]?.array ?? [], stepInputs: true)
        outputs = (document["outputs"]?.array ?? []).map { item in
            Output(name: item["name"]?.string, label: item["label"]?.string, type: item["type"]?.string,
                   description: item["description"]?.string)
        }
    }
}
