import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// The one entry point behind `slingr-pkg resolve` and `slingr-pkg outdated`: reads the
/// package's descriptor and settings through the repository (the same decoding and the same
/// findings as validate and lint), the registry file and git sources, and resolves the
/// dependencies.
public enum PackageVersions {
    public static func resolve(_ request: VersionsRequest, fileSystem: any FileSystem) -> Result<VersionsOutcome, VersionsFailure> {
        let repository = PackageRepository(root: request.packageDirectory, displayRoot: request.displayDirectory, fileSystem: fileSystem)
        guard let package = repository.package else {
            if let problem = repository.accessProblems.first(where: { $0.path == "package.json" }) {
                return .failure(VersionsFailure(message: problem.diagnostic.message))
            }
            return .failure(VersionsFailure(message: "no package.json in '\(request.displayDirectory)'"))
        }
        var sources = [package.source]
        guard let descriptor = package.packageDescriptor, !package.diagnostics.contains(where: { $0.ruleId == JSONSyntaxRule.description.id && $0.severity == .error }) else {
            return .failure(VersionsFailure(message: "cannot read '\(package.source.path)'", diagnostics: package.diagnostics.filter { $0.severity == .error },
                                            sources: sources))
        }

        // The settings file, when there is one.
        var configuration = SourceConfiguration()
        if let settings = ProjectSettings.load(from: repository) {
            sources.append(settings.source)
            let (read, diagnostics) = settings.sourceConfiguration(boundary: repository.boundary)
            configuration = read
            let problems = diagnostics.filter { $0.severity == .error }
            if !problems.isEmpty {
                return .failure(VersionsFailure(message: "cannot use '\(settings.source.path)'", diagnostics: problems, sources: sources))
            }
        } else if let problem = repository.accessProblems.first(where: { $0.path == ProjectSettings.fileName }) {
            return .failure(VersionsFailure(message: problem.diagnostic.message))
        }

        // The registry file: the command line's (the user's own path), else the settings'
        // (read like any file of the repository).
        var registry: RegistryFile?
        if let path = request.registry {
            let shown = request.registryDisplay ?? path
            let source: SourceFile
            do {
                source = try fileSystem.sourceFile(path, displayPath: shown)
            } catch {
                return .failure(VersionsFailure(message: FileSystemError(path: shown, reason: error.reason).description, sources: sources))
            }
            sources.append(source)
            switch registryFile(source, sources: sources) {
            case .success(let file): registry = file
            case .failure(let failure): return .failure(failure)
            }
        } else if let relative = configuration.registry {
            guard let source = repository.source(relative) else {
                let shown = repository.displayPath(relative)
                return .failure(VersionsFailure(message: "cannot read registry '\(shown)': \(repository.unreadableReason(relative))", sources: sources))
            }
            sources.append(source)
            switch registryFile(source, sources: sources) {
            case .success(let file): registry = file
            case .failure(let failure): return .failure(failure)
            }
        }

        // Git sources: the settings', then the command line's by name.
        var gitSources: [GitSource] = configuration.sources.map {
            GitSource(name: $0.name, location: $0.location, baseDirectory: request.packageDirectory)
        }
        for source in request.gitSources {
            gitSources.removeAll { $0.name == source.name }
            gitSources.append(source)
        }
        if registry == nil, gitSources.isEmpty {
            return .failure(VersionsFailure(message: "no version sources: give --registry FILE or --git NAME=URL, or set 'registry' or 'sources' in \(ProjectSettings.fileName)"))
        }

        let reader = GitSourceReader(
            client: request.git,
            cache: GitTagCache(directory: request.cacheDirectory, fileSystem: fileSystem),
            policy: request.cachePolicy
        )
        let catalog = ReleaseCatalog(registry: registry, gitSources: gitSources, reader: reader, decoder: PackageDescriptor.dependencies(of:))
        let rootName = descriptor.name?.text ?? PathName.lastComponent(request.packageDirectory)
        let resolution: Resolution
        do {
            resolution = try Resolver(provider: catalog).resolve(rootName: rootName, dependencies: descriptor.dependencyDeclarations)
        } catch {
            return .failure(VersionsFailure(message: error.description, diagnostics: catalog.warnings, sources: sources, sourceName: error.sourceName))
        }
        // A source given on the command line for a name nothing depends on is a mistake (a
        // typo would otherwise leave the real dependency on its old source, silently).
        let known = catalog.askedNames.union(descriptor.dependencyDeclarations.map(\.key.name))
        for source in request.gitSources where !known.contains(source.name) {
            var message = "'--git \(source.name)=...' names no dependency of '\(rootName)' or of its dependencies"
            if let suggestion = Suggestion.closest(to: source.name, in: known.sorted()) { message += "; did you mean '\(suggestion)'?" }
            return .failure(VersionsFailure(message: message))
        }
        return .success(VersionsOutcome(
            resolution: resolution,
            diagnostics: PackageDescriptor.dependencyFindings(package.diagnostics) + unsatisfied(resolution, in: package.source)
                + catalog.warnings + locate(resolution, in: package.source),
            sources: sources
        ))
    }

    /// A registry file's entries; errors in it stop resolution (exit status 2).
    private static func registryFile(_ source: SourceFile, sources: [SourceFile]) -> Result<RegistryFile?, VersionsFailure> {
        let (file, diagnostics) = RegistryFile.parse(source)
        if diagnostics.contains(where: { $0.severity == .error }) || file == nil {
            return .failure(VersionsFailure(message: "cannot use registry '\(source.path)'", diagnostics: diagnostics, sources: sources))
        }
        return .success(file)
    }
}

extension PackageVersions {
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
            let rule: RuleDescription
            let message: String
            switch entry.status {
            case .unknown:
                rule = DependencyUnknownRule.description
                message = DependencyUnknownRule.message(kind: declaration.key.kind.rawValue, name: declaration.key.name)
            case .unsatisfied:
                rule = VersionUnsatisfiedRule.description
                let releases = entry.releases.map { $0.releases.isEmpty ? "it has no releases" : "releases: " + $0.summary } ?? ""
                message = VersionUnsatisfiedRule.message(name: declaration.key.name, requirement: declaration.requirementText, releases: releases)
            case .resolved, .malformed:
                return nil
            }
            return rule.diagnostic(message, in: source, range: declaration.versionRange ?? SourceRange(at: 0),
                                   pointer: declaration.pointer.appending("version").description)
        }
    }
}

extension PackageDescriptor {
    /// What resolution needs from a descriptor read at a release: decoded like every other
    /// descriptor, with the findings about its dependencies.
    @Sendable public static func dependencies(of source: SourceFile) -> DescriptorDependencies {
        let (descriptor, diagnostics) = decode(source)
        return DescriptorDependencies(packageName: descriptor?.name?.text, dependencies: descriptor?.dependencyDeclarations ?? [],
                                      diagnostics: dependencyFindings(diagnostics))
    }

    /// The findings of a descriptor that concern resolution: its dependencies, and problems of
    /// the document as a whole (JSON syntax, a root that is not an object).
    static func dependencyFindings(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            guard let pointer = diagnostic.pointer else { return diagnostic.ruleId == JSONSyntaxRule.description.id }
            if pointer.isEmpty { return diagnostic.ruleId == WrongTypeRule.description.id }
            return pointer == "/dependencies" || pointer.hasPrefix("/dependencies/")
        }
    }
}
