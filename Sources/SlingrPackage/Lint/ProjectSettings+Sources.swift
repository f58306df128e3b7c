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
    /// the settings-file rule, and the value is not used.
    public func sourceConfiguration() -> (configuration: SourceConfiguration, diagnostics: [Diagnostic]) {
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
                configuration.registry = path
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

    /// The located value of `registry`, for findings about the file it names.
    var registryValue: JSONValue? { document?["registry"] }
}
