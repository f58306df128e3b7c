import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// `step.js` assigns the function the platform runs, `step.<name> = function (inputs) {...}`,
/// where the name is the step's.
struct StepFunctionRule: LintRule {
    static let description = RuleDescription(
        id: "step-function",
        severity: .warning,
        summary: "A step.js that does not assign step.<name> for its step.",
        explanation: "The platform runs step.<name>(inputs) for the step called <name>; any other assignment is never called. A warning, not an error: the package still installs, and a released package has a step.js of another name.",
        triggering: [
            .package("step.js assigns another name", files: [
                "flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                "flowSteps/send/step.js": "↓step.sendMail = function (inputs) { return {}; };\n"], expected: [.marked(otherName("sendMail", step: "send"))]),
            .package("step.js assigns nothing", files: [
                "flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                "flowSteps/send/step.js": "↓var send = function (inputs) { return {}; };\n"], expected: [.marked(never("send"))]),
        ],
        nonTriggering: [
            .package("step.send for the step 'send'", files: [
                "flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#,
                "flowSteps/send/step.js": "step.send = function (inputs) { return {}; };\n"]),
        ]
    )

    static func otherName(_ assigned: String, step name: String) -> String {
        "step.js assigns step.\(assigned), but the step is named '\(name)'; the platform calls step.\(name)"
    }
    static func never(_ name: String) -> String { "step.js never assigns step.\(name), the function the platform calls for step '\(name)'" }

    func check(_ context: LintContext) {
        let repository = context.repository
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            let path = PathName.join(folder, "step.js")
            guard let script = repository.script(path), script.result.isValid else { continue }
            let name = repository.descriptor(PathName.join(folder, "step.json"), kind: .step)?.stepDescriptor?.name?.text ?? PathName.lastComponent(folder)
            let assigned = ScriptQueries.memberAssignments(in: script.result.tree).filter { $0.path.count == 2 && $0.path[0] == "step" }
            if assigned.contains(where: { $0.path[1] == name }) { continue }
            if let other = assigned.first {
                context.report(Self.self, Self.otherName(other.path[1], step: name),
                               in: script.source, range: other.node.left.range)
            } else {
                context.report(Self.self, Self.never(name),
                               in: script.source, range: SourceRange(at: 0))
            }
        }
    }
}
