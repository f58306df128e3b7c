/// The one door to files. Libraries read and write through it so tests can use an in-memory
/// tree or a temporary directory, and so every write in the tool is atomic by construction.
public protocol FileSystem: Sendable {
    /// The whole file. Fails with `.tooLarge` rather than reading more than `limit` bytes.
    func readFile(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8]
    /// Writes through a temporary file in the same folder and a rename, so readers see the old
    /// content or the new, never a mix, and a failure leaves the old file in place.
    func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
    /// What is at `path`; with `followSymlinks: false` a link is reported as a link.
    func info(_ path: String, followSymlinks: Bool) -> FileInfo?
    /// Entry names (not paths) in byte order, without `.` and `..`.
    func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String]
    /// Creates the folder and any missing parents; an existing folder is fine.
    func createDirectory(_ path: String) throws(FileSystemError)
    /// Removes a file, or a folder with everything in it.
    func removeItem(_ path: String) throws(FileSystemError)
    /// Renames within one file system (atomic for files and folders).
    func moveItem(from source: String, to destination: String) throws(FileSystemError)
    /// The absolute path with every symbolic link resolved, or `nil` if it does not exist.
    func resolvedPath(_ path: String) -> String?
    /// A new empty folder inside `parent`, named after `prefix`.
    func makeTemporaryDirectory(in parent: String, prefix: String) throws(FileSystemError) -> String
}

extension FileSystem {
    /// Files larger than this are refused by default: descriptors and scripts are kilobytes.
    public static var defaultReadLimit: Int { 64 << 20 }

    public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
        try readFile(path, limit: Self.defaultReadLimit)
    }

    public func info(_ path: String) -> FileInfo? { info(path, followSymlinks: true) }

    public func isFile(_ path: String) -> Bool { info(path)?.kind == .file }
    public func isDirectory(_ path: String) -> Bool { info(path)?.kind == .directory }
    public func exists(_ path: String) -> Bool { info(path, followSymlinks: false) != nil }

    /// Reads and wraps the file for located diagnostics.
    public func sourceFile(_ path: String, displayPath: String? = nil) throws(FileSystemError) -> SourceFile {
        SourceFile(path: displayPath ?? path, bytes: try readFile(path))
    }
}

public enum FileKind: Sendable, Hashable {
    case file, directory, symbolicLink, other
}

public struct FileInfo: Sendable, Hashable {
    public var kind: FileKind
    public var size: Int

    public init(kind: FileKind, size: Int) {
        self.kind = kind
        self.size = size
    }
}

/// Why a file operation failed, with the path, in words fit for an error message.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case notFound, isDirectory, notDirectory, permissionDenied, tooLarge(limit: Int), alreadyExists, other(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notFound: return "no such file or directory: '\(path)'"
        case .isDirectory: return "'\(path)' is a directory"
        case .notDirectory: return "'\(path)' is not a directory"
        case .permissionDenied: return "permission denied: '\(path)'"
        case .tooLarge(let limit): return "'\(path)' is larger than the \(limit >> 20) MB limit"
        case .alreadyExists: return "'\(path)' already exists"
        case .other(let detail): return "cannot access '\(path)': \(detail)"
        }
    }
}

/// Path arithmetic on `/`-separated strings, shared by both file systems and the repository model.
public enum PathName {
    /// `a/b` + `c` = `a/b/c`; an absolute second part replaces the first.
    public static func join(_ base: String, _ component: String) -> String {
        if component.hasPrefix("/") || base.isEmpty { return component }
        if component.isEmpty { return base }
        return base.hasSuffix("/") ? base + component : base + "/" + component
    }

    /// Removes `.` and empty components and folds `..` where possible; keeps a leading `/`.
    /// Leading `..` of a relative path are kept, so escaping paths stay visible.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." { parts.removeLast(); continue }
                if absolute { continue }
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    public static func lastComponent(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    public static func parent(_ path: String) -> String {
        let normalized = normalize(path)
        guard let slash = normalized.lastIndex(of: "/") else { return "." }
        return slash == normalized.startIndex ? "/" : String(normalized[..<slash])
    }

    /// `true` when `path` is `root` or inside it (both normalised absolute paths).
    public static func isWithin(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `path` relative to `root`, or `nil` when it is not inside.
    public static func relative(_ path: String, to root: String) -> String? {
        guard isWithin(path, root: root) else { return nil }
        if path == root { return "." }
        let prefixLength = root.hasSuffix("/") ? root.count : root.count + 1
        return String(path.dropFirst(prefixLength))
    }
}
