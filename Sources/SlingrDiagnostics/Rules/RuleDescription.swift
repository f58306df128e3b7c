/// Everything the tool knows about one rule id: its default severity, whether `lint --fix`
/// repairs it, what it means and examples that are both its documentation and its tests.
///
/// Every id any command can emit has exactly one description, declared next to the code that
/// reports it (see `RuleDeclaration`) and gathered in one catalogue, which `rules`, SARIF,
/// `.slingr-pkg.json` and the editor integrations all read.
public struct RuleDescription: Sendable {
    /// Kebab-case, stable across releases (`unknown-field-type`).
    public var id: String
    /// The severity findings get unless the configuration changes it.
    public var severity: Severity
    /// One line for lists.
    public var summary: String
    /// A paragraph: why it matters, what the platform does, what to do about it.
    public var explanation: String
    /// Whether findings of this rule may carry a fix that `lint --fix` applies. Rules that only
    /// suggest (a did-you-mean with several candidates) are not fixable.
    public var isFixable: Bool
    /// Examples in which the rule reports, with markers for where each finding points.
    public var triggering: [RuleExample]
    /// Examples in which it stays quiet.
    public var nonTriggering: [RuleExample]

    public init(id: String, severity: Severity, summary: String, explanation: String, isFixable: Bool = false,
                triggering: [RuleExample] = [], nonTriggering: [RuleExample] = []) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.isFixable = isFixable
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// A finding of this rule under its default severity.
    public func diagnostic(_ message: String, file: String? = nil, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(ruleId: id, severity: severity, message: message, file: file, notes: notes)
    }

    /// A finding of this rule at a byte range of `source`.
    public func diagnostic(_ message: String, in source: SourceFile, range: SourceRange, pointer: String? = nil,
                           notes: [Diagnostic.Note] = [], fixIt: FixIt? = nil) -> Diagnostic {
        Diagnostic(ruleId: id, severity: severity, message: message, in: source, range: range, pointer: pointer,
                   notes: notes, fixIt: fixIt)
    }

    /// Whether `id` is lower-case words joined by single dashes, as every rule id must be.
    public static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A type that declares one rule: the file that reports the rule's findings declares it, so the
/// description, the message factories and the reporting code stay side by side.
public protocol RuleDeclaration {
    static var description: RuleDescription { get }
}
