import SlingrDiagnostics
import SlingrJSON

/// Warns about scripts, listeners, flow steps and UI services in the conventional folders that
/// no metadata entry lists: the platform ignores them. Steps and UI services can be fixed by
/// adding their entry.
struct UnreferencedComponentRule: LintRule {
    static let description = RuleDescription(
        id: "unreferenced-component",
        severity: .warning,
        summary: "A file in scripts/ or listeners/, or a folder in flowSteps/ or uiServices/, that no metadata entry lists.",
        rationale: "Only what metadata lists is imported; an unlisted step or script is dead weight or a forgotten entry. `lint --fix` adds entries for step and UI service folders.",
        triggering: [
            .package("a flow step folder without a metadata entry",
                     files: ["flowSteps/send/step.json": "{}", "flowSteps/send/step.js": "step.send = function (inputs) {};\n"]),
            .package("a script nobody lists", files: ["scripts/helpers.js": "exports.a = 1;\n"]),
        ],
        nonTriggering: [
            .package("a listed script", metadata: #"[{"type": "script", "namespace": "helpers", "path": "/scripts/helpers.js"}]"#,
                     files: ["scripts/helpers.js": "exports.a = 1;\n"]),
        ],
        isFixable: true
    )

    static let places: [(type: String, folder: String, isFolder: Bool)] = [
        ("script", "scripts", false), ("listener", "listeners", false), ("flowStep", "flowSteps", true), ("uiService", "uiServices", true),
    ]

    func check(_ context: LintContext) {
        let repository = context.repository
        guard let package = repository.package, let document = package.document else { return }
        let metadata = document.member("metadata")
        var referenced = Set<String>()
        for entry in repository.metadata {
            if case .inside(let path) = repository.resolve(entry.path) { referenced.insert(path) }
        }
        for place in Self.places {
            let found = place.isFolder
                ? repository.componentFolders(place.folder).map { PathName.join(place.folder, $0) }
                : repository.scriptFiles(place.folder)
            for path in found where !referenced.contains(path) {
                let name = place.isFolder ? PathName.lastComponent(path) : String(PathName.lastComponent(path).dropLast(3))
                let fixIt = place.isFolder ? Self.addEntry(type: place.type, name: name, path: "/" + path, package: package, document: document) : nil
                let range = metadata?.keyRange ?? SourceRange(start: document.range.start, end: document.range.start + 1)
                context.report(Self.description, "\(place.type) '\(path)' is not listed in metadata, so the platform ignores it",
                               in: package.source, range: range, pointer: JSONPointer.root.appending("metadata"), fixIt: fixIt)
            }
        }
    }

    /// An edit of `package.json` appending `{type, namespace, path}` to `metadata`.
    static func addEntry(type: String, name: String, path: String, package: DescriptorFile, document: JSONValue) -> FixIt? {
        guard let metadata = document["metadata"], metadata.array != nil else { return nil }
        let entry = JSONOutput.object([("type", .string(type)), ("namespace", .string(name)), ("path", .string(path))])
        guard let edit = MetadataEntryInsertion.edit(appending: entry, in: package.source, document: document,
                                                     pointer: JSONPointer.root.appending("metadata")) else { return nil }
        return FixIt(message: "add a metadata entry for '\(path)'", edits: [edit])
    }
}
