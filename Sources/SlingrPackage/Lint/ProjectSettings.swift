import SlingrDiagnostics
import SlingrJSON

/// `.slingr-pkg.json` at a package root (or given with `--config`): parsed once, then each
/// command reads the keys it owns (`rules`/`ignore` for lint, `registry`/`sources` for versions).
public struct ProjectSettings: Sendable {
    public static let fileName = ".slingr-pkg.json"

    public var source: SourceFile
    public var document: JSONValue?
    /// JSON syntax problems of the file.
    public var diagnostics: [Diagnostic]

    /// Reads the file at `path` (absolute), shown as `displayPath`; `nil` when it does not exist.
    public static func load(_ path: String, displayPath: String, fileSystem: any FileSystem) throws(FileSystemError) -> ProjectSettings? {
        guard fileSystem.exists(path) else { return nil }
        return parse(try fileSystem.sourceFile(path, displayPath: displayPath))
    }

    /// The file at the root of a repository, read only if it is a regular file inside it
    /// (never through a symbolic link leading out); `nil` when there is none.
    public static func load(in repository: FileSystemBoundary, displayPath: String) throws(FileSystemError) -> ProjectSettings? {
        guard repository.fileSystem.exists(PathName.join(repository.root, fileName)) else { return nil }
        return parse(try repository.sourceFile(fileName, displayPath: displayPath))
    }

    private static func parse(_ source: SourceFile) -> ProjectSettings {
        let parsed = JSONParser.parse(source)
        let diagnostics = parsed.diagnostics.map { diagnostic -> Diagnostic in
            var copy = diagnostic
            copy.ruleId = LintConfiguration.ruleId
            return copy
        }
        return ProjectSettings(source: source, document: parsed.value, diagnostics: diagnostics)
    }

    /// The lint configuration and every problem found in the file.
    public func lintConfiguration() -> (LintConfiguration, [Diagnostic]) {
        guard let document else { return (LintConfiguration(), diagnostics) }
        let (configuration, problems) = LintConfiguration.read(document, source: source, knownRules: RuleRegistry.all.map(\.id))
        return (configuration, diagnostics + problems)
    }
}
