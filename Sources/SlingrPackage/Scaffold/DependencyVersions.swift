import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// The version requirement `new` and `add` write for a dependency: `^` and the latest released
/// (non-pre-release) version in the registry file when one is configured and lists the name,
/// otherwise a documented default.
///
/// Defaults: `http` service `^v1.9.1`, `oauth` package `^v1.0.36`, the latest released tags
/// when this release of slingr-pkg was made. `^` ("compatible version") lets apps take any
/// later release with the same major version.
public struct DependencyVersions: Sendable {
    /// Released versions by name, from `--registry` or `.slingr-pkg.json`'s `registry`.
    public var registry: RegistryFile?
    /// Where the registry was read from, for messages.
    public var registryPath: String?
    /// Version requirement by dependency name, used when the registry does not know the name.
    public var defaults: [String: String]

    public init(registry: RegistryFile? = nil, registryPath: String? = nil, defaults: [String: String] = Self.builtInDefaults) {
        self.registry = registry
        self.registryPath = registryPath
        self.defaults = defaults
    }

    public static let builtInDefaults = ["http": "^v1.9.1", "oauth": "^v1.0.36"]
    public static let defaults = DependencyVersions()

    /// Names of the platform services real packages depend on; anything else is a package.
    public static let knownServices = ["http", "ftp", "pdf"]

    public func version(for name: String, kind: ScaffoldDependency.Kind) -> String? {
        let key = DependencyKey(kind == .service ? .service : .package, name)
        if let latest = registry?.releases(of: key)?.releases.last(where: { !$0.version.isPrerelease }) {
            return "^" + latest.version.description
        }
        return defaults[name]
    }

    /// Reads a registry file (`{"packages": {name: [tags]}, "services": {name: [tags]}}`).
    /// Unreadable files and malformed entries are refused, so a typo never silently falls back
    /// to the defaults.
    public static func loading(registry path: String, displayPath: String, fileSystem: any FileSystem) throws(ScaffoldError) -> DependencyVersions {
        let source: SourceFile
        do {
            source = try fileSystem.sourceFile(path, displayPath: displayPath)
        } catch {
            throw ScaffoldError(.conflict, "cannot read registry '\(displayPath)': \(PackageAdder.reason(error))")
        }
        let (file, diagnostics) = RegistryFile.parse(source)
        if let problem = diagnostics.first(where: { $0.severity == .error }) {
            let location = problem.location.map { "\($0.line):\($0.column): " } ?? ""
            throw ScaffoldError(.conflict, "registry '\(displayPath)' has errors (\(location)\(problem.message))")
        }
        return DependencyVersions(registry: file, registryPath: displayPath)
    }

    /// The registry named by `.slingr-pkg.json` in the package at `directory`, if any (its path
    /// is relative to the package root); the defaults otherwise.
    public static func configured(forPackageAt directory: String, displayDirectory: String, fileSystem: any FileSystem) throws(ScaffoldError) -> DependencyVersions {
        let configurationPath = PathName.join(directory, ".slingr-pkg.json")
        let shown = displayDirectory == "." ? ".slingr-pkg.json" : PathName.join(displayDirectory, ".slingr-pkg.json")
        guard fileSystem.exists(configurationPath) else { return .defaults }
        let source: SourceFile
        do {
            source = try fileSystem.sourceFile(configurationPath, displayPath: shown)
        } catch {
            throw ScaffoldError(.conflict, "cannot read '\(shown)': \(PackageAdder.reason(error))")
        }
        let parsed = JSONParser.parse(source)
        guard let document = parsed.value, !parsed.hasErrors else {
            throw ScaffoldError(.conflict, "'\(shown)' is not valid JSON; fix it or give the version with --version")
        }
        let (configuration, problems) = SourceConfiguration.read(document, in: source)
        if let problem = problems.first { throw ScaffoldError(.conflict, "'\(shown)': \(problem.message)") }
        guard let registry = configuration.registry else { return .defaults }
        let registryShown = displayDirectory == "." ? registry : PathName.join(displayDirectory, registry)
        return try loading(registry: PathName.normalize(PathName.join(directory, registry)), displayPath: registryShown, fileSystem: fileSystem)
    }
}

/// Checks a version requirement given on the command line with the versions module's parser,
/// so `add dependency --version` accepts exactly what `validate` and `lint` accept.
enum DependencyVersionSyntax {
    static func validate(_ text: String) throws(ScaffoldError) {
        if case .failure(let error) = VersionRequirement.parse(text) {
            throw ScaffoldError(.invalidInput, error.message)
        }
    }
}
