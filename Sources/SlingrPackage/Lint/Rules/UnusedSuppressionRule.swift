import SlingrDiagnostics

/// A suppression comment that suppresses nothing, or names a rule that does not exist (as
/// ESLint's `--report-unused-disable-directives`): a stale suppression would silently hide the
/// next real finding.
enum UnusedSuppressionRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "unused-suppression",
        severity: .warning,
        summary: "A slingr-pkg-disable comment that suppresses nothing, or names a rule that does not exist.",
        explanation: "Suppression comments (// slingr-pkg-disable-next-line <rule>, /* slingr-pkg-disable <rule> */ ... /* slingr-pkg-enable <rule> */, // slingr-pkg-disable-line <rule>) hide findings of the named rules in package scripts. One that hides nothing is stale and would hide the next real problem unnoticed; one that names an unknown rule does nothing at all. lint --fix removes a comment whose every rule is unused.",
        isFixable: true,
        triggering: [
            .package("a suppression left after the problem was fixed", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) {\n    ↓// slingr-pkg-disable-next-line trigger-event\n    sys.events.triggerEvent('sample:webhook', data);\n};\n"],
                     expected: [.marked(unused("slingr-pkg-disable-next-line", rules: ["trigger-event"]))]),
            .package("a misspelt rule id", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) {\n    sys.events.triggerEvent('other:webhook', data); ↓// slingr-pkg-disable-line trigger-events\n};\n"],
                     expected: [.marked(unknownRule("trigger-events", in: "slingr-pkg-disable-line", suggestion: "trigger-event"))]),
        ],
        nonTriggering: [
            .package("a suppression that hides a finding", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) {\n    // slingr-pkg-disable-next-line trigger-event -- the other package declares it\n    sys.events.triggerEvent('other:webhook', data);\n};\n"]),
        ]
    )

    static func unused(_ directive: String, rules: [String]) -> String {
        rules.isEmpty ? "\(directive) suppresses nothing" : "\(directive) suppresses no finding of \(rules.map { "'\($0)'" }.joined(separator: ", "))"
    }

    static func unknownRule(_ rule: String, in directive: String, suggestion: String?) -> String {
        var message = "\(directive) names an unknown rule '\(rule)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    /// Removes the comment; when it is alone on its line, the whole line.
    static func removal(of range: SourceRange, in source: SourceFile) -> FixIt {
        let bytes = source.bytes
        var start = range.start
        var end = range.end
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        var lineEnd = end
        while lineEnd < bytes.count, bytes[lineEnd] == 0x20 || bytes[lineEnd] == 0x09 { lineEnd += 1 }
        let atLineStart = start == 0 || bytes[start - 1] == 0x0A
        let atLineEnd = lineEnd == bytes.count || bytes[lineEnd] == 0x0A || bytes[lineEnd] == 0x0D
        if atLineStart, atLineEnd {
            end = lineEnd
            if end < bytes.count, bytes[end] == 0x0D { end += 1 }
            if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        } else if atLineEnd {
            end = lineEnd
        } else {
            start = range.start
        }
        return FixIt(message: "remove the comment", edits: [TextEdit(range: SourceRange(start: start, end: end), replacement: "")])
    }
}
