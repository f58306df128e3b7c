import SlingrDiagnostics
import SlingrJSON

/// Warns about scripts, listeners, flow steps and UI services in the conventional folders that
/// no metadata entry lists: the platform ignores them. A step or UI service folder that has its
/// descriptor can be fixed: by correcting the one metadata entry of its type whose path leads
/// nowhere, or else by adding an entry.
struct UnreferencedComponentRule: LintRule {
    static let description = RuleDescription(
        id: "unreferenced-component",
        severity: .warning,
        summary: "A file in scripts/ or listeners/, or a folder in flowSteps/ or uiServices/, that no metadata entry lists.",
        explanation: "Only what metadata lists is imported; an unlisted step or script is dead weight or a forgotten entry. For a step or UI service folder with its descriptor, lint --fix corrects the one metadata entry of that type whose path does not exist, or else adds an entry; folders without a descriptor and scripts are left for a person to decide. Hidden files and folders (.name) are not components.",
        isFixable: true,
        triggering: [
            .package("a flow step folder without a metadata entry", metadata: #"↓[]"#,
                     files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                             "flowSteps/send/step.js": "step.send = function (inputs) { return {}; };\n", "flowSteps/send/icon.png": RuleExample.iconPNG],
                     expected: [.marked(message(type: "flowStep", path: "flowSteps/send"))]),
            .package("a step whose entry has a misspelt path", metadata: #"↓[{"type": "flowStep", "namespace": "send", "path": "/flowSteps/snd"}]"#,
                     files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                             "flowSteps/send/step.js": "step.send = function (inputs) { return {}; };\n", "flowSteps/send/icon.png": RuleExample.iconPNG],
                     expected: [.marked(message(type: "flowStep", path: "flowSteps/send"))]),
            .package("a script nobody lists", metadata: #"↓[]"#, files: ["scripts/helpers.js": "exports.a = 1;\n"],
                     expected: [.marked(message(type: "script", path: "scripts/helpers.js"))]),
        ],
        nonTriggering: [
            .package("a listed script", metadata: #"[{"type": "script", "namespace": "helpers", "path": "/scripts/helpers.js"}]"#,
                     files: ["scripts/helpers.js": "exports.a = 1;\n"]),
            .package("a hidden folder", files: ["flowSteps/.old/notes.txt": "kept for reference\n"]),
        ]
    )

    static let places: [(type: String, folder: String, isFolder: Bool)] = [
        ("script", "scripts", false), ("listener", "listeners", false), ("flowStep", "flowSteps", true), ("uiService", "uiServices", true),
    ]

    static func message(type: String, path: String) -> String { "\(type) '\(path)' is not listed in metadata, so the platform ignores it" }

    func check(_ context: LintContext) {
        let repository = context.repository
        guard let package = repository.package, let document = package.document, let descriptor = package.packageDescriptor else { return }
        let referenced = Self.referencedPaths(repository)
        let range = document.member("metadata")?.value.range.start ?? document.range.start
        for place in Self.places {
            let found = place.isFolder
                ? repository.componentFolders(place.folder).map { PathName.join(place.folder, $0) }
                : repository.scriptFiles(place.folder)
            let unlisted = found.filter { !referenced.contains($0) }
            for path in unlisted {
                let fixIt = place.isFolder ? Self.fix(type: place.type, path: path, unlisted: unlisted, descriptor: descriptor, package: package, repository: repository) : nil
                context.report(Self.self, Self.message(type: place.type, path: path), in: package.source,
                               range: SourceRange(start: range, end: range + 1), pointer: JSONPointer.root.appending("metadata"), fixIt: fixIt)
            }
        }
    }

    /// Paths metadata points at, inside the repository or not: a folder whose entry escapes the
    /// repository is reported by path-escapes-repository alone.
    static func referencedPaths(_ repository: PackageRepository) -> Set<String> {
        var referenced = Set<String>()
        for entry in repository.metadata {
            switch repository.resolve(entry.path) {
            case .inside(let path): referenced.insert(path)
            case .escapes: referenced.insert(PathName.normalize(String(entry.path.drop { $0 == "/" })))
            }
        }
        return referenced
    }

    /// The fix for an unlisted component folder, when one is certain: the folder has its
    /// descriptor; then either the only entry of its type whose path does not exist gets this
    /// path (when this is the only unlisted folder), or a new entry is added (when no entry of
    /// the type uses the folder's name as namespace).
    static func fix(type: String, path: String, unlisted: [String], descriptor: PackageDescriptor, package: DescriptorFile,
                    repository: PackageRepository) -> FixIt? {
        let fileName = type == "flowStep" ? DescriptorKind.step.fileName : DescriptorKind.uiService.fileName
        guard repository.kind(PathName.join(path, fileName)) == .file else { return nil }
        if let entry = danglingEntry(type: type, descriptor: descriptor, repository: repository) {
            guard unlisted.count == 1 else { return nil }
            return correction(of: entry, to: "/" + path)
        }
        let name = PathName.lastComponent(path)
        guard !descriptor.metadata.contains(where: { $0.type == type && $0.namespace == name }),
              let document = package.document, document["metadata"]?.array != nil else { return nil }
        let entry = JSONOutput.object([("type", .string(type)), ("namespace", .string(name)), ("path", .string("/" + path))])
        guard let edit = MetadataEntryInsertion.edit(appending: entry, in: package.source, document: document,
                                                     pointer: JSONPointer.root.appending("metadata")) else { return nil }
        return FixIt(message: "add a metadata entry for '/\(path)'", edits: [edit])
    }

    /// The one metadata entry of `type` whose path is inside the repository but does not exist.
    static func danglingEntry(type: String, descriptor: PackageDescriptor, repository: PackageRepository) -> MetadataEntry? {
        let dangling = descriptor.metadata.filter { entry in
            guard entry.type == type, case .inside(let path) = repository.resolve(entry.path) else { return false }
            return repository.kind(path) == nil
        }
        return dangling.count == 1 ? dangling.first : nil
    }

    /// Rewrites the entry's path (the metadata-path finding of that entry carries the same fix).
    static func correction(of entry: MetadataEntry, to path: String) -> FixIt {
        FixIt(message: "change the path to '\(path)'", edits: [TextEdit(range: entry.pathValue.range, replacement: JSONOutput.string(path).rendered())])
    }
}
