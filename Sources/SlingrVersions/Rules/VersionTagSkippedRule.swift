import SlingrDiagnostics

/// A tag of a version source that is not a version (`develop`, `v.0.0.5`); shown with `--verbose`.
public enum VersionTagSkippedRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "version-tag-skipped",
        severity: .note,
        summary: "A tag of a version source that is not a version, such as 'develop' or 'v.0.0.5'.",
        explanation: "Only tags of the form vX.Y.Z (with an optional pre-release or build suffix) are releases; other tags are skipped and listed with --verbose so a mistyped release tag can be found."
    )

    public static func message(tag: String, name: String, reason: String) -> String { "skipped tag '\(tag)' of '\(name)': \(reason)" }
}
