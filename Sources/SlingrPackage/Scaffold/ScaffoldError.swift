/// Why `new` or `add` refused or failed, in words fit for `Error: ...`. Nothing has been
/// changed on disk when one of these is thrown.
public struct ScaffoldError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// A name, type or version given by the user is not acceptable.
        case invalidInput
        /// The target exists, the entry is already there, the package cannot be read.
        case conflict
        /// Reading or writing files failed.
        case fileSystem
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
