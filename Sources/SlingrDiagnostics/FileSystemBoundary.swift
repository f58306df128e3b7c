/// A folder that the files it names must stay inside: a package repository (its descriptors,
/// scripts, icons, `.slingr-pkg.json` and the paths they name) or the user's cache folder.
///
/// A path is resolved one component at a time with `lstat`, never by following a link to see
/// where it goes: a symbolic link is read as text (`readlink`) and its target resolved the same
/// way, so a link that leads out of the folder is refused before anything outside is touched,
/// and a path whose every component is known is what gets opened. Reading then opens the
/// resolved path without following links (`O_NOFOLLOW`), without blocking (`O_NONBLOCK`),
/// confirms a regular file with `fstat`, and reads at most the size limit. Only paths the user
/// types on the command line may point elsewhere; those are read with `FileSystem.readFile`.
public struct FileSystemBoundary: Sendable {
    /// Absolute, normalised path of the folder.
    public let root: String
    /// How the folder is named in messages: `the repository`, `the cache folder`.
    public let name: String
    public let fileSystem: any FileSystem

    /// Links followed while resolving one path before giving up (as the kernel's `ELOOP`).
    public static let maximumLinks = 40

    public init(root: String, name: String, fileSystem: any FileSystem) {
        self.root = PathName.normalize(root)
        self.name = name
        self.fileSystem = fileSystem
    }

    /// Where a path inside the folder leads.
    public enum Location: Sendable, Hashable {
        /// Inside, as a normalised relative path with no symbolic link in it (`.` for the root).
        case inside(String)
        /// Leaves the folder. `reason` says how, without naming anything outside (`'..' leads
        /// outside the repository`); `link` is the relative path of the symbolic link through
        /// which it leaves (`nil` when `..` climbs out), so one cause is reported once.
        case outside(reason: String, link: String?)
    }

    /// Resolves `path`, relative to the root whether or not it starts with `/` (descriptor paths
    /// are written `/scripts/api.js`). Components that do not exist are taken as written.
    public func locate(_ path: String) -> Location {
        // Components still to read, last first; each remembers the link whose text it came
        // from, so climbing out through a link's `..` names the link.
        var pending: [(part: Substring, link: String?)] = path.split(separator: "/").reversed().map { ($0, nil) }
        var resolved: [Substring] = []
        var links = 0
        var rootReal: String?
        func climbedOut(_ link: String?) -> Location {
            guard let link else { return .outside(reason: "'..' leads outside \(name)", link: nil) }
            return .outside(reason: "'\(link)' is a symbolic link that leads outside \(name)", link: link)
        }
        while let (part, via) = pending.popLast() {
            if part == "." { continue }
            if part == ".." {
                guard !resolved.isEmpty else { return climbedOut(via) }
                resolved.removeLast()
                continue
            }
            let relative = (resolved + [part]).joined(separator: "/")
            let absolute = PathName.join(root, relative)
            guard let info = fileSystem.info(absolute, followSymlinks: false) else {
                // Nothing there: the rest is taken as written, `..` included.
                resolved.append(part)
                while let (rest, restVia) = pending.popLast() {
                    if rest == "." { continue }
                    if rest == ".." {
                        guard !resolved.isEmpty else { return climbedOut(restVia) }
                        resolved.removeLast()
                    } else {
                        resolved.append(rest)
                    }
                }
                break
            }
            guard info.kind == .symbolicLink else {
                resolved.append(part)
                continue
            }
            links += 1
            guard links <= Self.maximumLinks, let target = fileSystem.symbolicLinkTarget(absolute), !target.isEmpty else {
                return .outside(reason: "'\(relative)' is a symbolic link that cannot be resolved inside \(name)", link: relative)
            }
            var components = target.split(separator: "/")
            if target.hasPrefix("/") {
                // An absolute target counts only when it names the root (as given, or with the
                // links of the path the user typed resolved).
                let normalized = PathName.normalize(target)
                if rootReal == nil { rootReal = fileSystem.resolvedPath(root) ?? root }
                guard let inner = PathName.relative(normalized, to: root) ?? rootReal.flatMap({ PathName.relative(normalized, to: $0) }) else {
                    return climbedOut(relative)
                }
                resolved = []
                components = inner.split(separator: "/")
            }
            pending += components.reversed().map { ($0, relative) }
        }
        return .inside(resolved.isEmpty ? "." : resolved.joined(separator: "/"))
    }

    /// What `path` is once resolved inside the folder (a link inside is followed, as far as it
    /// stays inside); `nil` when nothing is there or the path leaves the folder.
    public func kind(_ path: String) -> FileKind? {
        guard case .inside(let relative) = locate(path) else { return nil }
        return fileSystem.info(PathName.join(root, relative), followSymlinks: false)?.kind
    }

    /// The absolute path `path` resolves to inside the folder, or the error saying why not.
    public func absolutePath(_ path: String) throws(FileSystemError) -> String {
        switch locate(path) {
        case .inside(let relative): return PathName.join(root, relative)
        case .outside(let reason, _): throw FileSystemError(path: path, reason: .outsideBoundary(reason))
        }
    }

    /// The bytes of the regular file `path` leads to inside the folder, at most `limit` of them.
    /// Errors carry `path` as given.
    public func readFile(_ path: String, limit: Int = LocalFileSystem.defaultReadLimit) throws(FileSystemError) -> [UInt8] {
        let absolute = try absolutePath(path)
        do {
            return try fileSystem.readFile(absolute, limit: limit, followSymlinks: false)
        } catch {
            throw FileSystemError(path: path, reason: error.reason)
        }
    }

    /// `readFile` wrapped for located diagnostics, shown as `displayPath`.
    public func sourceFile(_ path: String, displayPath: String, limit: Int = LocalFileSystem.defaultReadLimit) throws(FileSystemError) -> SourceFile {
        SourceFile(path: displayPath, bytes: try readFile(path, limit: limit))
    }
}
