/// The one door to files. Libraries read and write through it so tests can use an in-memory
/// tree or a temporary directory, and so every write in the tool is atomic by construction.
///
/// Reading never blocks and never reads more than asked: only regular files are read (a FIFO,
/// a device or a socket is refused without being waited on), and never more than `limit` bytes.
/// Files a repository names are read through `FileSystemBoundary`, which also refuses symbolic
/// links that lead out of the repository.
public protocol FileSystem: Sendable {
    /// The whole regular file. Fails with `.tooLarge` rather than reading more than `limit`
    /// bytes and with `.notRegularFile` for anything but a regular file; with `followSymlinks:
    /// false`, a symbolic link at `path` itself fails with `.symbolicLink`.
    func readFile(_ path: String, limit: Int, followSymlinks: Bool) throws(FileSystemError) -> [UInt8]
    /// Writes through a temporary file in the same folder and a rename, so readers see the old
    /// content or the new, never a mix, and a failure leaves the old file in place. A symbolic
    /// link at `path` is refused (`.symbolicLink`): writing would replace the link by a file.
    /// `mode` sets the permissions (`0o600` for a file holding secrets); `nil` keeps those of
    /// the file replaced, or gives a new file `0o644`.
    func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: Int?) throws(FileSystemError)
    /// Creates `path` holding `bytes` only if nothing is there yet (`O_CREAT | O_EXCL`);
    /// fails with `.alreadyExists` otherwise. The building block of lock files.
    func createFileExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError)
    /// What is at `path`; with `followSymlinks: false` a link is reported as a link.
    func info(_ path: String, followSymlinks: Bool) -> FileInfo?
    /// `info`, or why there is none: `.notFound`, or `.permissionDenied` when a folder on the
    /// way cannot be searched (so a file behind it is not called missing).
    func status(_ path: String, followSymlinks: Bool) -> Result<FileInfo, FileSystemError>
    /// The text of the symbolic link at `path` (not followed), or `nil` when it is not one.
    func symbolicLinkTarget(_ path: String) -> String?
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
        try readFile(path, limit: Self.defaultReadLimit, followSymlinks: true)
    }

    /// `writeFileAtomically` keeping the permissions of the file replaced.
    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        try writeFileAtomically(path, bytes, mode: nil)
    }

    /// A file named by the user (on the command line): links are followed wherever they lead.
    public func readFile(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        try readFile(path, limit: limit, followSymlinks: true)
    }

    public func info(_ path: String) -> FileInfo? { info(path, followSymlinks: true) }

    /// File systems that cannot tell why there is nothing at a path say it is not found.
    public func status(_ path: String, followSymlinks: Bool) -> Result<FileInfo, FileSystemError> {
        info(path, followSymlinks: followSymlinks).map { .success($0) } ?? .failure(FileSystemError(path: path, reason: .notFound))
    }

    public func isFile(_ path: String) -> Bool { info(path)?.kind == .file }
    public func isDirectory(_ path: String) -> Bool { info(path)?.kind == .directory }
    public func exists(_ path: String) -> Bool { info(path, followSymlinks: false) != nil }

    /// Reads and wraps the file for located diagnostics.
    public func sourceFile(_ path: String, displayPath: String? = nil) throws(FileSystemError) -> SourceFile {
        SourceFile(path: displayPath ?? path, bytes: try readFile(path))
    }
}

public enum FileKind: Sendable, Hashable {
    case file, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, other

    /// How the kind is named in messages: `a named pipe (FIFO)`.
    public var description: String {
        switch self {
        case .file: return "a regular file"
        case .directory: return "a directory"
        case .symbolicLink: return "a symbolic link"
        case .fifo: return "a named pipe (FIFO)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .other: return "not a regular file"
        }
    }
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
        case notFound, isDirectory, notDirectory, permissionDenied, tooLarge(limit: Int), alreadyExists
        /// A FIFO, a device, a socket: never opened for reading.
        case notRegularFile(FileKind)
        /// A symbolic link where none is followed (reading a repository file, writing any file).
        case symbolicLink
        /// The path leaves the folder it must stay in; the text says how (`'..' leads outside
        /// the repository`, `'scripts' is a symbolic link that leads outside the repository`).
        case outsideBoundary(String)
        case other(String)
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
        case .tooLarge(let limit): return "'\(path)' is larger than the \(Self.limitText(limit)) limit"
        case .alreadyExists: return "'\(path)' already exists"
        case .notRegularFile(let kind): return "cannot read '\(path)': it is \(kind.description), not a regular file"
        case .symbolicLink: return "'\(path)' is a symbolic link, which is not followed"
        case .outsideBoundary(let how): return "cannot read '\(path)': \(how)"
        case .other(let detail): return "cannot access '\(path)': \(detail)"
        }
    }

    /// The reason alone, to follow a path the message already names: `permission denied`.
    public var reasonText: String {
        switch reason {
        case .notFound: return "no such file or directory"
        case .isDirectory: return "it is a directory"
        case .notDirectory: return "not a directory"
        case .permissionDenied: return "permission denied"
        case .tooLarge(let limit): return "larger than the \(Self.limitText(limit)) limit"
        case .alreadyExists: return "it already exists"
        case .notRegularFile(let kind): return "it is \(kind.description), not a regular file"
        case .symbolicLink: return "it is a symbolic link, which is not followed"
        case .outsideBoundary(let how): return how
        case .other(let detail): return detail
        }
    }

    /// `64 MB`, or bytes for small limits (tests use tiny ones).
    static func limitText(_ limit: Int) -> String {
        limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit)-byte"
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
