import SlingrDiagnostics
import SlingrJSON

/// One entry of a descriptor's `dependencies[]`, with where it came from so reports can point
/// at the requirement text.
public struct DependencyDeclaration: Sendable, Hashable {
    public var key: DependencyKey
    /// The `version` string as written.
    public var requirementText: String
    /// The parsed requirement, or why it is malformed.
    public var requirement: Result<VersionRequirement, VersionSyntaxError>
    /// `/dependencies/N`.
    public var pointer: JSONPointer
    /// Range of the `version` string value (quotes included) in the descriptor, when known.
    public var versionRange: SourceRange?

    public init(
        key: DependencyKey,
        requirementText: String,
        requirement: Result<VersionRequirement, VersionSyntaxError>? = nil,
        pointer: JSONPointer,
        versionRange: SourceRange? = nil
    ) {
        self.key = key
        self.requirementText = requirementText
        self.requirement = requirement ?? VersionRequirement.parse(requirementText)
        self.pointer = pointer
        self.versionRange = versionRange
    }

    public var parsedRequirement: VersionRequirement? { try? requirement.get() }
}
