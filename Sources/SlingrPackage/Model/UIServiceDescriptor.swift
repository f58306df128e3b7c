import SlingrJSON

/// A UI service's `uiService.json` as typed values, read tolerantly like `PackageDescriptor`.
public struct UIServiceDescriptor: Sendable {
    /// Should equal the folder.
    public var name: DescriptorString?
    /// The label, or its English translation (real services write `{"translation": {"en": ...}}`).
    public var label: String?
    /// As written (`APP`, `LOGIN`; the docs spell them in lower case).
    public var places: [String]
    /// Functions apps call; `uiService.js` must assign each as `service.<name>`.
    public var functions: [Function]
    public var events: [Function]

    /// A function (or event) with the callbacks it may answer through.
    public struct Function: Sendable {
        public var name: DescriptorString?
        public var label: String?
        public var callbacks: [String]
    }

    public init(_ document: JSONValue) {
        name = DescriptorString.read("name", in: document, at: .root)
        label = document["label"]?.string ?? document["label"]?["translation"]?["en"]?.string
        places = (document["places"]?.array ?? []).compactMap(\.string)
        functions = Self.functions(document, key: "functions")
        events = Self.functions(document, key: "events")
    }

    private static func functions(_ document: JSONValue, key: String) -> [Function] {
        (document[key]?.array ?? []).enumerated().map { index, item in
            Function(name: DescriptorString.read("name", in: item, at: JSONPointer.root.appending(key).appending(index)),
                     label: item["label"]?.string, callbacks: (item["callbacks"]?.array ?? []).compactMap(\.string))
        }
    }
}
