import SlingrDiagnostics

/// Where a path written in a descriptor (`"/scripts/api.js"`) leads, decided before anything is
/// read (see `FileSystemBoundary`): paths are relative to the repository root whether or not
/// they start with `/`, and a path that leaves the repository, by `..` or through a symbolic
/// link, is never followed.
public enum RepositoryPath: Sendable, Hashable {
    /// Inside the repository, as a normalised relative path with no link in it (`scripts/api.js`).
    case inside(String)
    /// Leaves the repository; the text says how (`'..' leads outside the repository`,
    /// `'scripts' is a symbolic link that leads outside the repository`).
    case escapes(String)
}
