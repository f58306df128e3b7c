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
        return read(try fileSystem.sourceFile(path, displayPath: displayPath))
    }

    /// The repository's own `.slingr-pkg.json`, read like every other file of the repository
    /// (inside it, regular, within the size limit); `nil` when there is none.
    public static func load(from repository: PackageRepository) -> ProjectSettings? {
        guard let source = repository.source(fileName) else { return nil }
        return read(source)
    }

    /// Parses the settings; JSON problems are reported as in any JSON file.
    public static func read(_ source: SourceFile) -> ProjectSettings {
        let parsed = JSONParser.parse(source)
        return ProjectSettings(source: source, document: parsed.value, diagnostics: parsed.diagnostics)
    }

    /// The lint configuration and every problem found in the file.
    public func lintConfiguration(catalogue: RuleCatalogue = .package) -> (LintConfiguration, [Diagnostic]) {
        guard let document else { return (LintConfiguration(), diagnostics) }
        let (configuration, problems) = LintConfiguration.read(document, source: source, knownRules: catalogue.ids)
        return (configuration, diagnostics + problems)
    }
}
