import SlingrDiagnostics

/// Reports metadata paths that do not exist or point at the wrong kind of thing: scripts and
/// listeners are `.js` files, flow steps and UI services are folders.
struct MetadataPathRule: LintRule {
    static let description = RuleDescription(
        id: "metadata-path",
        severity: .error,
        summary: "A metadata path that does not exist, or is a file where a folder is expected (or the reverse).",
        explanation: "The platform imports exactly what metadata lists; a wrong path fails the package registration. When the entry is the only broken one of its type and exactly one folder of that type is unlisted, lint --fix points the entry at that folder.",
        isFixable: true,
        triggering: [
            .package("a script entry whose file is missing", metadata: #"[{"type": "script", "namespace": "api", "path": ↓"/scripts/api.js"}]"#,
                     expected: [.marked(missing("/scripts/api.js"))]),
            .package("a flow step entry that points at a file", metadata: #"[{"type": "flowStep", "namespace": "send", "path": ↓"/flowSteps/send"}]"#,
                     files: ["flowSteps/send": "not a folder"], expected: [.marked(wrongKind("/flowSteps/send", type: "flowStep", expectsFolder: true))]),
            .package("a step entry with a misspelt path", metadata: #"[{"type": "flowStep", "namespace": "send", "path": ↓"/flowSteps/snd"}]"#,
                     files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                             "flowSteps/send/step.js": "step.send = function (inputs) { return {}; };\n", "flowSteps/send/icon.png": RuleExample.iconPNG],
                     expected: [.marked(missing("/flowSteps/snd"))]),
        ],
        nonTriggering: [
            .package("a script entry whose file exists", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.ping = function () { return 'pong'; };\n"]),
        ]
    )

    static func missing(_ path: String) -> String { "metadata path '\(path)' does not exist" }
    static func wrongKind(_ path: String, type: String, expectsFolder: Bool) -> String {
        expectsFolder ? "metadata path '\(path)' is a file, but a \(type) is a folder" : "metadata path '\(path)' is a folder, but a \(type) is a .js file"
    }
    static func notJavaScript(_ path: String, type: String) -> String { "metadata path '\(path)' of a \(type) is not a .js file" }

    /// A path that does not exist is corrected when the repository has exactly one unlisted
    /// folder of the entry's type (with its descriptor) and this is the only such broken entry:
    /// the same fix unreferenced-component offers for that folder.
    static func correction(for entry: MetadataEntry, _ repository: PackageRepository) -> FixIt? {
        guard let place = UnreferencedComponentRule.places.first(where: { $0.type == entry.type && $0.isFolder }),
              let descriptor = repository.package?.packageDescriptor,
              UnreferencedComponentRule.danglingEntry(type: entry.type, descriptor: descriptor, repository: repository)?.pointer == entry.pointer else { return nil }
        let referenced = UnreferencedComponentRule.referencedPaths(repository)
        let fileName = entry.type == "flowStep" ? DescriptorKind.step.fileName : DescriptorKind.uiService.fileName
        let unlisted = repository.componentFolders(place.folder).map { PathName.join(place.folder, $0) }
            .filter { !referenced.contains($0) && repository.kind(PathName.join($0, fileName)) == .file }
        guard unlisted.count == 1, let path = unlisted.first else { return nil }
        return UnreferencedComponentRule.correction(of: entry, to: "/" + path)
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        for entry in repository.metadata {
            guard case .inside(let path) = repository.resolve(entry.path) else { continue }
            let expectsFolder = entry.type == "flowStep" || entry.type == "uiService"
            guard ["script", "listener", "flowStep", "uiService"].contains(entry.type) else { continue }
            let message: String
            switch repository.kind(path) {
            case nil: message = Self.missing(entry.path)
            case .directory where !expectsFolder, .file where expectsFolder:
                message = Self.wrongKind(entry.path, type: entry.type, expectsFolder: expectsFolder)
            default:
                guard !expectsFolder, !path.hasSuffix(".js") else { continue }
                message = Self.notJavaScript(entry.path, type: entry.type)
            }
            context.report(Self.self, message, at: entry.pathValue, pointer: entry.pointer.appending("path"),
                           fixIt: repository.kind(path) == nil ? Self.correction(for: entry, repository) : nil)
        }
    }
}
