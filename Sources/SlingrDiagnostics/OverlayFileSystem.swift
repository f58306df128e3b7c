import Synchronization

/// Another file system with some files replaced in memory: lets `lint --fix` re-lint what it
/// would write, and `--dry-run` show it, without touching the disk.
public final class OverlayFileSystem: FileSystem {
    private let base: any FileSystem
    private let overrides: Mutex<[String: [UInt8]]>

    public init(base: any FileSystem) {
        self.base = base
        overrides = Mutex([:])
    }

    /// Replaces the content of an existing file (by absolute, normalised path).
    public func override(_ path: String, with bytes: [UInt8]) {
        overrides.withLock { $0[PathName.normalize(path)] = bytes }
    }

    /// Goes back to the base file system's content (an editor closed the unsaved document).
    public func removeOverride(_ path: String) {
        overrides.withLock { _ = $0.removeValue(forKey: PathName.normalize(path)) }
    }

    /// Every overridden file and its new content.
    public var changes: [String: [UInt8]] { overrides.withLock { $0 } }

    private func overridden(_ path: String) -> [UInt8]? {
        overrides.withLock { $0[PathName.normalize(path)] }
    }

    public func readFile(_ path: String, limit: Int, followSymlinks: Bool) throws(FileSystemError) -> [UInt8] {
        if let bytes = overridden(path) {
            if bytes.count > limit { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
            return bytes
        }
        return try base.readFile(path, limit: limit, followSymlinks: followSymlinks)
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: Int?) throws(FileSystemError) {
        if overridden(path) == nil, base.info(path, followSymlinks: false)?.kind == .symbolicLink {
            throw FileSystemError(path: path, reason: .symbolicLink)
        }
        override(path, with: bytes)
    }

    public func createFileExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        throw FileSystemError(path: path, reason: .permissionDenied)
    }

    public func symbolicLinkTarget(_ path: String) -> String? {
        overridden(path) == nil ? base.symbolicLinkTarget(path) : nil
    }

    public func status(_ path: String, followSymlinks: Bool) -> Result<FileInfo, FileSystemError> {
        if let bytes = overridden(path) { return .success(FileInfo(kind: .file, size: bytes.count)) }
        return base.status(path, followSymlinks: followSymlinks)
    }

    public func info(_ path: String, followSymlinks: Bool) -> FileInfo? {
        if let bytes = overridden(path) { return FileInfo(kind: .file, size: bytes.count) }
        return base.info(path, followSymlinks: followSymlinks)
    }

    public func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] { try base.contentsOfDirectory(path) }
    public func createDirectory(_ path: String) throws(FileSystemError) { throw FileSystemError(path: path, reason: .permissionDenied) }
    public func removeItem(_ path: String) throws(FileSystemError) { throw FileSystemError(path: path, reason: .permissionDenied) }
    public func moveItem(from source: String, to destination: String) throws(FileSystemError) {
        throw FileSystemError(path: destination, reason: .permissionDenied)
    }
    public func resolvedPath(_ path: String) -> String? { base.resolvedPath(path) }
    public func makeTemporaryDirectory(in parent: String, prefix: String) throws(FileSystemError) -> String {
        throw FileSystemError(path: parent, reason: .permissionDenied)
    }
}
