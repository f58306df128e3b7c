/// The versions `new --http`, `new --oauth` and `add dependency` write when no registry or git
/// source says otherwise.
///
/// Defaults: `http` service `^v1.9.1`, `oauth` package `^v1.0.36`, the latest released
/// (non-pre-release) tags when this release was made, with `^` ("compatible version": any later
/// release with the same major number) so apps installing the package get fixes.
public struct DependencyVersions: Sendable, Hashable {
    /// Version requirement by dependency name.
    public var versions: [String: String]

    public init(versions: [String: String]) { self.versions = versions }

    public static let defaults = DependencyVersions(versions: ["http": "^v1.9.1", "oauth": "^v1.0.36"])

    /// Names of the platform services real packages depend on; anything else is a package.
    public static let knownServices = ["http", "ftp", "pdf"]

    public func version(for name: String) -> String? { versions[name] }
}

/// The version syntax of FORMAT.md 2.1: `vX.Y.Z`, optionally prefixed with `^` or `~`.
public enum DependencyVersionSyntax {
    public static func isValid(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "^" || rest.first == "~" { rest = rest.dropFirst() }
        guard rest.first == "v" else { return false }
        let numbers = rest.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        return numbers.count == 3 && numbers.allSatisfy(isNumber)
    }

    public static func validate(_ text: String) throws(ScaffoldError) {
        if isValid(text) { return }
        var message = "invalid version '\(text)': expected vX.Y.Z, optionally prefixed with '^' (compatible updates) or '~' (bug fixes)"
        if let suggestion = suggestion(for: text) { message += "; did you mean '\(suggestion)'?" }
        throw ScaffoldError(.invalidInput, message)
    }

    /// `1.2.3` → `v1.2.3`, `^1.2.3` → `^v1.2.3`, `v^1.2.3` → `^v1.2.3`.
    static func suggestion(for text: String) -> String? {
        var rest = Substring(text)
        var prefix = ""
        if rest.first == "v", let next = rest.dropFirst().first, next == "^" || next == "~" {
            prefix = String(next)
            rest = rest.dropFirst(2)
        } else if rest.first == "^" || rest.first == "~" {
            prefix = String(rest.removeFirst())
        }
        if rest.first == "v" || rest.first == "V" { rest = rest.dropFirst() }
        let candidate = prefix + "v" + rest
        return isValid(candidate) ? candidate : nil
    }

    private static func isNumber(_ part: Substring) -> Bool {
        !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } && (part == "0" || part.first != "0")
    }
}
