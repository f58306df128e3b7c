import SlingrVersions

/// The string constraints descriptors share, each with the rule that reports a string that
/// breaks it. `Identifier.isValid` and `VersionScanner` are the checks; these are the same
/// constraints written as regular expressions, and tests keep them in agreement.
public enum ShapePatterns {
    /// A name used after a dot in scripts (`config.<name>`, `step.<name>`).
    public static let identifier = TextPattern(expression: "^[A-Za-z_$][A-Za-z0-9_$]*$", meaning: "letters, digits, '_' and '$', not starting with a digit",
                                               ruleId: InvalidNameRule.description.id)
    /// A package name: a letter, then letters, digits, '-' or '_' (the last two are drift).
    public static let packageName = TextPattern(expression: "^[A-Za-z][A-Za-z0-9_-]*$", meaning: "a letter, then letters and digits",
                                                ruleId: InvalidNameRule.description.id)
    /// A path from the repository root.
    public static let repositoryPath = TextPattern(expression: "^/", meaning: "a path starting with '/'", ruleId: InvalidValueRule.description.id)
    /// A dependency version requirement.
    public static let versionRequirement = TextPattern(expression: VersionRequirement.pattern, meaning: "'vX.Y.Z', '^vX.Y.Z' or '~vX.Y.Z'",
                                                       ruleId: VersionSyntaxRule.description.id)
    /// Any string but the empty one.
    public static let nonEmpty = TextPattern(expression: "[\\s\\S]", meaning: "a non-empty string", ruleId: SettingsFileRule.description.id)
}
