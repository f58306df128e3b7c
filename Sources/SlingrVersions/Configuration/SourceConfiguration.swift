import SlingrDiagnostics

/// The keys of `.slingr-pkg.json` that say where released versions come from:
///
/// ```json
/// { "registry": "registry.json", "sources": { "oauth": "https://github.com/org/oauth-package.git" } }
/// ```
///
/// `registry` is a path relative to the package root; `sources` maps dependency names to git
/// URLs or paths (relative paths are relative to the package root). The settings file is read
/// (and its problems reported) by the package layer, which hands this value down.
public struct SourceConfiguration: Sendable, Hashable {
    /// As written in the file (relative to the package root unless absolute).
    public var registry: String?
    /// Name to URL or path, in file order.
    public var sources: [(name: String, location: String)]

    public init(registry: String? = nil, sources: [(name: String, location: String)] = []) {
        self.registry = registry
        self.sources = sources
    }

    public static func == (lhs: SourceConfiguration, rhs: SourceConfiguration) -> Bool {
        lhs.registry == rhs.registry && lhs.sources.map { [$0.name, $0.location] } == rhs.sources.map { [$0.name, $0.location] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(registry)
        for source in sources {
            hasher.combine(source.name)
            hasher.combine(source.location)
        }
    }
}
