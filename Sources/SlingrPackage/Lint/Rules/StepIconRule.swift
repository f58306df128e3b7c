import SlingrDiagnostics

/// A flow step's `icon.png` is a real PNG; its size is reported when it is not 18x18.
struct StepIconRule: LintRule {
    static let description = RuleDescription(
        id: "step-icon",
        severity: .error,
        summary: "A flow step icon.png that is not a PNG image.",
        rationale: "The flow editor shows icon.png; a file that is not a PNG (a JPEG renamed, an empty file) shows nothing.",
        triggering: [
            .package("a text file named icon.png", files: ["flowSteps/send/icon.png": "not an image"]),
        ],
        nonTriggering: [
            .package("an 18x18 PNG", files: ["flowSteps/send/icon.png": RuleExample.iconPNG]),
        ]
    )

    func check(_ context: LintContext) {
        StepIconSizeRule.inspectIcons(context) { path, header in
            if case .failure(let problem) = header {
                context.report(Self.description, "'\(path)' \(problem.description)", path: path)
            }
        }
    }
}

/// The documented icon size is 18x18 pixels; real packages drift (17x18, 16x11), so other sizes
/// are a warning with the actual size.
struct StepIconSizeRule: LintRule {
    static let description = RuleDescription(
        id: "step-icon-size",
        severity: .warning,
        summary: "A flow step icon.png that is not 18x18 pixels.",
        rationale: "The flow editor draws step icons at 18x18; other sizes are scaled and look blurred or squashed.",
        triggering: [
            .package("a 16x11 icon", files: ["flowSteps/send/icon.png": RuleExample.png(width: 16, height: 11)]),
        ],
        nonTriggering: [
            .package("an 18x18 icon", files: ["flowSteps/send/icon.png": RuleExample.iconPNG]),
        ]
    )

    func check(_ context: LintContext) {
        Self.inspectIcons(context) { path, header in
            if case .success(let size) = header, size.width != 18 || size.height != 18 {
                context.report(Self.description, "'\(path)' is \(size.width)x\(size.height) pixels; flow step icons are 18x18", path: path)
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
