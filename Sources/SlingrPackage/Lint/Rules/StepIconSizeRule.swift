import SlingrDiagnostics

/// The documented icon size is 18x18 pixels; real packages drift (17x18, 16x11), so other sizes
/// are a warning with the actual size.
struct StepIconSizeRule: LintRule {
    static let description = RuleDescription(
        id: "step-icon-size",
        severity: .warning,
        summary: "A flow step icon.png that is not 18x18 pixels.",
        explanation: "The flow editor draws step icons at 18x18; other sizes are scaled and look blurred or squashed.",
        triggering: [
            .package("a 16x11 icon", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#, "flowSteps/send/icon.png": RuleExample.png(width: 16, height: 11)],
                     expected: [.file("flowSteps/send/icon.png", message("flowSteps/send/icon.png", width: 16, height: 11))]),
        ],
        nonTriggering: [
            .package("an 18x18 icon", files: ["flowSteps/send/step.json": #"{"label": "Send", "name": "send", "category": "integrations", "inputs": [], "outputs": []}"#, "flowSteps/send/icon.png": RuleExample.iconPNG]),
        ]
    )

    static func message(_ path: String, width: Int, height: Int) -> String { "'\(path)' is \(width)x\(height) pixels; flow step icons are 18x18" }

    func check(_ context: LintContext) {
        Self.inspectIcons(context) { path, header in
            if case .success(let size) = header, size.width != 18 || size.height != 18 {
                context.report(Self.self, Self.message(path, width: size.width, height: size.height), path: path)
            }
        }
    }

    /// Reads the header of every step icon that exists.
    static func inspectIcons(_ context: LintContext, _ body: (String, Result<PNGHeader, PNGHeader.Problem>) -> Void) {
        let repository = context.repository
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            let path = PathName.join(folder, "icon.png")
            guard repository.kind(path) == .file, let source = repository.source(path) else { continue }
            body(path, PNGHeader.read(source.bytes))
        }
    }
}
