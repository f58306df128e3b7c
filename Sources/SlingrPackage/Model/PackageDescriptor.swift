import SlingrJSON
import SlingrVersions

/// `package.json` as typed values, decoded once from its located JSON by
/// `PackageDescriptorValidator`, which reports every problem while it reads. A key that is
/// missing or of the wrong type reads as `nil` or empty, so every command works on any
/// descriptor that parses; values that findings point at keep their JSON and pointer.
public struct PackageDescriptor: Sendable {
    public var name: DescriptorString?
    public var label: String?
    public var description: String?
    public var dependencies: [Dependency] = []
    public var configuration: [FormFieldSpec] = []
    public var events: [Event] = []
    public var metadata: [MetadataEntry] = []
    /// `configurationBuilder`, when it is a string.
    public var configurationBuilder: DescriptorString?
    /// Whether `configurationBuilder` is present at all, whatever its type.
    public var declaresConfigurationBuilder = false

    /// A service or package the package depends on.
    public struct Dependency: Sendable {
        /// `service` or `package` as written.
        public var type: String?
        public var name: DescriptorString?
        /// The version requirement as written (`^v1.2.0`).
        public var version: DescriptorString?
        /// `shared` or `dedicated` (undocumented, common in real packages).
        public var instanceId: String?
        /// `/dependencies/N`.
        public var pointer: JSONPointer
        /// The dependency object.
        public var value: JSONValue

        public var kind: DependencyKind? { type.flatMap(DependencyKind.init(rawValue:)) }

        /// What version resolution needs, when the type, name and version are all readable.
        /// A malformed version is kept (resolve lists it as malformed).
        public var declaration: DependencyDeclaration? {
            guard let kind, let name, let version else { return nil }
            return DependencyDeclaration(key: DependencyKey(kind, name.text), requirementText: version.text,
                                         pointer: pointer, versionRange: version.value.range)
        }
    }

    /// An event the package's scripts trigger as `<package>:<event>`.
    public struct Event: Sendable {
        public var name: DescriptorString?
        public var label: String?
        public var description: String?
    }

    public init() {}

    /// What version resolution reads: the dependencies that can be resolved.
    public var dependencyDeclarations: [DependencyDeclaration] { dependencies.compactMap(\.declaration) }
}
