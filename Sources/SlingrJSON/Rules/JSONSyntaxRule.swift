import SlingrDiagnostics

/// Text that is not strict JSON (RFC 8259): the usual mistakes are named (trailing commas,
/// comments, single quotes, unquoted keys, control characters, bad escapes, invalid UTF-8,
/// leading zeros, `NaN`). Reported by `JSONParser` for every JSON file the tool reads.
public enum JSONSyntaxRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "json-syntax",
        severity: .error,
        summary: "The file is not valid JSON (trailing commas, comments, quotes, escapes, UTF-8, ...).",
        explanation: "The platform reads descriptors as strict JSON (RFC 8259); a file it cannot parse makes the whole package fail to install. Where one correction is certain (a trailing comma, an unquoted key, 'True' for 'true') lint --fix makes it; the other mistakes are only pointed at.",
        isFixable: true,
        triggering: [
            RuleExample("a trailing comma", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []↓,}"#],
                        expected: [.marked(trailingComma("}"))]),
            RuleExample("a comment", files: ["package.json": "{\n  ↓// the package\n  \"name\": \"a\", \"label\": \"A\", \"dependencies\": [], \"configuration\": [], \"events\": [], \"metadata\": []\n}\n"],
                        expected: [.marked(comment)]),
        ],
        nonTriggering: [
            RuleExample("strict JSON", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#]),
        ]
    )

    public static func trailingComma(_ closing: Character) -> String { "trailing comma before '\(closing)' is not allowed in JSON" }
    public static let comment = "comments are not allowed in JSON"
}
