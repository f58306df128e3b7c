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

    public func readFile(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.error(path) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: path, reason: .isDirectory) }
        if Int(status.st_size) > limit { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        // Sized to the file (plus one byte to see the end) so small files cost no 64 KB buffer.
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, max(0, Int(status.st_size)) + 1))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
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

    public func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let directory = PathName.parent(path)
        var template = Array(PathName.join(directory, ".\(PathName.lastComponent(path)).tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw Self.error(directory) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        var failure: FileSystemError?
        if fchmod(descriptor, mode) != 0 { failure = Self.error(path) }
        var written = 0
        while failure == nil, written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + written, buffer.count - written) } ?? -1
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = Self.error(path)
            } else {
                written += count
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Self.error(path) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = Self.error(path) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    public func info(_ path: String, followSymlinks: Bool) -> FileInfo? {
        var status = stat()
        let result = followSymlinks ? stat(path, &status) : lstat(path, &status)
        guard result == 0 else { return nil }
        let kind: FileKind
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        return FileInfo(kind: kind, size: Int(status.st_size))
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
        case EEXIST, ENOTEMPTY: return FileSystemError(path: path, reason: .alreadyExists)
        default: return FileSystemError(path: path, reason: .other(String(cString: strerror(code))))
        }
    }
}
