import SlingrDiagnostics

/// A text part of a template literal; `range` covers the text between the delimiters
/// (`` ` ``, `${`, `}`), as in acorn.
/// ESTree `TemplateElement`.
public final class TemplateElement: SyntaxNode {
    public let range: SourceRange
    /// The text as written, with `\r\n` and `\r` normalised to `\n` (`String.raw`).
    public let raw: String
    /// The text with escapes resolved; nil in a tagged template when an escape is invalid
    /// (`` tag`\unicode` ``), as the specification requires.
    public let cooked: String?
    /// Exact UTF-16 code units of `cooked` when it contains unpaired surrogates; otherwise nil.
    public let cookedCodeUnits: [UInt16]?
    /// True for the last element.
    public let isTail: Bool

    public init(raw: String, cooked: String?, cookedCodeUnits: [UInt16]? = nil, isTail: Bool, range: SourceRange) {
        self.raw = raw
        self.cooked = cooked
        self.cookedCodeUnits = cookedCodeUnits
        self.isTail = isTail
        self.range = range
    }

    public var estreeType: String { "TemplateElement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("value", .object([("raw", .string(raw)), ("cooked", .optional(cooked))])),
            ("tail", .bool(isTail)),
        ]
    }
}
