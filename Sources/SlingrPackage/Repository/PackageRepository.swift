import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// A package repository on disk: its descriptor and everything it references, plus the files in
/// the conventional folders whether referenced or not. Files are read once, on demand, and
/// only through the repository's `FileSystemBoundary`: a regular file inside the repository,
/// reached without a symbolic link that leads out of it.
///
/// Anything that exists but cannot be used (a link leading out of the repository, a FIFO or a
/// device, a file over the size limit, a file or folder without read permission) is never
/// "missing": it is kept in `accessProblems`, one finding per path, which commands report as
/// unreadable input.
public final class PackageRepository {
    /// Rule id of `accessProblems` (see `UnreadableFileRule`).
    public static let unreadableFileRule = UnreadableFileRule.description.id

    public let fileSystem: any FileSystem
    /// Absolute, normalised path of the repository root.
    public let root: String
    /// How the root is shown in reports (as the user typed it).
    public let displayRoot: String
    /// The only way files are reached.
    public let boundary: FileSystemBoundary

    /// Paths the configuration says to ignore: not listed from the conventional folders, and
    /// their findings dropped.
    public var isIgnored: @Sendable (String) -> Bool = { _ in false }

    private var sources: [String: SourceFile?] = [:]
    private var descriptors: [String: DescriptorFile?] = [:]
    private var parsedScripts: [String: ParsedScript?] = [:]
    private var locations: [String: FileSystemBoundary.Location] = [:]
    /// What `kind` and `list` found: rules ask about the same folders again and again.
    private var kinds: [String: FileKind?] = [:]
    private var listings: [String: [String]] = [:]
    private var problemPaths: Set<String> = []

    /// Files and folders that exist but cannot be read, in the order met, one per path.
    public private(set) var accessProblems: [AccessProblem] = []

    public init(root: String, displayRoot: String, fileSystem: any FileSystem) {
        self.root = PathName.normalize(root)
        self.displayRoot = displayRoot
        self.fileSystem = fileSystem
        boundary = FileSystemBoundary(root: root, name: "the repository", fileSystem: fileSystem)
    }

    /// `package.json`, parsed and validated, or `nil` when the root has none or it cannot be read.
    public var package: DescriptorFile? { descriptor("package.json", kind: .package) }

    /// The path shown in reports for a repository-relative path.
    public func displayPath(_ relative: String) -> String {
        let joined = PathName.normalize(PathName.join(displayRoot, relative))
        return joined
    }

    public func absolutePath(_ relative: String) -> String { PathName.join(root, relative) }

    /// The repository-relative path of a path shown in reports, or `nil` for other files.
    public func relativePath(ofDisplayPath display: String) -> String? {
        let base = PathName.normalize(displayRoot)
        if base == "." { return display }
        return PathName.relative(display, to: base)
    }

    /// How many distinct files have been read.
    public var filesRead: Int { sources.values.filter { $0 != nil }.count }

    /// Every file read so far, by display path: reports take their excerpts from these and
    /// never read a file again to show one.
    public var loadedSources: [String: SourceFile] {
        var result: [String: SourceFile] = [:]
        for case let source? in sources.values { result[source.path] = source }
        return result
    }

    /// Where a path written in a descriptor (or a conventional path) leads, decided without
    /// following any link out of the repository.
    public func resolve(_ descriptorPath: String) -> RepositoryPath {
        switch location(descriptorPath) {
        case .inside(let path): return .inside(path)
        case .outside(let reason, _): return .escapes(reason)
        }
    }

    /// What is at a repository path: `.file` or `.directory` (through links that stay inside),
    /// `nil` when nothing is there. A link leading outside answers `.symbolicLink` and a FIFO,
    /// device or socket its kind; both are recorded in `accessProblems`.
    public func kind(_ relative: String) -> FileKind? {
        if let known = kinds[relative] { return known }
        let found = lookUpKind(relative)
        kinds[relative] = found
        return found
    }

    private func lookUpKind(_ relative: String) -> FileKind? {
        switch location(relative) {
        case .outside(let reason, let link):
            guard let link else { return nil }
            recordEscape(link: link, reason: reason)
            return .symbolicLink
        case .inside(let path):
            let kind: FileKind
            switch fileSystem.status(absolutePath(path), followSymlinks: false) {
            case .success(let info):
                kind = info.kind
            case .failure(let error) where error.reason == .permissionDenied:
                // Behind a folder that cannot be searched: that folder is the problem (once),
                // and what is behind it is not missing.
                record(searchBlocker(of: path), FileSystemError(path: path, reason: .permissionDenied))
                return .other
            case .failure:
                return nil
            }
            if kind != .file, kind != .directory {
                record(path, FileSystemError(path: path, reason: .notRegularFile(kind)))
            }
            return kind
        }
    }

    /// Sorted entry names of a repository folder; empty when it does not exist or cannot be
    /// read (then recorded in `accessProblems`).
    public func list(_ relative: String) -> [String] {
        if let known = listings[relative] { return known }
        guard kind(relative) == .directory, case .inside(let path) = location(relative) else { return [] }
        let names: [String]
        do {
            names = try fileSystem.contentsOfDirectory(absolutePath(path))
        } catch {
            record(path, error)
            names = []
        }
        listings[relative] = names
        return names
    }

    /// The file's bytes with its display path, or `nil` when it is missing, not a file, outside
    /// the repository (by `..`) or cannot be read (then recorded in `accessProblems`).
    public func source(_ relative: String) -> SourceFile? {
        if let cached = sources[relative] { return cached }
        var loaded: SourceFile?
        if kind(relative) == .file, case .inside(let path) = location(relative) {
            do {
                let bytes = try fileSystem.readFile(absolutePath(path), limit: LocalFileSystem.defaultReadLimit, followSymlinks: false)
                loaded = SourceFile(path: displayPath(path), bytes: bytes)
            } catch {
                record(path, error)
            }
        }
        sources[relative] = .some(loaded)
        return loaded
    }

    /// Why `source(relative)` gave nothing, in words for an error message.
    public func unreadableReason(_ relative: String) -> String {
        if let problem = accessProblems.first(where: { $0.path == PathName.normalize(relative) }) { return problem.diagnostic.message }
        return kind(relative) == nil ? "no such file or directory" : "it is not a regular file"
    }

    /// A descriptor parsed and validated once.
    public func descriptor(_ relative: String, kind: DescriptorKind) -> DescriptorFile? {
        if let cached = descriptors[relative] { return cached }
        let loaded = source(relative).map { source -> DescriptorFile in
            let result = DescriptorValidator.validate(source, kind: kind)
            return DescriptorFile(relativePath: relative, kind: kind, source: source, document: result.document,
                                  descriptor: result.descriptor, diagnostics: result.diagnostics)
        }
        descriptors[relative] = .some(loaded)
        return loaded
    }

    /// How package scripts are parsed: with their comments, where suppressions are written.
    static let scriptOptions: JavaScriptParser.Options = {
        var options = JavaScriptParser.Options()
        options.keepsComments = true
        return options
    }()

    /// A JavaScript file parsed once (`nil` when missing, outside the repository or unreadable).
    public func script(_ relative: String) -> ParsedScript? {
        if let cached = parsedScripts[relative] { return cached }
        let parsed = source(relative).map { source in
            ParsedScript(relativePath: relative, source: source, result: JavaScriptParser.parseProgram(source, options: Self.scriptOptions))
        }
        parsedScripts[relative] = .some(parsed)
        return parsed
    }

    /// Folder names under `flowSteps/` or `uiServices/` (the conventional places). Hidden
    /// entries (`.name`) are not components.
    public func componentFolders(_ folder: String) -> [String] {
        list(folder).filter { !$0.hasPrefix(".") && !isIgnored(PathName.join(folder, $0)) && kind(PathName.join(folder, $0)) == .directory }
    }

    /// `.js` files directly under `scripts/` or `listeners/`, hidden ones left out.
    public func scriptFiles(_ folder: String) -> [String] {
        list(folder).filter { !$0.hasPrefix(".") }.map { PathName.join(folder, $0) }
            .filter { $0.hasSuffix(".js") && !isIgnored($0) && kind($0) == .file }
    }

    /// Metadata entries of `package.json`, with their JSON values for locating findings.
    public var metadata: [MetadataEntry] { package?.packageDescriptor?.metadata ?? [] }

    /// Whether reading `relative` ran into a problem (so it must not be called missing).
    public func hasAccessProblem(_ relative: String) -> Bool {
        problemPaths.contains(PathName.normalize(relative))
    }

    // MARK: Boundary

    private func location(_ path: String) -> FileSystemBoundary.Location {
        if let known = locations[path] { return known }
        let found = boundary.locate(path)
        locations[path] = found
        return found
    }

    /// The deepest folder on the way to `path` that can be looked at (its contents cannot).
    private func searchBlocker(of path: String) -> String {
        var folder = PathName.parent(path)
        while folder != ".", case .failure = fileSystem.status(absolutePath(folder), followSymlinks: false) {
            folder = PathName.parent(folder)
        }
        return folder
    }

    private func recordEscape(link: String, reason: String) {
        guard problemPaths.insert(link).inserted else { return }
        accessProblems.append(AccessProblem(path: link, throughLink: true, diagnostic: UnreadableFileRule.description.diagnostic(
            UnreadableFileRule.message(escapingLink: reason), file: displayPath(link))))
    }

    private func record(_ path: String, _ error: FileSystemError) {
        // Gone between the look and the read, or not a file after all: plain absence.
        if error.reason == .notFound || error.reason == .isDirectory { return }
        guard problemPaths.insert(path).inserted else { return }
        accessProblems.append(AccessProblem(path: path, throughLink: false, diagnostic: UnreadableFileRule.description.diagnostic(
            UnreadableFileRule.message(path: path, reason: error.reasonText), file: displayPath(path))))
    }
}

/// A file or folder of the repository that exists but cannot be read.
public struct AccessProblem: Sendable, Hashable {
    /// Repository-relative path of the thing refused (for a link leading outside, the link).
    public var path: String
    /// `true` when `path` is a symbolic link leading out of the repository.
    public var throughLink: Bool
    public var diagnostic: Diagnostic
}

/// A parsed and validated descriptor of the repository.
public struct DescriptorFile: Sendable {
    public let relativePath: String
    public let kind: DescriptorKind
    public let source: SourceFile
    /// `nil` when the JSON could not be read.
    public let document: JSONValue?
    /// The typed descriptor, decoded once with the findings below.
    public let descriptor: DecodedDescriptor?
    /// Parse and validation findings.
    public let diagnostics: [Diagnostic]

    public init(relativePath: String, kind: DescriptorKind, source: SourceFile, document: JSONValue?,
                descriptor: DecodedDescriptor?, diagnostics: [Diagnostic]) {
        self.relativePath = relativePath
        self.kind = kind
        self.source = source
        self.document = document
        self.descriptor = descriptor
        self.diagnostics = diagnostics
    }

    public var packageDescriptor: PackageDescriptor? { descriptor?.package }
    public var stepDescriptor: FlowStepDescriptor? { descriptor?.step }
    public var uiServiceDescriptor: UIServiceDescriptor? { descriptor?.uiService }
}

extension PackageRepository {
    /// Component folders of a metadata type (`flowStep` under `flowSteps/`, `uiService` under
    /// `uiServices/`): those metadata points at, inside the repository and existing, plus those
    /// in the conventional folder that hold their descriptor (an empty or stray folder there is
    /// not a component; unreferenced-component reports it), in path order.
    public func components(type: String, conventionalFolder: String) -> [String] {
        let descriptorName = type == "flowStep" ? DescriptorKind.step.fileName : DescriptorKind.uiService.fileName
        var paths = Set(componentFolders(conventionalFolder).map { PathName.join(conventionalFolder, $0) }
            .filter { kind(PathName.join($0, descriptorName)) != nil })
        for entry in metadata where entry.type == type {
            if case .inside(let path) = resolve(entry.path), kind(path) == .directory { paths.insert(path) }
        }
        return paths.sorted()
    }

    /// Script-like files of a metadata type (`script` under `scripts/`, `listener` under
    /// `listeners/`): on disk in the conventional folder plus those metadata points at.
    public func scripts(type: String, conventionalFolder: String) -> [String] {
        var paths = Set(scriptFiles(conventionalFolder))
        for entry in metadata where entry.type == type {
            if case .inside(let path) = resolve(entry.path), kind(path) == .file { paths.insert(path) }
        }
        return paths.sorted()
    }

    /// The links through which metadata paths leave the repository: `path-escapes-repository`
    /// reports those at the metadata entry, so `accessProblems` leaves them out (one cause, one
    /// finding).
    public var metadataEscapeLinks: Set<String> {
        var links: Set<String> = []
        var paths = metadata.map(\.path)
        if let builder = package?.packageDescriptor?.configurationBuilder { paths.append(builder.text) }
        for path in paths {
            if case .outside(_, let link?) = location(path) { links.insert(link) }
        }
        return links
    }

    /// Access problems to report: those not already reported at a metadata entry, nor under a
    /// path the configuration ignores.
    public var reportableAccessProblems: [AccessProblem] {
        let covered = metadataEscapeLinks
        return accessProblems.filter { !(($0.throughLink && covered.contains($0.path)) || isIgnored($0.path)) }
    }

    /// The metadata entry whose path resolves to `relative`, if any.
    public func metadataEntry(for relative: String) -> MetadataEntry? {
        metadata.first { entry in
            if case .inside(let path) = resolve(entry.path) { return path == relative }
            return false
        }
    }
}
