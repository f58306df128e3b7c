import SlingrDiagnostics

/// Code that was evaluated threw, or ran into a sandbox limit: an `eval` expression, a
/// configuration builder run by `preview --build`, a button action run by `preview --press`.
public enum ScriptErrorRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "script-error",
        severity: .error,
        summary: "Evaluated JavaScript threw an exception or ran into a sandbox limit.",
        explanation: "The expression, action or builder fails where the platform runs it: the app builder shows an error, or the configuration is never built. The message is the exception as JavaScript prints it (TypeError: ...), or the limit that stopped it (steps, call depth, memory, time), located at the code that failed."
    )
}
