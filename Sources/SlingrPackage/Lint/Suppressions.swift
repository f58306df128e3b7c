import SlingrDiagnostics
import SlingrScript

/// Suppression comments in a package script, ESLint-style:
///
/// ```js
/// // slingr-pkg-disable-next-line config-reference, trigger-event -- why
/// sys.events.triggerEvent('other:event');        // slingr-pkg-disable-line trigger-event
/// /* slingr-pkg-disable script-exports */ ... /* slingr-pkg-enable script-exports */
/// ```
///
/// Without rule ids a directive covers every rule. Text after ` -- ` is a comment. Each
/// directive remembers whether it suppressed anything, so one that suppresses nothing (or names
/// a rule that does not exist) can be reported, like ESLint's unused disable directives.
struct Suppressions {
    struct Directive {
        enum Kind: String {
            case disable = "slingr-pkg-disable"
            case enable = "slingr-pkg-enable"
            case disableLine = "slingr-pkg-disable-line"
            case disableNextLine = "slingr-pkg-disable-next-line"
        }

        var kind: Kind
        /// Empty for every rule.
        var rules: [String]
        /// The comment's range, and the line of its start and end.
        var range: SourceRange
        var line: Int
        var endLine: Int
        /// Rules (or `*` for all) this directive suppressed a finding of.
        var used: Set<String> = []

        func covers(_ ruleId: String) -> Bool { rules.isEmpty || rules.contains(ruleId) }
    }

    var source: SourceFile
    var directives: [Directive]

    /// The directives of a parsed script's comments.
    init(_ script: ParsedScript) {
        source = script.source
        directives = []
        for range in script.result.comments {
            guard let directive = Self.directive(in: script.source, range: range) else { continue }
            directives.append(directive)
        }
    }

    /// A directive when the comment holds one.
    static func directive(in source: SourceFile, range: SourceRange) -> Directive? {
        var text = String(decoding: source.bytes[range.start..<range.end], as: UTF8.self)
        if text.hasPrefix("//") { text.removeFirst(2) } else if text.hasPrefix("/*") {
            text.removeFirst(2)
            if text.hasSuffix("*/") { text.removeLast(2) }
        } else {
            return nil
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "*" }).map(String.init)
        guard let first = words.first, let kind = Directive.Kind(rawValue: first) else { return nil }
        // Rule ids up to ` -- `, which starts the reason.
        let ruleWords = words.dropFirst().prefix { $0 != "--" }
        let rules = ruleWords.joined(separator: " ").split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        return Directive(kind: kind, rules: rules, range: range, line: source.location(of: range.start).line,
                         endLine: source.location(of: max(range.start, range.end - 1)).line)
    }

    /// Whether a finding of `ruleId` at `line` is suppressed; marks the directive that does it.
    mutating func suppresses(_ ruleId: String, atLine line: Int) -> Bool {
        var disabledBy: Int?
        for index in directives.indices {
            let directive = directives[index]
            switch directive.kind {
            case .disableLine where directive.line == line && directive.covers(ruleId),
                 .disableNextLine where directive.endLine + 1 == line && directive.covers(ruleId):
                directives[index].used.insert(ruleId)
                return true
            case .disable where directive.line <= line && directive.covers(ruleId):
                disabledBy = index
            case .enable where directive.line <= line && directive.covers(ruleId):
                disabledBy = nil
            default:
                break
            }
        }
        guard let disabledBy else { return false }
        directives[disabledBy].used.insert(ruleId)
        return true
    }

    /// Directives that suppressed nothing, and rule ids that name no rule, as findings. A rule
    /// that is off here (`isOff`) is not counted against its directive: turning a rule off for
    /// one run must not make `--fix` delete its suppressions.
    func unused(knownRules: Set<String>, isOff: (String) -> Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for directive in directives where directive.kind != .enable {
            let fix = UnusedSuppressionRule.removal(of: directive.range, in: source)
            for rule in directive.rules where !knownRules.contains(rule) {
                found.append(UnusedSuppressionRule.description.diagnostic(
                    UnusedSuppressionRule.unknownRule(rule, in: directive.kind.rawValue, suggestion: Suggestion.closest(to: rule, in: knownRules.sorted())),
                    in: source, range: directive.range))
            }
            let known = directive.rules.filter { knownRules.contains($0) && !isOff($0) }
            if directive.rules.isEmpty, directive.used.isEmpty {
                found.append(UnusedSuppressionRule.description.diagnostic(UnusedSuppressionRule.unused(directive.kind.rawValue, rules: []),
                                                                          in: source, range: directive.range, fixIt: fix))
            } else {
                let idle = known.filter { !directive.used.contains($0) }
                guard !idle.isEmpty else { continue }
                let removable = idle.count == directive.rules.count && directive.rules.allSatisfy(knownRules.contains)
                found.append(UnusedSuppressionRule.description.diagnostic(UnusedSuppressionRule.unused(directive.kind.rawValue, rules: idle),
                                                                          in: source, range: directive.range, fixIt: removable ? fix : nil))
            }
        }
        return found
    }
}
