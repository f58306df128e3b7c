#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real disk, through POSIX calls (fast to start, no Foundation needed).
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func readFile(_ path: String, limit: Int, followSymlinks: Bool) throws(FileSystemError) -> [UInt8] {
        // Look before opening: opening a device can have effects of its own, and a FIFO
        // without a writer would block a plain open.
        var before = stat()
        guard (followSymlinks ? stat(path, &before) : lstat(path, &before)) == 0 else { throw Self.error(path) }
        try Self.requireRegularFile(before, path: path)
        // O_NONBLOCK: should a FIFO be swapped in after the look, the open still returns at
        // once, and `fstat` below refuses it.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followSymlinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            if !followSymlinks, errno == ELOOP { throw FileSystemError(path: path, reason: .symbolicLink) }
            throw Self.error(path)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.error(path) }
        try Self.requireRegularFile(status, path: path)
        if Int(status.st_size) > limit { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        // Sized to the file (plus one byte to see the end) so small files cost no 64 KB buffer.
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, max(0, Int(status.st_size)) + 1))
        while true {
            // Never ask for more than one byte past the limit, so a file that grows while it
            // is read costs at most `limit` bytes of memory.
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.error(path)
            }
            if count == 0 { break }
            if bytes.count + count > limit { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// Refuses anything but a regular file, naming what it is.
    private static func requireRegularFile(_ status: stat, path: String) throws(FileSystemError) {
        let kind = Self.kind(status.st_mode)
        switch kind {
        case .file: return
        case .directory: throw FileSystemError(path: path, reason: .isDirectory)
        case .symbolicLink: throw FileSystemError(path: path, reason: .symbolicLink)
        default: throw FileSystemError(path: path, reason: .notRegularFile(kind))
        }
    }

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode requested: Int?) throws(FileSystemError) {
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        if exists, (existing.st_mode & S_IFMT) == S_IFLNK { throw FileSystemError(path: path, reason: .symbolicLink) }
        let directory = PathName.parent(path)
        var template = Array(PathName.join(directory, ".\(PathName.lastComponent(path)).tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw Self.error(directory) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mode: mode_t = requested.map { mode_t($0 & 0o7777) } ?? (exists ? existing.st_mode & 0o7777 : 0o644)
        var failure: FileSystemError?
        if fchmod(descriptor, mode) != 0 { failure = Self.error(path) }
        if failure == nil { failure = Self.writeAll(descriptor, bytes, path: path) }
        if failure == nil, fsync(descriptor) != 0 { failure = Self.error(path) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = Self.error(path) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    public func createFileExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.error(path) }
        let failure = Self.writeAll(descriptor, bytes, path: path)
        close(descriptor)
        if let failure {
            unlink(path)
            throw failure
        }
    }

    /// Writes every byte, retrying short writes; the error, if any.
    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) -> FileSystemError? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + written, buffer.count - written) } ?? -1
            }
            if count < 0 {
                if errno == EINTR { continue }
                return error(path)
            }
            written += count
        }
        return nil
    }

    public func info(_ path: String, followSymlinks: Bool) -> FileInfo? {
        try? status(path, followSymlinks: followSymlinks).get()
    }

    public func status(_ path: String, followSymlinks: Bool) -> Result<FileInfo, FileSystemError> {
        var status = stat()
        let result = followSymlinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return .failure(Self.error(path)) }
        return .success(FileInfo(kind: Self.kind(status.st_mode), size: Int(status.st_size)))
    }

    static func kind(_ mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    public func symbolicLinkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { pointer in
            pointer.baseAddress.map { readlink(path, $0, pointer.count - 1) } ?? -1
        }
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw Self.error(path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { return }
        let parent = PathName.parent(path)
        if parent != path, parent != ".", parent != "/", !exists(parent) { try createDirectory(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Self.error(path) }
    }

    public func removeItem(_ path: String) throws(FileSystemError) {
        guard let status = info(path, followSymlinks: false) else { throw FileSystemError(path: path, reason: .notFound) }
        if status.kind == .directory {
            for name in try contentsOfDirectory(path) { try removeItem(PathName.join(path, name)) }
            if rmdir(path) != 0 { throw Self.error(path) }
        } else if unlink(path) != 0 {
            throw Self.error(path)
        }
    }

    public func moveItem(from source: String, to destination: String) throws(FileSystemError) {
        if rename(source, destination) != 0 { throw Self.error(destination) }
    }

    public func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func makeTemporaryDirectory(in parent: String, prefix: String) throws(FileSystemError) -> String {
        var template = Array(PathName.join(parent, "\(prefix)-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) } != nil
        }
        guard created else {
            throw Self.error(parent)
        }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The current `errno` as a `FileSystemError` about `path`.
    static func error(_ path: String) -> FileSystemError {
        let code = errno
        switch code {
        case ENOENT: return FileSystemError(path: path, reason: .notFound)
        case EISDIR: return FileSystemError(path: path, reason: .isDirectory)
        case ENOTDIR: return FileSystemError(path: path, reason: .notDirectory)
        case EACCES, EPERM, EROFS: return FileSystemError(path: path, reason: .permissionDenied)
        case ELOOP: return FileSystemError(path: path, reason: .other("too many levels of symbolic links"))
        case EEXIST, ENOTEMPTY: return FileSystemError(path: path, reason: .alreadyExists)
        default: return FileSystemError(path: path, reason: .other(String(cString: strerror(code))))
        }
    }
}
