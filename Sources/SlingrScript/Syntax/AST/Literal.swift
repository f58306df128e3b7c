import SlingrDiagnostics

/// `null`, `true`, `1.5`, `"text"`, `10n` or `/pattern/flags`.
/// ESTree `Literal` (the `raw` text is the source slice of `range`).
public final class Literal: SyntaxNode {
    public let range: SourceRange
    public let value: LiteralValue
    /// For a string whose value contains unpaired surrogates (`"\uD800"`), the exact UTF-16 code
    /// units; Swift `String` cannot hold them, so `value` then has U+FFFD in their place.
    /// Nil for every other literal.
    public let codeUnits: [UInt16]?

    public init(value: LiteralValue, codeUnits: [UInt16]? = nil, range: SourceRange) {
        self.value = value
        self.codeUnits = codeUnits
        self.range = range
    }

    public var estreeType: String { "Literal" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        var fields: [(String, ESTreeValue)]
        switch value {
        case .null: fields = [("value", .null)]
        case .boolean(let flag): fields = [("value", .bool(flag))]
        case .number(let number): fields = [("value", ESTreeDumper.number(number))]
        case .string(let string): fields = [("value", .string(string))]
        case .bigint(let digits): fields = [("value", .string(digits)), ("bigint", .string(digits))]
        case .regex(let regex):
            // ESTree keeps the flags as written (`/a/gi` and `/a/ig` differ); the source has them.
            var flags = regex.flags.description
            if let raw = dumper.text(of: range), let slash = raw.lastIndex(of: "/") {
                flags = String(raw[raw.index(after: slash)...])
            }
            fields = [
                ("value", .object([])),
                ("regex", .object([("pattern", .string(regex.pattern)), ("flags", .string(flags))])),
            ]
        }
        if let raw = dumper.text(of: range) { fields.append(("raw", .string(raw))) }
        return fields
    }
}

/// The value of a `Literal`.
public enum LiteralValue: Sendable {
    case null
    case boolean(Bool)
    case number(Double)
    /// The decoded string (escapes resolved). See `Literal.codeUnits` for unpaired surrogates.
    case string(String)
    /// A BigInt literal as decimal digits without the `n` (`0x10n` gives `"16"`), like acorn's
    /// `bigint` field.
    case bigint(String)
    /// Boxed: the pattern tree is large and rare, and inline it would make every literal (a
    /// number in a long chain, say) several words bigger.
    indirect case regex(RegExpLiteral)
}

/// A regular-expression literal: its source text, flags and parsed pattern tree.
public struct RegExpLiteral: Sendable {
    /// The text between the slashes, as written.
    public let pattern: String
    public let flags: RegExpFlags
    /// The pattern parsed under `flags` (validated at parse time, as V8 does).
    public let tree: RegExpPattern

    public init(pattern: String, flags: RegExpFlags, tree: RegExpPattern) {
        self.pattern = pattern
        self.flags = flags
        self.tree = tree
    }
}
