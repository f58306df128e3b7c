import SlingrDiagnostics
import SlingrJSON

/// A file listing released tags per name: `{"packages": {name: [tags]}, "services": {name: [tags]}}`.
///
/// Problems (wrong types, a non-string tag) are located diagnostics; whatever is well formed is
/// still used, so one bad entry does not hide the rest. Unknown top-level keys are ignored.
public struct RegistryFile: Sendable {
    public static let ruleId = RegistryFormatRule.description.id

    public var packages: [String: ReleaseList]
    public var services: [String: ReleaseList]

    public init(packages: [String: ReleaseList] = [:], services: [String: ReleaseList] = [:]) {
        self.packages = packages
        self.services = services
    }

    public func releases(of key: DependencyKey) -> ReleaseList? {
        switch key.kind {
        case .package: return packages[key.name]
        case .service: return services[key.name]
        }
    }

    /// Reads the file; `file` is `nil` only when it is not JSON at all.
    public static func parse(_ source: SourceFile) -> (file: RegistryFile?, diagnostics: [Diagnostic]) {
        let parsed = JSONParser.parse(source)
        var diagnostics = parsed.diagnostics
        guard let root = parsed.value else { return (nil, diagnostics) }
        func report(_ message: String, _ value: JSONValue, _ pointer: JSONPointer) {
            diagnostics.append(Diagnostic(ruleId: ruleId, severity: .error, message: message, in: source, range: value.range, pointer: pointer.description))
        }
        guard let members = root.members else {
            report("a registry file is an object with 'packages' and 'services'; found \(root.typeName)", root, .root)
            return (nil, diagnostics)
        }
        var file = RegistryFile()
        for member in members where member.key == "packages" || member.key == "services" {
            let sectionPointer = JSONPointer.root.appending(member.key)
            guard let entries = member.value.members else {
                report("'\(member.key)' must be an object mapping names to tag lists; found \(member.value.typeName)", member.value, sectionPointer)
                continue
            }
            var lists: [String: ReleaseList] = [:]
            for entry in entries {
                let entryPointer = sectionPointer.appending(entry.key)
                guard let items = entry.value.array else {
                    report("tags of '\(entry.key)' must be an array of strings; found \(entry.value.typeName)", entry.value, entryPointer)
                    continue
                }
                var tags: [String] = []
                for (index, item) in items.enumerated() {
                    if let tag = item.string {
                        tags.append(tag)
                    } else {
                        report("tag \(index) of '\(entry.key)' must be a string; found \(item.typeName)", item, entryPointer.appending(index))
                    }
                }
                lists[entry.key] = ReleaseList(tags: tags)
            }
            if member.key == "packages" { file.packages = lists } else { file.services = lists }
        }
        return (file, diagnostics)
    }
}
