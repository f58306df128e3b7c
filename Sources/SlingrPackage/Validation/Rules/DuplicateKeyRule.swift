import SlingrDiagnostics

/// The same key twice in one JSON object. JSON readers keep one of the values (most the last),
/// silently; the other is lost.
enum DuplicateKeyRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "duplicate-key",
        severity: .error,
        summary: "The same key appears twice in one JSON object; one of the values is silently lost.",
        explanation: "JSON readers keep one of the two values, usually the last, without a word, so one of them never takes effect. Remove or merge one of the two members; the finding points at the later one and a note at the first.",
        triggering: [
            .package("'label' twice", label: #""A", ↓"label": "B""#, expected: [.marked(message("label"))]),
        ],
        nonTriggering: [.package("a minimal valid package")]
    )

    static func message(_ key: String) -> String { "duplicate key '\(key)'; only the last value is kept" }
}
