import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// A package repository on disk: its descriptor and everything it references, plus the files in
/// the conventional folders whether referenced or not. Files are read once, on demand, and
/// only when they are inside the repository.
public final class PackageRepository {
    public let fileSystem: any FileSystem
    /// Absolute, normalised path of the repository root.
    public let root: String
    /// How the root is shown in reports (as the user typed it).
    public let displayRoot: String

    /// Paths the configuration says to ignore: not listed from the conventional folders, and
    /// their findings dropped.
    public var isIgnored: @Sendable (String) -> Bool = { _ in false }

    private var sources: [String: SourceFile?] = [:]
    private var descriptors: [String: DescriptorFile?] = [:]
    private var parsedScripts: [String: ParsedScript?] = [:]

    public init(root: String, displayRoot: String, fileSystem: any FileSystem) {
        self.root = PathName.normalize(root)
        self.displayRoot = displayRoot
        self.fileSystem = fileSystem
    }

    /// `package.json`, parsed and validated, or `nil` when the root has none.
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

    /// Every file read so far, by display path.
    public var loadedSources: [String: SourceFile] {
        var result: [String: SourceFile] = [:]
        for case let source? in sources.values { result[source.path] = source }
        return result
    }

    public func resolve(_ descriptorPath: String) -> RepositoryPath {
        RepositoryPath.resolve(descriptorPath, root: root, fileSystem: fileSystem)
    }

    public func kind(_ relative: String) -> FileKind? { fileSystem.info(absolutePath(relative))?.kind }

    /// Sorted entry names of a repository folder; empty when it does not exist.
    public func list(_ relative: String) -> [String] {
        (try? fileSystem.contentsOfDirectory(absolutePath(relative))) ?? []
    }

    /// The file's bytes with its display path, or `nil` when missing, unreadable or outside.
    public func source(_ relative: String) -> SourceFile? {
        if let cached = sources[relative] { return cached }
        var loaded: SourceFile?
        if case .inside(let path) = resolve(relative), kind(path) == .file {
            loaded = try? fileSystem.sourceFile(absolutePath(path), displayPath: displayPath(path))
        }
        sources[relative] = .some(loaded)
        return loaded
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

    /// A JavaScript file parsed once (`nil` when missing or outside the repository).
    public func script(_ relative: String) -> ParsedScript? {
        if let cached = parsedScripts[relative] { return cached }
        let parsed = source(relative).map { source in
            ParsedScript(relativePath: relative, source: source, result: JavaScriptParser.parseProgram(source))
        }
        parsedScripts[relative] = .some(parsed)
        return parsed
    }

    /// Folder names under `flowSteps/` or `uiServices/` (the conventional places). Hidden
    /// entries (`.name`) are not components.
    public func componentFolders(_ folder: String) -> [String] {
        list(folder).filter { !$0.hasPrefix(".") && kind(PathName.join(folder, $0)) == .directory && !isIgnored(PathName.join(folder, $0)) }
    }

    /// `.js` files directly under `scripts/` or `listeners/`, hidden ones left out.
    public func scriptFiles(_ folder: String) -> [String] {
        list(folder).filter { !$0.hasPrefix(".") }.map { PathName.join(folder, $0) }
            .filter { $0.hasSuffix(".js") && kind($0) == .file && !isIgnored($0) }
    }

    /// Metadata entries of `package.json`, with their JSON values for locating findings.
    public var metadata: [MetadataEntry] { package?.packageDescriptor?.metadata ?? [] }
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

    /// The metadata entry whose path resolves to `relative`, if any.
    public func metadataEntry(for relative: String) -> MetadataEntry? {
        metadata.first { entry in
            if case .inside(let path) = resolve(entry.path) { return path == relative }
            return false
        }
    }
}
