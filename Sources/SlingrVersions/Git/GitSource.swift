import SlingrDiagnostics

/// A dependency whose releases come from a git repository: `--git NAME=URL_OR_PATH` or an entry
/// of `sources` in `.slingr-pkg.json`.
///
/// Plain paths to repositories are read in place (`git -C PATH`); URLs (`file://`, `https://`,
/// `ssh://`, `git@host:repo`) and bundle files (`*.bundle`) are fetched into a bare repository
/// in the cache, because reading a file at a tag needs local objects and there is no portable
/// way to read one file from a remote.
public struct GitSource: Sendable, Hashable {
    public var name: String
    /// An absolute path or a URL.
    public var location: String
    /// The location as the user wrote it, for messages.
    public var displayLocation: String

    /// `location` is made absolute against `baseDirectory` when it is a relative path.
    public init(name: String, location: String, baseDirectory: String) {
        self.name = name
        self.displayLocation = location
        if GitSource.isURL(location) || location.hasPrefix("/") {
            self.location = location
        } else {
            self.location = PathName.normalize(PathName.join(baseDirectory, location))
        }
    }

    /// `true` for a repository on disk that git can read in place.
    public var isLocalPath: Bool { !GitSource.isURL(location) && !location.hasSuffix(".bundle") }

    /// `scheme://...` or scp-like `user@host:path` (a `:` before any `/`).
    public static func isURL(_ location: String) -> Bool {
        if location.contains("://") { return true }
        guard let colon = location.firstIndex(of: ":") else { return false }
        let slash = location.firstIndex(of: "/") ?? location.endIndex
        return colon < slash && location.distance(from: location.startIndex, to: colon) > 1
    }

    /// A file name for the cache: readable (the repository's last path component) and unique
    /// (an FNV-1a hash of the full location).
    public var cacheKey: String {
        var base = PathName.lastComponent(location)
        if base.hasSuffix(".git") { base = String(base.dropLast(4)) }
        let readable = String(base.unicodeScalars.filter { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == ".")
        }.prefix(40).map(Character.init))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in location.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: 16 - hex.count) + hex
        return (readable.isEmpty || readable.hasPrefix(".") ? "repo" : readable) + "-" + padded
    }
}
