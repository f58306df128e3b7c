import SlingrDiagnostics

/// Package code run locally threw an exception nothing caught.
public enum UncaughtExceptionRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "uncaught-exception",
        severity: .error,
        summary: "Package code run locally threw an exception nothing caught.",
        explanation: "The step, function, listener or test threw an exception that nothing caught (or ran out of its step budget). The report shows it at the innermost position in the package's files with the JavaScript stack, innermost frame first."
    )
}
