/// A source that could not be read: resolution stops, the CLI exits 2 and names the source.
public struct VersionSourceError: Error, Sendable, Hashable, CustomStringConvertible {
    public var sourceName: String
    public var location: String
    public var detail: String

    public init(sourceName: String, location: String, detail: String) {
        self.sourceName = sourceName
        self.location = location
        self.detail = detail
    }

    public var description: String { "cannot read source '\(sourceName)' at '\(location)': \(detail)" }
}
