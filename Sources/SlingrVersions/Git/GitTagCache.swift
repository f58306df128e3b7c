import SlingrDiagnostics
import SlingrJSON

/// Tag lists of git sources kept on disk under the cache directory (`tags/<key>.json`), so
/// `resolve` can run again without the network and `--offline` can run without it at all.
///
/// Files are written atomically (temporary file and rename). A file that cannot be read back
/// (bad JSON, wrong shape, another location, not a regular file, a symbolic link leading out
/// of the cache folder) is ignored with a warning, never a crash and never a wait: files are
/// read through a `FileSystemBoundary` rooted at the cache folder.
public struct GitTagCache: Sendable {
    public static let ruleId = CacheCorruptRule.description.id
    static let formatVersion = 1

    public var directory: String
    public var fileSystem: any FileSystem

    public init(directory: String, fileSystem: any FileSystem) {
        self.directory = directory
        self.fileSystem = fileSystem
    }

    /// Largest tag list read back (a list of 100,000 tags is about 10 MB).
    static let readLimit = 16 << 20

    var boundary: FileSystemBoundary { FileSystemBoundary(root: directory, name: "the cache folder", fileSystem: fileSystem) }

    func relativeTagFile(for source: GitSource) -> String { "tags/" + source.cacheKey + ".json" }

    public func tagFile(for source: GitSource) -> String {
        PathName.join(PathName.join(directory, "tags"), source.cacheKey + ".json")
    }

    public func repository(for source: GitSource) -> String {
        PathName.join(PathName.join(directory, "repos"), source.cacheKey + ".git")
    }

    /// Whether the fetched repository of `source` is in the cache; an entry that leads out of
    /// the cache folder is refused rather than handed to git.
    func hasRepository(for source: GitSource) throws(FileSystemError) -> Bool {
        let relative = "repos/" + source.cacheKey + ".git"
        _ = try boundary.absolutePath(relative)
        return boundary.kind(relative) == .directory
    }

    /// The cached tags, `nil` when there is no usable file; a warning explains an unusable one.
    public func read(_ source: GitSource) -> (tags: [(tag: String, object: String)]?, warning: Diagnostic?) {
        let path = tagFile(for: source)
        guard fileSystem.exists(path) else { return (nil, nil) }
        func corrupt(_ why: String) -> (tags: [(tag: String, object: String)]?, warning: Diagnostic?) {
            (nil, Diagnostic(
                ruleId: Self.ruleId, severity: .warning,
                message: "ignoring cache file '\(path)' for '\(source.name)': \(why)", file: path
            ))
        }
        let bytes: [UInt8]
        do { bytes = try boundary.readFile(relativeTagFile(for: source), limit: Self.readLimit) } catch { return corrupt(error.reasonText) }
        let parsed = JSONParser.parse(SourceFile(path: path, bytes: bytes))
        guard let root = parsed.value, !parsed.hasErrors else { return corrupt("it is not valid JSON") }
        guard root["format"]?.number?.integer == Self.formatVersion else { return corrupt("unknown format") }
        guard root["location"]?.string == source.location else { return corrupt("it belongs to another location") }
        guard let entries = root["tags"]?.array else { return corrupt("it has no tag list") }
        var tags: [(String, String)] = []
        for entry in entries {
            guard let tag = entry["tag"]?.string, let object = entry["object"]?.string else { return corrupt("a tag entry is malformed") }
            tags.append((tag, object))
        }
        return (tags, nil)
    }

    public func write(_ source: GitSource, tags: [(tag: String, object: String)]) throws(FileSystemError) {
        let document = JSONOutput.object([
            ("format", .integer(Self.formatVersion)),
            ("location", .string(source.location)),
            ("tags", .array(tags.map { .object([("tag", .string($0.tag)), ("object", .string($0.object))]) })),
        ])
        let path = tagFile(for: source)
        _ = try boundary.absolutePath("tags")
        try fileSystem.createDirectory(PathName.parent(path))
        try fileSystem.writeFileAtomically(path, Array((document.rendered(indent: 2) + "\n").utf8))
    }
}
