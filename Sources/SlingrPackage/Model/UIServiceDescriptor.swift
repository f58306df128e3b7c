import SlingrJSON

/// A UI service's `uiService.json` as typed values, decoded once by
/// `UIServiceDescriptorValidator`.
public struct UIServiceDescriptor: Sendable {
    /// Should equal the folder.
    public var name: DescriptorString?
    /// The label, or its English translation (real services write `{"translation": {"en": ...}}`).
    public var label: String?
    /// As written (`APP`, `LOGIN`; the docs spell them in lower case).
    public var places: [String] = []
    /// Functions apps call; `uiService.js` must assign each as `service.<name>`.
    public var functions: [Function] = []
    public var events: [Function] = []

    /// A function (or event) with the callbacks it may answer through.
    public struct Function: Sendable {
        public var name: DescriptorString?
        public var label: String?
        public var callbacks: [String]
    }

    public init() {}
}
