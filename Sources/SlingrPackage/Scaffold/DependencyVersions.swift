import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// The version requirement `new` and `add` write for a dependency: `^` and the latest released
/// (non-pre-release) version of the git source or the registry file configured for it (a git
/// source wins, as in resolution), otherwise a documented default.
///
/// Defaults: `http` service `^v1.9.1`, `oauth` package `^v1.0.36`, the latest released tags
/// when this release of slingr-pkg was made; `pdf` service `^v1.2.0` and `ftp` service
/// `^v1.0.4`, the latest versions the published pdf and ftp packages depend on. Every service
/// in `knownServices` has one, so `add dependency pdf --type service` works without a
/// registry. `^` ("compatible version") lets apps take any later release with the same major
/// version.
public struct DependencyVersions: Sendable {
    /// Released versions by name, from `--registry` or `.slingr-pkg.json`'s `registry`.
    public var registry: RegistryFile?
    /// Where the registry was read from, for messages.
    public var registryPath: String?
    /// Releases read from git sources (`sources` in `.slingr-pkg.json`), by dependency name.
    public var gitReleases: [String: ReleaseList]
    /// Version requirement by dependency name, used when no source knows the name.
    public var defaults: [String: String]
    /// Every dependency `.slingr-pkg.json` names a git source for (releases are read only for
    /// those asked about).
    public var sourceNames: [String] = []

    public init(registry: RegistryFile? = nil, registryPath: String? = nil, gitReleases: [String: ReleaseList] = [:],
                defaults: [String: String] = Self.builtInDefaults) {
        self.registry = registry
        self.registryPath = registryPath
        self.gitReleases = gitReleases
        self.defaults = defaults
    }

    public static let builtInDefaults = ["http": "^v1.9.1", "oauth": "^v1.0.36", "pdf": "^v1.2.0", "ftp": "^v1.0.4"]
    public static let defaults = DependencyVersions()

    /// Names of the platform services real packages depend on; anything else is a package.
    public static let knownServices = ["http", "ftp", "pdf"]

    public func version(for name: String, kind: ScaffoldDependency.Kind) -> String? {
        let key = DependencyKey(kind == .service ? .service : .package, name)
        for list in [gitReleases[name], registry?.releases(of: key)] {
            if let latest = list?.releases.last(where: { !$0.version.isPrerelease }) { return "^" + latest.version.description }
        }
        // A default is for the kind the name has: services for the known services, packages
        // for the rest (no default makes 'pdf' a package).
        guard Self.knownServices.contains(name) == (kind == .service) else { return nil }
        return defaults[name]
    }

    /// Reads a registry file (`{"packages": {name: [tags]}, "services": {name: [tags]}}`) named
    /// on the command line. Unreadable files and malformed entries are refused, so a typo never
    /// silently falls back to the defaults.
    public static func loading(registry path: String, displayPath: String, fileSystem: any FileSystem) throws(ScaffoldError) -> DependencyVersions {
        let source: SourceFile
        do {
            source = try fileSystem.sourceFile(path, displayPath: displayPath)
        } catch {
            throw ScaffoldError(.conflict, "cannot read registry '\(displayPath)': \(error.reasonText)")
        }
        return try reading(registry: source)
    }

    /// The releases of a registry file already read.
    static func reading(registry source: SourceFile) throws(ScaffoldError) -> DependencyVersions {
        let (file, diagnostics) = RegistryFile.parse(source)
        if let problem = diagnostics.first(where: { $0.severity == .error }) {
            let location = problem.location.map { "\($0.line):\($0.column): " } ?? ""
            throw ScaffoldError(.conflict, "registry '\(source.path)' has errors (\(location)\(problem.message))")
        }
        return DependencyVersions(registry: file, registryPath: source.path)
    }

    /// The sources `.slingr-pkg.json` configures for the package at `directory`: its `registry`
    /// (a path inside the package) and, for the dependencies in `names`, their git `sources`
    /// (tags listed with `git ls-remote`, so nothing is cloned); the defaults when there is no
    /// configuration. Both files are read only inside the package (see `FileSystemBoundary`).
    public static func configured(forPackageAt directory: String, displayDirectory: String, fileSystem: any FileSystem,
                                  names: [String] = [], git: GitClient = GitClient()) throws(ScaffoldError) -> DependencyVersions {
        let repository = PackageRepository(root: directory, displayRoot: displayDirectory, fileSystem: fileSystem)
        guard let settings = ProjectSettings.load(from: repository) else {
            if let problem = repository.accessProblems.first(where: { $0.path == ProjectSettings.fileName }) {
                throw ScaffoldError(.conflict, problem.diagnostic.message)
            }
            return .defaults
        }
        let shown = settings.source.path
        guard settings.document != nil, settings.diagnostics.isEmpty else {
            throw ScaffoldError(.conflict, "'\(shown)' is not valid JSON; fix it or give the version with --version")
        }
        let (configuration, problems) = settings.sourceConfiguration(boundary: repository.boundary)
        if let problem = problems.first { throw ScaffoldError(.conflict, "'\(shown)': \(problem.message)") }
        var versions = DependencyVersions.defaults
        if let relative = configuration.registry {
            guard let source = repository.source(relative) else {
                throw ScaffoldError(.conflict, "cannot read registry '\(repository.displayPath(relative))': \(repository.unreadableReason(relative))")
            }
            versions = try reading(registry: source)
        }
        versions.sourceNames = configuration.sources.map(\.name).sorted()
        for (name, location) in configuration.sources where names.contains(name) {
            let source = GitSource(name: name, location: location, baseDirectory: directory)
            do {
                versions.gitReleases[name] = ReleaseList(tags: try git.remoteTags(source.location).map(\.tag))
            } catch {
                throw ScaffoldError(.conflict, "cannot read the releases of '\(name)' from '\(location)': \(error.description); give the version with --version")
            }
        }
        return versions
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
