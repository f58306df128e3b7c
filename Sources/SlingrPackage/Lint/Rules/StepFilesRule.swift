import SlingrDiagnostics

/// Every flow step folder has `step.json`, `step.js` and `icon.png`.
struct StepFilesRule: LintRule {
    static let requiredFiles = ["step.json", "step.js", "icon.png"]

    static let description = RuleDescription(
        id: "step-files",
        severity: .error,
        summary: "A flow step folder without step.json, step.js or icon.png.",
        explanation: "The platform needs all three files to register a flow step.",
        triggering: [
            .package("a step without its icon", metadata: #"[{"type": "flowStep", "namespace": "send", "path": "/flowSteps/send"}]"#,
                     files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                             "flowSteps/send/step.js": "step.send = function (inputs) { return {}; };\n"],
                     expected: [.file("flowSteps/send/icon.png", message(step: "send", file: "icon.png", path: "flowSteps/send/icon.png"))]),
        ],
        nonTriggering: [
            .package("a step with all three files", metadata: #"[{"type": "flowStep", "namespace": "send", "path": "/flowSteps/send"}]"#,
                     files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                             "flowSteps/send/step.js": "step.send = function (inputs) { return {}; };\n",
                             "flowSteps/send/icon.png": RuleExample.iconPNG]),
        ]
    )

    static func message(step: String, file: String, path: String) -> String { "flow step '\(step)' has no \(file) ('\(path)' is missing)" }

    func check(_ context: LintContext) {
        let repository = context.repository
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            for file in Self.requiredFiles {
                let path = PathName.join(folder, file)
                // Something that exists but cannot be read is reported as unreadable, not missing.
                let kind = repository.kind(path)
                if kind == nil || kind == .directory {
                    context.report(Self.self, Self.message(step: PathName.lastComponent(folder), file: file, path: path), path: path)
                }
            }
        }
    }
}
