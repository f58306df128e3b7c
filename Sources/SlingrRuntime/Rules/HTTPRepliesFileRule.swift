import SlingrDiagnostics

/// A replies file (`--http`) whose entries are not `{request, response}` objects.
public enum HTTPRepliesFileRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "http-replies-file",
        severity: .error,
        summary: "An HTTP replies file (--http) whose entries cannot be read.",
        explanation: "Local runs answer HTTP requests from a replies file: a JSON array (or {\"replies\": [...]}) of entries that match a method, a URL pattern and optionally a body, and give a status, headers and a body. An entry that cannot be read answers nothing, so the request it was meant for fails as unanswered."
    )
}
