import SlingrDiagnostics
import SlingrJSON

/// The keys of `.slingr-pkg.json` that say where released versions come from:
///
/// ```json
/// { "registry": "registry.json", "sources": { "oauth": "https://github.com/org/oauth-package.git" } }
/// ```
///
/// `registry` is a path relative to the package root; `sources` maps dependency names to git
/// URLs or paths (relative paths are relative to the package root). Other keys (`rules`,
/// `ignore`) belong to other commands and are ignored here; wrong types are located diagnostics.
///
/// A repository may only name files inside itself: a `registry` or a source path that leads
/// outside the repository (by `..`, an absolute path or a symbolic link) is a located error,
/// and is never read; files elsewhere are given on the command line (`--registry`, `--git`).
public struct SourceConfiguration: Sendable, Hashable {
    public static let ruleId = "config-format"

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

    /// Reads `registry` and `sources` from the already-parsed configuration document. With a
    /// `boundary` (the repository), paths must stay inside it; `registry` is then the resolved
    /// path relative to the repository root.
    public static func read(_ root: JSONValue, in source: SourceFile, boundary: FileSystemBoundary? = nil) -> (configuration: SourceConfiguration, diagnostics: [Diagnostic]) {
        var configuration = SourceConfiguration()
        var diagnostics: [Diagnostic] = []
        func report(_ message: String, _ value: JSONValue, _ pointer: JSONPointer) {
            diagnostics.append(Diagnostic(ruleId: ruleId, severity: .error, message: message, in: source, range: value.range, pointer: pointer.description))
        }
        guard root.members != nil else {
            report("the configuration file must contain an object; found \(root.typeName)", root, .root)
            return (configuration, diagnostics)
        }
        if let registry = root["registry"] {
            if let path = registry.string, !path.isEmpty {
                switch boundary.map({ confine(path, to: $0) }) {
                case .failure(let why)?:
                    report("'registry' must name a file inside the repository (\(why)); a registry elsewhere can only be given on the command line (--registry)", registry, JSONPointer.root.appending("registry"))
                case .success(let relative)?:
                    configuration.registry = relative
                case nil:
                    configuration.registry = path
                }
            } else {
                report("'registry' must be a non-empty string (a path relative to the package root); found \(registry.string == nil ? registry.typeName : "an empty string")", registry, JSONPointer.root.appending("registry"))
            }
        }
        if let sources = root["sources"] {
            let pointer = JSONPointer.root.appending("sources")
            if let members = sources.members {
                var seen: [String: Int] = [:]
                for member in members {
                    guard let location = member.value.string, !location.isEmpty else {
                        report("source '\(member.key)' must be a non-empty string (a git URL or path); found \(member.value.string == nil ? member.value.typeName : "an empty string")", member.value, pointer.appending(member.key))
                        continue
                    }
                    if let boundary, let path = localPath(location), case .failure(let why) = confine(path, to: boundary) {
                        report("source '\(member.key)' must be a URL or a path inside the repository (\(why)); a repository elsewhere can only be given on the command line (--git \(member.key)=PATH)", member.value, pointer.appending(member.key))
                        continue
                    }
                    if let index = seen[member.key] {
                        configuration.sources[index].location = location
                    } else {
                        seen[member.key] = configuration.sources.count
                        configuration.sources.append((member.key, location))
                    }
                }
            } else {
                report("'sources' must be an object mapping dependency names to git URLs or paths; found \(sources.typeName)", sources, pointer)
            }
        }
        return (configuration, diagnostics)
    }

    /// The path a source location names on this machine: a plain path or a `file://` URL.
    static func localPath(_ location: String) -> String? {
        if location.hasPrefix("file://") { return String(location.dropFirst("file://".count)) }
        return GitSource.isURL(location) ? nil : location
    }

    /// `path` relative to the repository root when it stays inside, else why not.
    static func confine(_ path: String, to boundary: FileSystemBoundary) -> Result<String, BoundaryRefusal> {
        var relative = path
        if path.hasPrefix("/") {
            guard let inner = PathName.relative(PathName.normalize(path), to: boundary.root) else {
                return .failure(BoundaryRefusal("an absolute path outside the repository"))
            }
            relative = inner
        }
        switch boundary.locate(relative) {
        case .inside(let resolved): return .success(resolved)
        case .outside(let reason, _): return .failure(BoundaryRefusal(reason))
        }
    }
}

/// Why a configured path is refused, in words for a message.
struct BoundaryRefusal: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
