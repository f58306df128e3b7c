import SlingrDiagnostics

/// Package code called a platform function the local runtime does not emulate.
public enum NotEmulatedRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "not-emulated",
        severity: .error,
        summary: "Package code called a platform function the local runtime does not emulate.",
        explanation: "The package called a platform function the local runtime does not emulate (for example sys.data.find: there is no app data locally). The call fails with 'not emulated: <name>' at the call's location. Move the call behind a library function that tests can replace, or check the behaviour in an app."
    )
}
