import SlingrDiagnostics

/// Finds the package a folder belongs to as git finds its repository: the nearest folder,
/// going up, that holds a `package.json`. The command line and the language server both ask
/// this, so a file belongs to the same package in the terminal and in the editor.
public enum PackageRootLocator {
    /// How far up the search goes: deeper trees are not packages.
    public static let maximumLevels = 64

    /// The root (absolute, normalised) and how many folders up from `directory` it is, or
    /// `nil` when no folder above holds a `package.json`.
    public static func root(containing directory: String, fileSystem: any FileSystem) -> (root: String, levelsUp: Int)? {
        var candidate = PathName.normalize(directory)
        var climbed = 0
        while true {
            if fileSystem.info(PathName.join(candidate, "package.json"), followSymlinks: false) != nil { return (candidate, climbed) }
            let parent = PathName.parent(candidate)
            guard parent != candidate, climbed < maximumLevels else { return nil }
            candidate = parent
            climbed += 1
        }
    }
}
