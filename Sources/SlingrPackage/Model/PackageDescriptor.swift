import SlingrJSON

/// `package.json` as typed values, read tolerantly from its located JSON: a key that is missing
/// or of the wrong type reads as `nil` or empty (validation reports it), so every command works
/// on any descriptor that parses. Values that findings point at keep their JSON.
public struct PackageDescriptor: Sendable {
    public var name: DescriptorString?
    public var label: String?
    public var description: String?
    public var dependencies: [Dependency]
    public var configuration: [FormFieldSpec]
    public var events: [Event]
    public var metadata: [MetadataEntry]
    /// `configurationBuilder`, when it is a string.
    public var configurationBuilder: DescriptorString?
    /// Whether `configurationBuilder` is present at all, whatever its type.
    public var declaresConfigurationBuilder: Bool

    /// A service or package the package depends on.
    public struct Dependency: Sendable {
        /// `service` or `package` as written.
        public var type: String?
        public var name: DescriptorString?
        /// The version requirement as written (`^v1.2.0`).
        public var version: DescriptorString?
    }

    /// An event the package's scripts trigger as `<package>:<event>`.
    public struct Event: Sendable {
        public var name: DescriptorString?
        public var label: String?
        public var description: String?
    }

    public init(_ document: JSONValue) {
        let root = JSONPointer.root
        name = DescriptorString.read("name", in: document, at: root)
        label = document["label"]?.string
        description = document["description"]?.string
        dependencies = (document["dependencies"]?.array ?? []).enumerated().map { index, item in
            let pointer = root.appending("dependencies").appending(index)
            return Dependency(type: item["type"]?.string, name: DescriptorString.read("name", in: item, at: pointer),
                              version: DescriptorString.read("version", in: item, at: pointer))
        }
        configuration = FormFieldSpec.fields(document["configuration"]?.array ?? [], stepInputs: false)
        events = (document["events"]?.array ?? []).enumerated().map { index, item in
            Event(name: DescriptorString.read("name", in: item, at: root.appending("events").appending(index)),
                  label: item["label"]?.string, description: item["description"]?.string)
        }
        metadata = MetadataEntry.entries(document["metadata"]?.array ?? [])
        configurationBuilder = DescriptorString.read("configurationBuilder", in: document, at: root)
        declaresConfigurationBuilder = document["configurationBuilder"] != nil
    }
}
