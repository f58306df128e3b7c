import SlingrDiagnostics
import SlingrJSON

/// Why a version or requirement text is malformed, where, and how to write it instead.
///
/// `message` is compiler style and self-contained, e.g. ``malformed version 'v^1.2.0'; the prefix
/// goes before the 'v': '^v1.2.0'``. `range` is in UTF-8 bytes of `text` and covers the first
/// problem; `suggestion` is the whole corrected text, present only when the intent is clear.
public struct VersionSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Rule id for diagnostics made from these errors.
    public static let ruleId = VersionSyntaxRule.description.id

    public var text: String
    public var message: String
    /// Each problem found, as a phrase (`the prefix goes before the 'v'`), in text order.
    public var reasons: [String]
    /// Byte offsets into `text` of the first problem.
    public var range: Range<Int>
    /// The corrected text, when there is exactly one sensible correction.
    public var suggestion: String?

    public init(text: String, reasons: [String], range: Range<Int>, suggestion: String?) {
        self.text = text
        self.reasons = reasons
        self.range = range
        self.suggestion = suggestion
        var message = "malformed version '\(text)'"
        if !reasons.isEmpty { message += "; " + reasons.joined(separator: "; ") }
        if let suggestion { message += ": '\(suggestion)'" }
        self.message = message
    }

    public var description: String { message }

    /// `true` when the suggestion only moves, adds or removes prefixes, the `v`, spaces and
    /// stray dots, keeping every number: safe to apply as a fix-it. A suggestion that invents
    /// numbers (`1.2` to `v1.2.0`, `v1.x` to `^v1.0.0`) or changes meaning (`>=v1`) is left
    /// in the message for a person to judge.
    public var suggestionIsMechanical: Bool {
        guard let suggestion else { return false }
        return Self.numbers(in: suggestion) == Self.numbers(in: text) && Self.operators(in: suggestion) == Self.operators(in: text).filter { $0 == "^" || $0 == "~" }
    }

    /// The digit runs as numbers (`v01.2.3-rc.4` gives 1, 2, 3, 4).
    private static func numbers(in text: String) -> [Int] {
        text.split { !$0.isASCII || !$0.isNumber }.map { Int($0) ?? -1 }
    }

    private static func operators(in text: String) -> [Character] {
        text.filter { "^~<>=!".contains($0) }.map { $0 }
    }

    /// A located diagnostic for a requirement that came from a JSON string value of `source`:
    /// the range points at the problem inside the string (escapes accounted for) and, when the
    /// suggestion is mechanical, a fix-it replaces the whole string literal with it.
    public func diagnostic(
        in source: SourceFile,
        stringValue: JSONValue,
        pointer: String?,
        ruleId: String = VersionSyntaxError.ruleId,
        severity: Severity = .error
    ) -> Diagnostic {
        let map = JSONStringMap(source: source, range: stringValue.range)
        let located = map.sourceRange(SourceRange(start: range.lowerBound, end: range.upperBound))
        let fixIt = (suggestionIsMechanical ? suggestion : nil).map { corrected in
            FixIt(
                message: "replace with '\(corrected)'",
                edits: [TextEdit(range: stringValue.range, replacement: JSONOutput.string(corrected).rendered(indent: 0))]
            )
        }
        return Diagnostic(
            ruleId: ruleId, severity: severity, message: message,
            in: source, range: located, pointer: pointer, fixIt: fixIt
        )
    }
}
