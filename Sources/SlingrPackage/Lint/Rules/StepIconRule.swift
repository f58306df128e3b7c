import SlingrDiagnostics

/// A flow step's `icon.png` is a real PNG; its size is reported when it is not 18x18.
struct StepIconRule: LintRule {
    static let description = RuleDescription(
        id: "step-icon",
        severity: .error,
        summary: "A flow step icon.png that is not a PNG image.",
        explanation: "The flow editor shows icon.png; a file that is not a PNG (a JPEG renamed, an empty file) shows nothing.",
        triggering: [
            .package("a text file named icon.png", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#, "flowSteps/send/icon.png": "not an image"],
                     expected: [.file("flowSteps/send/icon.png", message("flowSteps/send/icon.png", problem: "is not a PNG image (the PNG signature is missing)"))]),
        ],
        nonTriggering: [
            .package("an 18x18 PNG", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#, "flowSteps/send/icon.png": RuleExample.iconPNG]),
        ]
    )

    static func message(_ path: String, problem: String) -> String { "'\(path)' \(problem)" }

    func check(_ context: LintContext) {
        StepIconSizeRule.inspectIcons(context) { path, header in
            if case .failure(let problem) = header {
                context.report(Self.self, Self.message(path, problem: problem.description), path: path)
            }
        }
    }
}
