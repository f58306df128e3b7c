import SlingrDiagnostics
import SlingrJSON

/// The `name` in `step.json` or `uiService.json` equals its folder: the platform finds steps and
/// UI services by folder, and scripts call them by name.
struct ComponentNameRule: LintRule {
    static let description = RuleDescription(
        id: "component-name",
        severity: .error,
        summary: "A step.json or uiService.json whose name differs from its folder.",
        rationale: "Steps and UI services are found by folder and called by name; every real package keeps the two equal.",
        triggering: [
            .package("step 'sender' in folder 'send'", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "sender", "category": "integrations", "inputs": [], "outputs": []}"#]),
            .package("UI service 'popups' in folder 'popup'", files: ["uiServices/popup/uiService.json": #"{"name": "popups", "label": "Popup", "places": ["APP"], "functions": []}"#]),
        ],
        nonTriggering: [
            .package("step 'send' in folder 'send'", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#]),
        ]
    )

    func check(_ context: LintContext) {
        let repository = context.repository
        let kinds: [(type: String, folder: String, kind: DescriptorKind)] = [("flowStep", "flowSteps", .step), ("uiService", "uiServices", .uiService)]
        for (type, conventional, kind) in kinds {
            for folder in repository.components(type: type, conventionalFolder: conventional) {
                let path = PathName.join(folder, kind.fileName)
                guard let descriptor = repository.descriptor(path, kind: kind),
                      let name = descriptor.stepDescriptor?.name ?? descriptor.uiServiceDescriptor?.name else { continue }
                let folderName = PathName.lastComponent(folder)
                if name.text != folderName {
                    context.report(Self.description, "\(kind.fileName) is named '\(name.text)' but its folder is '\(folderName)'",
                                   in: descriptor.source, range: name.value.range, pointer: name.pointer,
                                   fixIt: FixIt(message: "rename to '\(folderName)'", edits: [TextEdit(range: name.value.range, replacement: "\"\(folderName)\"")]))
                }
            }
        }
    }
}
