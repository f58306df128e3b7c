import SlingrDiagnostics

/// A flow step returned outputs its step.json does not declare, or left out declared ones.
public enum StepOutputRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "step-output",
        severity: .warning,
        summary: "A flow step returned outputs its step.json does not declare, or left out declared ones.",
        explanation: "A flow step returned members that its step.json does not declare under 'outputs' (the flow editor will not offer them), left out a declared output, or returned something other than an object while outputs are declared."
    )
}
