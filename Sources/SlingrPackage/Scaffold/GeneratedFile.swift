/// A file `new` or `add` will write: its path relative to the package folder (`/`-separated)
/// and its bytes. Scaffolding returns these rather than writing, so it is testable in memory.
public struct GeneratedFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Byte order of paths, so listings are the same everywhere.
    static func sorted(_ files: [GeneratedFile]) -> [GeneratedFile] {
        files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }
}
