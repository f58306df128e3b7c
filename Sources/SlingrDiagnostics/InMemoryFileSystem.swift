import Synchronization

/// A file tree in memory, for tests of everything that reads or writes packages. Paths are
/// normalised; symbolic links are followed like the real disk does (absolute or relative).
public final class InMemoryFileSystem: FileSystem {
    enum Node: Sendable {
        case file([UInt8])
        case directory
        case symbolicLink(String)
        /// A FIFO, a device or a socket: listed and described, never read.
        case special(FileKind)
    }

    private let nodes: Mutex<[String: Node]>

    /// A tree holding `files` (path to text), with their parent folders created.
    public convenience init(files: [String: String] = [:]) {
        self.init(binaryFiles: files.mapValues { Array($0.utf8) })
    }

    /// A tree holding `binaryFiles` (path to bytes), with their parent folders created.
    public init(binaryFiles: [String: [UInt8]]) {
        var initial: [String: Node] = ["/": .directory, ".": .directory]
        for (path, bytes) in binaryFiles {
            let normalized = PathName.normalize(path)
            var parent = PathName.parent(normalized)
            while initial[parent] == nil {
                initial[parent] = .directory
                parent = PathName.parent(parent)
            }
            initial[normalized] = .file(bytes)
        }
        nodes = Mutex(initial)
    }

    /// Adds a symbolic link at `path` whose target is `target` (not checked).
    public func addSymbolicLink(_ path: String, target: String) {
        nodes.withLock { $0[PathName.normalize(path)] = .symbolicLink(target) }
    }

    /// Adds a FIFO, a device or a socket at `path`, to test that nothing reads it.
    public func addSpecialFile(_ path: String, kind: FileKind) {
        nodes.withLock { $0[PathName.normalize(path)] = .special(kind) }
    }

    /// Every file path and its text, for golden comparisons of generated trees.
    public func allFiles() -> [String: [UInt8]] {
        nodes.withLock { nodes in
            var files: [String: [UInt8]] = [:]
            for (path, node) in nodes { if case .file(let bytes) = node { files[path] = bytes } }
            return files
        }
    }

    public func readFile(_ path: String, limit: Int, followSymlinks: Bool) throws(FileSystemError) -> [UInt8] {
        let node = nodes.withLock { nodes -> Node? in
            followSymlinks ? lookUp(path, in: nodes)?.1 : nodes[resolveParent(path, in: nodes)]
        }
        switch node {
        case .file(let bytes):
            if bytes.count > limit { throw FileSystemError(path: path, reason: .tooLarge(limit: limit)) }
            return bytes
        case .directory: throw FileSystemError(path: path, reason: .isDirectory)
        case .symbolicLink: throw FileSystemError(path: path, reason: .symbolicLink)
        case .special(let kind): throw FileSystemError(path: path, reason: .notRegularFile(kind))
        case nil: throw FileSystemError(path: path, reason: .notFound)
        }
    }

    /// Modes are not kept in memory; `mode` is accepted and ignored.
    public func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: Int?) throws(FileSystemError) {
        let result: FileSystemError? = nodes.withLock { nodes in
            let parent = PathName.parent(PathName.normalize(path))
            guard case .directory = lookUp(parent, in: nodes)?.1 else {
                return FileSystemError(path: path, reason: .notFound)
            }
            let target = resolveParent(path, in: nodes)
            switch nodes[target] {
            case .directory: return FileSystemError(path: path, reason: .isDirectory)
            case .symbolicLink: return FileSystemError(path: path, reason: .symbolicLink)
            default: break
            }
            nodes[target] = .file(bytes)
            return nil
        }
        if let result { throw result }
    }

    public func createFileExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let result: FileSystemError? = nodes.withLock { nodes in
            let parent = PathName.parent(PathName.normalize(path))
            guard case .directory = lookUp(parent, in: nodes)?.1 else {
                return FileSystemError(path: path, reason: .notFound)
            }
            let target = resolveParent(path, in: nodes)
            if nodes[target] != nil { return FileSystemError(path: path, reason: .alreadyExists) }
            nodes[target] = .file(bytes)
            return nil
        }
        if let result { throw result }
    }

    public func symbolicLinkTarget(_ path: String) -> String? {
        nodes.withLock { nodes in
            if case .symbolicLink(let target) = nodes[resolveParent(path, in: nodes)] { return target }
            return nil
        }
    }

    public func info(_ path: String, followSymlinks: Bool) -> FileInfo? {
        nodes.withLock { nodes -> FileInfo? in
            let found: Node?
            if followSymlinks {
                found = lookUp(path, in: nodes)?.1
            } else {
                found = nodes[resolveParent(path, in: nodes)]
            }
            switch found {
            case .file(let bytes): return FileInfo(kind: .file, size: bytes.count)
            case .directory: return FileInfo(kind: .directory, size: 0)
            case .symbolicLink(let target): return FileInfo(kind: .symbolicLink, size: target.utf8.count)
            case .special(let kind): return FileInfo(kind: kind, size: 0)
            case nil: return nil
            }
        }
    }

    public func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] {
        let result: [String]? = nodes.withLock { nodes in
            guard let (resolved, node) = lookUp(path, in: nodes), case .directory = node else { return nil }
            return nodes.keys.filter { $0 != resolved && PathName.parent($0) == resolved }
                .map(PathName.lastComponent)
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        guard let result else { throw FileSystemError(path: path, reason: .notDirectory) }
        return result
    }

    public func createDirectory(_ path: String) throws(FileSystemError) {
        let failure: FileSystemError? = nodes.withLock { nodes in
            var missing: [String] = []
            var current = resolveParent(path, in: nodes)
            while nodes[current] == nil {
                missing.append(current)
                current = PathName.parent(current)
            }
            guard case .directory = nodes[current] else { return FileSystemError(path: path, reason: .notDirectory) }
            for folder in missing { nodes[folder] = .directory }
            return nil
        }
        if let failure { throw failure }
    }

    public func removeItem(_ path: String) throws(FileSystemError) {
        let removed = nodes.withLock { nodes -> Bool in
            let target = resolveParent(path, in: nodes)
            guard nodes[target] != nil else { return false }
            for key in nodes.keys where PathName.isWithin(key, root: target) { nodes[key] = nil }
            return true
        }
        if !removed { throw FileSystemError(path: path, reason: .notFound) }
    }

    public func moveItem(from source: String, to destination: String) throws(FileSystemError) {
        let failure: FileSystemError? = nodes.withLock { nodes in
            let from = resolveParent(source, in: nodes)
            let to = resolveParent(destination, in: nodes)
            guard nodes[from] != nil else { return FileSystemError(path: source, reason: .notFound) }
            if case .directory = nodes[to] {
                if nodes.keys.contains(where: { PathName.parent($0) == to && $0 != to }) {
                    return FileSystemError(path: destination, reason: .alreadyExists)
                }
            }
            let moving = nodes.filter { PathName.isWithin($0.key, root: from) }
            for key in moving.keys { nodes[key] = nil }
            for (key, node) in moving { nodes[to + key.dropFirst(from.count)] = node }
            return nil
        }
        if let failure { throw failure }
    }

    public func resolvedPath(_ path: String) -> String? {
        nodes.withLock { lookUp(path, in: $0)?.0 }
    }

    public func makeTemporaryDirectory(in parent: String, prefix: String) throws(FileSystemError) -> String {
        let created: String? = nodes.withLock { nodes in
            let base = resolveParent(parent, in: nodes)
            guard case .directory = nodes[base] else { return nil }
            var counter = 0
            while nodes[PathName.join(base, "\(prefix)-\(counter)")] != nil { counter += 1 }
            let path = PathName.join(base, "\(prefix)-\(counter)")
            nodes[path] = .directory
            return path
        }
        guard let created else { throw FileSystemError(path: parent, reason: .notFound) }
        return created
    }

    /// The final path and node after following every symbolic link, or `nil`.
    private func lookUp(_ path: String, in nodes: [String: Node]) -> (String, Node)? {
        var current = resolveParent(path, in: nodes)
        for _ in 0..<40 {
            guard let node = nodes[current] else { return nil }
            guard case .symbolicLink(let target) = node else { return (current, node) }
            let joined = target.hasPrefix("/") ? target : PathName.join(PathName.parent(current), target)
            current = resolveParent(joined, in: nodes)
        }
        return nil
    }

    /// The normalised path with links resolved in every component but the last.
    private func resolveParent(_ path: String, in nodes: [String: Node]) -> String {
        let normalized = PathName.normalize(path)
        let name = PathName.lastComponent(normalized)
        let parent = PathName.parent(normalized)
        if parent == normalized || normalized == "." { return normalized }
        let resolvedParent = lookUp(parent, in: nodes)?.0 ?? resolveParent(parent, in: nodes)
        return PathName.normalize(PathName.join(resolvedParent, name))
    }
}
