import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// The `name` in `step.json` or `uiService.json` equals its folder: the platform finds steps and
/// UI services by folder, and scripts call them by name.
struct ComponentNameRule: LintRule {
    static let description = RuleDescription(
        id: "component-name",
        severity: .error,
        summary: "A step.json or uiService.json whose name differs from its folder.",
        explanation: "Steps and UI services are found by folder and called by name; every real package keeps the two equal. lint --fix renames the descriptor's name to the folder, unless step.js defines the function under the old name only (then rename by hand in both files).",
        isFixable: true,
        triggering: [
            .package("step 'sender' in folder 'send'", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": ↓"sender", "category": "integrations", "inputs": [], "outputs": []}"#],
                     expected: [.marked(message("step.json", name: "sender", folder: "send"))]),
            .package("UI service 'popups' in folder 'popup'", files: ["uiServices/popup/uiService.json": #"{"name": ↓"popups", "label": "Popup", "places": ["APP"], "functions": []}"#],
                     expected: [.marked(message("uiService.json", name: "popups", folder: "popup"))]),
        ],
        nonTriggering: [
            .package("step 'send' in folder 'send'", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#]),
        ]
    )

    static func message(_ fileName: String, name: String, folder: String) -> String {
        "\(fileName) is named '\(name)' but its folder is '\(folder)'"
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        let kinds: [(type: String, folder: String, kind: DescriptorKind)] = [("flowStep", "flowSteps", .step), ("uiService", "uiServices", .uiService)]
        for (type, conventional, kind) in kinds {
            for folder in repository.components(type: type, conventionalFolder: conventional) {
                let path = PathName.join(folder, kind.fileName)
                guard let descriptor = repository.descriptor(path, kind: kind),
                      let name = descriptor.stepDescriptor?.name ?? descriptor.uiServiceDescriptor?.name else { continue }
                let folderName = PathName.lastComponent(folder)
                guard name.text != folderName else { continue }
                var fixIt: FixIt?
                if kind == .uiService || !Self.stepScript(in: folder, assigns: name.text, butNot: folderName, repository) {
                    fixIt = FixIt(message: "rename to '\(folderName)'", edits: [TextEdit(range: name.value.range, replacement: JSONOutput.string(folderName).rendered())])
                }
                context.report(Self.self, Self.message(kind.fileName, name: name.text, folder: folderName),
                               in: descriptor.source, range: name.value.range, pointer: name.pointer, fixIt: fixIt)
            }
        }
    }

    /// Whether the step's `step.js` defines `step.<name>` and not `step.<folder>`: renaming the
    /// step to its folder would then break the function the platform calls (step-function).
    static func stepScript(in folder: String, assigns name: String, butNot folderName: String, _ repository: PackageRepository) -> Bool {
        guard let script = repository.script(PathName.join(folder, "step.js")), script.result.isValid else { return false }
        let assigned = Set(ScriptQueries.memberAssignments(in: script.result.tree).compactMap { $0.path.count == 2 && $0.path[0] == "step" ? $0.path[1] : nil })
        return assigned.contains(name) && !assigned.contains(folderName)
    }
}
