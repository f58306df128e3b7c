import SlingrDiagnostics

/// Package code sent an HTTP request that no reply of the replies file answers.
public enum HTTPNoReplyRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "http-no-reply",
        severity: .error,
        summary: "Package code sent an HTTP request that no reply of the replies file answers.",
        explanation: "The package sent an HTTP request that no reply in the replies file (--http) or of the test answers. Local runs never reach the network; the report prints the request and a reply entry to paste into the replies file, or record real replies once with --record."
    )
}
