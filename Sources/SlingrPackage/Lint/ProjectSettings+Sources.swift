import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

extension ProjectSettings {
    /// The keys that say where released versions come from:
    ///
    /// ```json
    /// { "registry": "registry.json", "sources": { "oauth": "https://github.com/org/oauth-package.git" } }
    /// ```
    ///
    /// `registry` is a path inside the repository; `sources` maps dependency names to git URLs
    /// or paths (relative paths are relative to the package root). Wrong types are findings of
    /// the settings-file rule, and the value is not used. With a `boundary` (the repository)
    /// paths must stay inside it: a registry or a local source path that leads outside (by
    /// `..`, an absolute path or a symbolic link) is refused, since files elsewhere can only be
    /// named on the command line; `registry` is then the resolved repository-relative path.
    public func sourceConfiguration(boundary: FileSystemBoundary? = nil) -> (configuration: SourceConfiguration, diagnostics: [Diagnostic]) {
        var configuration = SourceConfiguration()
        var diagnostics: [Diagnostic] = []
        guard let root = document else { return (configuration, self.diagnostics) }
        func report(_ message: String, _ value: JSONValue, _ pointer: JSONPointer) {
            diagnostics.append(Diagnostic(ruleId: SettingsFileRule.description.id, severity: .error, message: message, in: source,
                                          range: value.range, pointer: pointer.description))
        }
        guard root.members != nil else {
            report(SettingsFileRule.notAnObject(root.typeName), root, .root)
            return (configuration, self.diagnostics + diagnostics)
        }
        if let registry = root["registry"] {
            if let path = registry.string, !path.isEmpty {
                switch boundary.map({ Self.confine(path, to: $0) }) {
                case .failure(let why)?:
                    report("'registry' must name a file inside the repository (\(why)); a registry elsewhere can only be given on the command line (--registry)",
                           registry, JSONPointer.root.appending("registry"))
                case .success(let relative)?:
                    configuration.registry = relative
                case nil:
                    configuration.registry = path
                }
            } else {
                report("'registry' must be a non-empty string (a path inside the package), not \(registry.string == nil ? article(registry.typeName) : "an empty string")",
                       registry, JSONPointer.root.appending("registry"))
            }
        }
        if let sources = root["sources"] {
            let pointer = JSONPointer.root.appending("sources")
            if let members = sources.members {
                var seen: [String: Int] = [:]
                for member in members {
                    guard let location = member.value.string, !location.isEmpty else {
                        report("source '\(member.key)' must be a non-empty string (a git URL or path), not \(member.value.string == nil ? article(member.value.typeName) : "an empty string")",
                               member.value, pointer.appending(member.key))
                        continue
                    }
                    if let boundary, let path = Self.localPath(location), case .failure(let why) = Self.confine(path, to: boundary) {
                        report("source '\(member.key)' must be a URL or a path inside the repository (\(why)); a repository elsewhere can only be given on the command line (--git \(member.key)=PATH)",
                               member.value, pointer.appending(member.key))
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
                report("'sources' must be an object mapping dependency names to git URLs or paths, not \(article(sources.typeName))", sources, pointer)
            }
        }
        return (configuration, self.diagnostics + diagnostics)
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
