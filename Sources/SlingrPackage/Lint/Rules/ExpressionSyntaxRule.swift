import SlingrDiagnostics
import SlingrScript

/// JavaScript syntax errors inside descriptor strings, located in the JSON file at the exact
/// character (through escapes such as `\"`).
struct ExpressionSyntaxRule: LintRule {
    static let description = RuleDescription(
        id: "expression-syntax",
        severity: .error,
        summary: "A required, visibility, value, action, oauth2 option or validation function that is not valid JavaScript.",
        explanation: "The builder evaluates these strings as JavaScript; one that does not parse breaks the configuration form. They are evaluated the way a script's completion value is computed, as the platform does: a final ';' or a statement (config.x + '.com';) is fine, and an empty or blank string means no value (real oauth2 options are \"\"). value and defaultValue are code only when they look like code (they quote a string or use config. or utils.); URLs, HTML and words are text.",
        triggering: [
            .package("an unbalanced parenthesis", configuration: #"[{"label": "A", "name": "a", "type": "text"}, {"label": "B", "name": "b", "type": "text", "visibility": "config.a && (config.a == 'x'↓"}]"#,
                     expected: [.marked(message("visibility", "Unexpected end of input"))]),
            .package("a button action with a stray brace", configuration: #"[{"label": "Go", "name": "go", "type": "button", "typeOptions": {"action": "if (!config.a) { config.a = 1; }↓}"}}]"#,
                     expected: [.marked(message("action", "Unexpected token '}'"))]),
        ],
        nonTriggering: [
            .package("@config references and utilities", configuration: #"[{"label": "A", "name": "a", "type": "text"}, {"label": "B", "name": "b", "type": "text", "visibility": "@config.a == 'x' || utils.isPlaceholder(config.a)"}]"#),
            .package("plain text and URLs in value are not code", configuration: #"[{"label": "Docs", "name": "docs", "type": "label", "value": "https://example.com/docs"}, {"label": "Note", "name": "note", "type": "info", "value": "Read <b>this</b> first."}]"#),
            .package("a value ending with ';' and an empty oauth2 option, as published packages have them", configuration: #"[{"label": "Domain", "name": "domain", "type": "text"}, {"label": "API URL", "name": "apiUrl", "type": "label", "value": ""https://" + config.domain + ".example.com";"}, {"label": "Sign in", "name": "oauth", "type": "oauth2", "typeOptions": {"clientId": "config.domain", "authUrl": "'https://example.com/auth'", "scope": ""}}]"#),
        ]
    )

    static func message(_ key: String, _ syntaxError: String) -> String { "\(key) is not valid JavaScript: \(syntaxError)" }

    func check(_ context: LintContext) {
        for site in context.expressionSites {
            for error in site.errors {
                let range = site.sourceRange(SourceRange(at: error.offset))
                context.report(Self.self, Self.message(site.key, error.message), in: site.descriptor.source, range: range, pointer: site.pointer)
            }
        }
    }
}
