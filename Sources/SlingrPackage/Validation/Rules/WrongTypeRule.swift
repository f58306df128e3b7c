import SlingrDiagnostics

/// A value of the wrong JSON type: a string where an array is expected, a number for a name...
enum WrongTypeRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "wrong-type",
        severity: .error,
        summary: "A value has the wrong JSON type (a string where an array is expected, ...).",
        explanation: "The platform reads each key with one type; a value of another type is rejected when the package is installed, or silently ignored. The message names the type expected and the one found.",
        triggering: [
            .package("events as a string", events: #"↓"webhook""#, expected: [.marked(message("'events' of the package descriptor", expected: "an array", found: "string"))]),
        ],
        nonTriggering: [.package("a minimal valid package")]
    )

    /// `'events' of the package descriptor must be an array, not a string`.
    static func message(_ subject: String, expected: String, found typeName: String) -> String {
        "\(subject) must be \(expected), not \(article(typeName))"
    }
}
