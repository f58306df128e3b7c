import SlingrDiagnostics

/// The root of a parsed script or statement list.
/// ESTree `Program`.
public final class Program: SyntaxNode {
    public let range: SourceRange
    /// Top-level statements in source order.
    public let body: [Statement]
    /// Whether the code starts with a `"use strict"` directive.
    public let isStrict: Bool

    public init(body: [Statement], isStrict: Bool, range: SourceRange) {
        self.body = body
        self.isStrict = isStrict
        self.range = range
    }

    public var estreeType: String { "Program" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("body", dumper.json(body)),
            ("sourceType", .string("script")),
        ]
    }
}
