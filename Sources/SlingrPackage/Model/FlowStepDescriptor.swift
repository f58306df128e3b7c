import SlingrJSON

/// A flow step's `step.json` as typed values, decoded once by `StepDescriptorValidator`.
public struct FlowStepDescriptor: Sendable {
    /// The step's name: `step.js` must assign `step.<name>`, and it should equal the folder.
    public var name: DescriptorString?
    public var label: String?
    public var category: DescriptorString?
    public var description: String?
    /// The inputs, a form of their own (options under `options`, also `typeOptions`).
    public var inputs: [FormFieldSpec] = []
    public var outputs: [Output] = []

    /// One value the step returns.
    public struct Output: Sendable {
        public var name: DescriptorString?
        public var label: String?
        public var type: DescriptorString?
        public var description: String?
        /// `/outputs/N`.
        public var pointer: JSONPointer
    }

    public init() {}
}
