import SlingrDiagnostics

/// A values file (`preview --values`, `configure --output`) that is not a JSON object of field
/// values.
enum ValuesFileRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "values-file",
        severity: .error,
        summary: "A values file that is not a JSON object of field names and values.",
        explanation: "preview, configure and run read configuration values from a JSON object whose keys are field names (groups as nested objects), as the app builder stores them. Anything else cannot be used."
    )

    static func notAnObject(_ typeName: String) -> String { "a values file must hold a JSON object of field names, not \(article(typeName))" }
}
