import SlingrDiagnostics

/// The released versions known from a registry file and from git sources. A git source wins
/// over the registry for its name (it can also provide descriptors, which a registry cannot).
///
/// Descriptors are read for all of a package's tags at once (one `git cat-file --batch`) the
/// first time any of them is needed, then kept in memory.
public final class ReleaseCatalog: ReleaseProvider {
    public let registry: RegistryFile?
    public let gitSources: [String: GitSource]
    public let reader: GitSourceReader?
    /// Reads the `package.json` of a release.
    public let decoder: DescriptorDecoder

    private var releaseMemo: [DependencyKey: ReleaseList?] = [:]
    private var descriptorMemo: [DependencyKey: [String: DescriptorLookup]] = [:]

    public init(registry: RegistryFile?, gitSources: [GitSource], reader: GitSourceReader?, decoder: @escaping DescriptorDecoder) {
        self.decoder = decoder
        self.registry = registry
        var byName: [String: GitSource] = [:]
        for source in gitSources { byName[source.name] = source }
        self.gitSources = byName
        self.reader = reader
    }

    /// Names whose releases resolution asked for (direct and transitive dependencies), to tell
    /// a source given for a name that matches nothing.
    public var askedNames: Set<String> { Set(releaseMemo.keys.map(\.name)) }

    /// Warnings from the git reader (corrupt cache files and the like).
    public var warnings: [Diagnostic] { reader?.warnings ?? [] }

    public func releases(of key: DependencyKey) throws(VersionSourceError) -> ReleaseList? {
        if let known = releaseMemo[key] { return known }
        var list: ReleaseList?
        if let source = gitSources[key.name], let reader {
            list = ReleaseList(tags: try reader.tags(source).map(\.tag))
        } else {
            list = registry?.releases(of: key)
        }
        releaseMemo[key] = list
        return list
    }

    public func descriptor(of key: DependencyKey, at release: Release) throws(VersionSourceError) -> DescriptorLookup {
        guard key.kind == .package, let source = gitSources[key.name], let reader else { return .unavailable }
        if let known = descriptorMemo[key] { return known[release.tag] ?? .missing }
        let tags = try reader.tags(source)
        let wanted = Set((try releases(of: key))?.releases.map(\.tag) ?? [])
        let objects = tags.filter { wanted.contains($0.tag) }
        let contents = try reader.files("package.json", of: source, at: objects.map(\.object))
        var lookups: [String: DescriptorLookup] = [:]
        for (entry, content) in zip(objects, contents) {
            switch content {
            case .found(let bytes):
                lookups[entry.tag] = .found(decoder(SourceFile(path: "\(key.name)@\(entry.tag):package.json", bytes: bytes)))
            case .missing:
                lookups[entry.tag] = .missing
            case .tooLarge(let size):
                lookups[entry.tag] = .unreadable("\(size) bytes, over the limit of \(reader.client.effectiveFileLimit) bytes")
            }
        }
        descriptorMemo[key] = lookups
        return lookups[release.tag] ?? .missing
    }
}
