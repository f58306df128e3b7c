import SlingrDiagnostics

/// An expression evaluated for its effect; also holds directive prologues.
/// ESTree `ExpressionStatement`.
public final class ExpressionStatement: SyntaxNode {
    public let range: SourceRange
    public let expression: Expression
    /// The directive text (the raw string without quotes), when this statement is part of a directive prologue such as `"use strict"`.
    public let directive: String?

    public init(expression: Expression, directive: String? = nil, range: SourceRange) {
        self.expression = expression
        self.directive = directive
        self.range = range
    }

    public var estreeType: String { "ExpressionStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(expression, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        var fields: [(String, ESTreeValue)] = [("expression", dumper.json(expression))]
        if let directive { fields.append(("directive", .string(directive))) }
        return fields
    }
}
