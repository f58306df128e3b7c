import SlingrDiagnostics
import SlingrJSON

/// The one entry point behind `slingr-pkg resolve` and `slingr-pkg outdated`: reads the
/// package's `package.json` and `.slingr-pkg.json`, the registry file and git sources, and
/// resolves the dependencies.
public enum PackageVersions {
    /// Name of the configuration file shared with `lint`; only `registry` and `sources` are read here.
    public static let configurationFileName = ".slingr-pkg.json"

    public static func resolve(_ request: VersionsRequest, fileSystem: any FileSystem) -> Result<VersionsOutcome, VersionsFailure> {
        var sources: [SourceFile] = []
        func display(_ name: String) -> String {
            request.displayDirectory == "." ? name : PathName.join(request.displayDirectory, name)
        }
        func read(_ absolute: String, _ shown: String) -> Result<SourceFile, VersionsFailure> {
            do {
                let source = try fileSystem.sourceFile(absolute, displayPath: shown)
                sources.append(source)
                return .success(source)
            } catch {
                return .failure(VersionsFailure(message: FileSystemError(path: shown, reason: error.reason).description))
            }
        }

        // The descriptor.
        let descriptorPath = PathName.join(request.packageDirectory, "package.json")
        if !fileSystem.isFile(descriptorPath) {
            return .failure(VersionsFailure(message: "no package.json in '\(request.displayDirectory)'"))
        }
        let descriptorSource: SourceFile
        switch read(descriptorPath, display("package.json")) {
        case .success(let source): descriptorSource = source
        case .failure(let failure): return .failure(failure)
        }
        let parsedDescriptor = JSONParser.parse(descriptorSource)
        guard let descriptorRoot = parsedDescriptor.value, !parsedDescriptor.hasErrors else {
            return .failure(VersionsFailure(message: "cannot read '\(descriptorSource.path)'", diagnostics: parsedDescriptor.diagnostics, sources: sources))
        }
        let descriptor = DescriptorDependencies.read(descriptorRoot, in: descriptorSource)

        // The configuration file, when there is one.
        var configuration = SourceConfiguration()
        let configurationPath = PathName.join(request.packageDirectory, configurationFileName)
        if fileSystem.isFile(configurationPath) {
            let source: SourceFile
            switch read(configurationPath, display(configurationFileName)) {
            case .success(let read): source = read
            case .failure(let failure): return .failure(failure)
            }
            let parsed = JSONParser.parse(source)
            var problems = parsed.diagnostics.filter { $0.severity == .error }
            if let root = parsed.value {
                let (read, diagnostics) = SourceConfiguration.read(root, in: source)
                configuration = read
                problems += diagnostics
            }
            if !problems.isEmpty {
                return .failure(VersionsFailure(message: "cannot use '\(source.path)'", diagnostics: problems, sources: sources))
            }
        }

        // The registry file.
        var registry: RegistryFile?
        let registryPath = request.registry ?? configuration.registry.map { PathName.normalize(PathName.join(request.packageDirectory, $0)) }
        if let registryPath {
            let shown = request.registry != nil ? (request.registryDisplay ?? registryPath) : display(configuration.registry ?? registryPath)
            let source: SourceFile
            switch read(registryPath, shown) {
            case .success(let read): source = read
            case .failure(let failure): return .failure(failure)
            }
            let (file, diagnostics) = RegistryFile.parse(source)
            if diagnostics.contains(where: { $0.severity == .error }) || file == nil {
                return .failure(VersionsFailure(message: "cannot use registry '\(shown)'", diagnostics: diagnostics, sources: sources))
            }
            registry = file
        }

        // Git sources: the configuration's, then the command line's by name.
        var gitSources: [GitSource] = configuration.sources.map {
            GitSource(name: $0.name, location: $0.location, baseDirectory: request.packageDirectory)
        }
        for source in request.gitSources {
            gitSources.removeAll { $0.name == source.name }
            gitSources.append(source)
        }
        if registry == nil, gitSources.isEmpty {
            return .failure(VersionsFailure(message: "no version sources: give --registry FILE or --git NAME=URL, or set 'registry' or 'sources' in \(configurationFileName)"))
        }

        let reader = GitSourceReader(
            client: request.git,
            cache: GitTagCache(directory: request.cacheDirectory, fileSystem: fileSystem),
            policy: request.cachePolicy
        )
        let catalog = ReleaseCatalog(registry: registry, gitSources: gitSources, reader: reader)
        let rootName = descriptor.packageName ?? PathName.lastComponent(request.packageDirectory)
        let resolution: Resolution
        do {
            resolution = try Resolver(provider: catalog).resolve(rootName: rootName, dependencies: descriptor.dependencies)
        } catch {
            return .failure(VersionsFailure(message: error.description, diagnostics: catalog.warnings, sources: sources, sourceName: error.sourceName))
        }
        return .success(VersionsOutcome(
            resolution: resolution,
            diagnostics: descriptor.diagnostics + unsatisfied(resolution, in: descriptorSource) + catalog.warnings
                + locate(resolution, in: descriptorSource),
            sources: sources
        ))
    }
}

extension PackageVersions {
    public static let unsatisfiedRule = VersionUnsatisfiedRule.description.id
    public static let unknownRule = DependencyUnknownRule.description.id

    /// Conflicts and cycles point at the root's requirement that leads into them, when the root
    /// declares the package concerned.
    static func locate(_ resolution: Resolution, in source: SourceFile) -> [Diagnostic] {
        func declaration(named name: String) -> DependencyDeclaration? {
            resolution.direct.first { $0.declaration.key.kind == .package && $0.declaration.key.name == name }?.declaration
        }
        return resolution.diagnostics.map { diagnostic in
            let name: String?
            switch diagnostic.ruleId {
            case Resolver.conflictRule where diagnostic.severity == .error:
                name = resolution.conflict?.key.name
            case Resolver.cycleRule:
                name = diagnostic.message.split(separator: ":").dropFirst().first?.split(separator: " ").first.map(String.init)
            default:
                name = nil
            }
            guard let name, let found = declaration(named: name), let range = found.versionRange else { return diagnostic }
            return Diagnostic(ruleId: diagnostic.ruleId, severity: diagnostic.severity, message: diagnostic.message, in: source,
                              range: range, pointer: found.pointer.appending("version").description, notes: diagnostic.notes)
        }
    }

    /// Located errors for direct requirements that no release satisfies or no source knows.
    static func unsatisfied(_ resolution: Resolution, in source: SourceFile) -> [Diagnostic] {
        resolution.direct.compactMap { entry in
            let declaration = entry.declaration
            let message: String
            let ruleId: String
            switch entry.status {
            case .unknown:
                ruleId = unknownRule
                message = "no source lists \(declaration.key.kind.rawValue) '\(declaration.key.name)'; give it with --git \(declaration.key.name)=URL or add it to the registry"
            case .unsatisfied:
                ruleId = unsatisfiedRule
                let releases = entry.releases.map { $0.releases.isEmpty ? "it has no releases" : "releases: " + ResolverRun.summary($0) } ?? ""
                message = "no release of '\(declaration.key.name)' satisfies '\(declaration.requirementText)'; \(releases)"
            case .resolved, .malformed:
                return nil
            }
            let range = declaration.versionRange ?? SourceRange(at: 0)
            return Diagnostic(ruleId: ruleId, severity: .error, message: message, in: source, range: range,
                              pointer: declaration.pointer.appending("version").description)
        }
    }
}

/// A finished resolution with every finding, and the files read (for excerpts).
public struct VersionsOutcome: Sendable {
    public var resolution: Resolution
    /// Descriptor problems (malformed versions with fix-its), cache warnings, conflicts, cycles,
    /// and skipped tags as notes.
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]

    /// Exit status 1 material: any error, a malformed or unsatisfied requirement.
    public var failed: Bool {
        !resolution.succeeded || diagnostics.contains { $0.severity == .error }
    }
}

/// Why nothing could be resolved (unreadable input, an unreachable source): exit status 2.
public struct VersionsFailure: Error, Sendable {
    public var message: String
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]
    /// The git source that could not be read, when that is the reason.
    public var sourceName: String?

    public init(message: String, diagnostics: [Diagnostic] = [], sources: [SourceFile] = [], sourceName: String? = nil) {
        self.message = message
        self.diagnostics = diagnostics
        self.sources = sources
        self.sourceName = sourceName
    }
}
