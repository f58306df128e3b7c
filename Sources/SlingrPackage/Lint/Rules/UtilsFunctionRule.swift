import SlingrDiagnostics
import SlingrScript

/// Expressions may call the builder's `utils` functions; any other name is undefined there.
struct UtilsFunctionRule: LintRule {
    /// What the builder provides: both spellings of isPlaceholder (the docs write
    /// isPlaceHolder, real packages isPlaceholder) and getInteger.
    static let known = ["isPlaceholder", "isPlaceHolder", "getInteger"]

    static let description = RuleDescription(
        id: "utils-function",
        severity: .warning,
        summary: "An expression uses utils.<name> for a function the builder does not provide.",
        explanation: "utils offers isPlaceholder (also spelt isPlaceHolder) and getInteger; calling anything else throws a TypeError in the builder.",
        triggering: [
            .package("utils.isPlaceholdr", configuration: #"[{"label": "A", "name": "a", "type": "text", "required": "!↓utils.isPlaceholdr(config.a)"}]"#,
                     expected: [.marked(message("isPlaceholdr"))]),
        ],
        nonTriggering: [
            .package("both spellings and getInteger", configuration: #"[{"label": "A", "name": "a", "type": "text", "required": "utils.isPlaceHolder(config.a) || utils.isPlaceholder(config.a) || utils.getInteger(config.a) > 0"}]"#),
        ]
    )

    static func message(_ name: String) -> String {
        var message = "utils.\(name) is not a builder utility; known: \(known.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: name, in: known) { message += "; did you mean 'utils.\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        for site in context.expressionSites where site.errors.isEmpty {
            guard let root = site.root else { continue }
            ScriptQueries.forEachMemberPath(in: root) { path, nodes in
                guard path[0] == "utils", !Self.known.contains(path[1]) else { return }
                context.report(Self.self, Self.message(path[1]), in: site.descriptor.source, range: site.sourceRange(nodes[0].range), pointer: site.pointer)
            }
        }
    }
}
