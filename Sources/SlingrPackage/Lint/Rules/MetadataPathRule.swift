import SlingrDiagnostics

/// Reports metadata paths that do not exist or point at the wrong kind of thing: scripts and
/// listeners are `.js` files, flow steps and UI services are folders.
struct MetadataPathRule: LintRule {
    static let description = RuleDescription(
        id: "metadata-path",
        severity: .error,
        summary: "A metadata path that does not exist, or is a file where a folder is expected (or the reverse).",
        rationale: "The platform imports exactly what metadata lists; a wrong path fails the package registration.",
        triggering: [
            .package("a script entry whose file is missing", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#),
            .package("a flow step entry that points at a file", metadata: #"[{"type": "flowStep", "namespace": "send", "path": "/flowSteps/send"}]"#,
                     files: ["flowSteps/send": "not a folder"]),
        ],
        nonTriggering: [
            .package("a script entry whose file exists", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.ping = function () { return 'pong'; };\n"]),
        ]
    )

    func check(_ context: LintContext) {
        let repository = context.repository
        for entry in repository.metadata {
            guard case .inside(let path) = repository.resolve(entry.path) else { continue }
            let expectsFolder = entry.type == "flowStep" || entry.type == "uiService"
            guard ["script", "listener", "flowStep", "uiService"].contains(entry.type) else { continue }
            switch repository.kind(path) {
            case nil:
                context.report(Self.description, "metadata path '\(entry.path)' does not exist", at: entry.pathValue, pointer: entry.pointer.appending("path"))
            case .directory where !expectsFolder:
                context.report(Self.description, "metadata path '\(entry.path)' is a folder, but a \(entry.type) is a .js file", at: entry.pathValue, pointer: entry.pointer.appending("path"))
            case .file where expectsFolder:
                context.report(Self.description, "metadata path '\(entry.path)' is a file, but a \(entry.type) is a folder", at: entry.pathValue, pointer: entry.pointer.appending("path"))
            default:
                if !expectsFolder, !path.hasSuffix(".js") {
                    context.report(Self.description, "metadata path '\(entry.path)' of a \(entry.type) is not a .js file", at: entry.pathValue, pointer: entry.pointer.appending("path"))
                }
            }
        }
    }
}
