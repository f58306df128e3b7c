import SlingrDiagnostics

/// A file of the version cache that cannot be read back; it is ignored and the source asked
/// again (or, offline, the source counts as unavailable).
public enum CacheCorruptRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "cache-corrupt",
        severity: .warning,
        summary: "A file in the tag cache that cannot be read back (bad JSON, another format, another location).",
        explanation: "Tag lists of git sources are cached under $XDG_CACHE_HOME/slingr-pkg so that resolve runs again without the network. A cache file that was truncated, edited or written by another version is ignored, never trusted; --refresh rewrites it."
    )
}
