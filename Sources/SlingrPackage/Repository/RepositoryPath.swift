import SlingrDiagnostics

/// Where a path written in a descriptor (`"/scripts/api.js"`) leads, decided before anything is
/// read: paths are relative to the repository root whether or not they start with `/`, and a
/// path that leaves the repository, by `..` or through a symbolic link, is never followed.
public enum RepositoryPath: Sendable, Hashable {
    /// Inside the repository, as a normalised relative path (`scripts/api.js`).
    case inside(String)
    /// Leaves the repository; the text says how (`'..' goes above the root`, `a symbolic link
    /// points to '/etc'`).
    case escapes(String)

    /// Resolves `path` against the repository at `root` (absolute, normalised).
    public static func resolve(_ path: String, root: String, fileSystem: any FileSystem) -> RepositoryPath {
        let relative = PathName.normalize(path.hasPrefix("/") ? String(path.drop { $0 == "/" }) : path)
        if relative == ".." || relative.hasPrefix("../") {
            return .escapes("'..' leads outside the repository")
        }
        guard relative != "." else { return .inside(".") }
        // Follow links component by component, so a link anywhere on the way is checked.
        guard let rootReal = fileSystem.resolvedPath(root) else { return .inside(relative) }
        var current = root
        for component in relative.split(separator: "/") {
            current = PathName.join(current, String(component))
            guard let info = fileSystem.info(current, followSymlinks: false) else { break }
            if info.kind == .symbolicLink {
                guard let target = fileSystem.resolvedPath(current) else {
                    return .escapes("symbolic link '\(relative)' points to nothing")
                }
                if !PathName.isWithin(target, root: rootReal) {
                    return .escapes("symbolic link points to '\(target)', outside the repository")
                }
            }
        }
        return .inside(relative)
    }
}
