import SlingrDiagnostics

/// Any function: declaration, expression, arrow, method, accessor or class constructor.
/// ESTree `FunctionDeclaration`, `FunctionExpression` or `ArrowFunctionExpression` by `kind`.
///
/// One class for all of them because they are created, called and scoped the same way; `kind`
/// says what differs (constructibility, `this` binding, `prototype` property).
public final class FunctionNode: SyntaxNode {
    /// How the function was written.
    public enum Kind: String, Sendable, CaseIterable {
        case declaration, expression, arrow
        /// A method in an object literal or class (`f() {}`), not constructible.
        case method
        case getter, setter
        /// The `constructor` method of a class.
        case classConstructor
    }

    public let range: SourceRange
    public let kind: Kind
    /// The name (declarations and named function expressions); nil otherwise.
    public let id: Identifier?
    public let params: [Pattern]
    public let body: FunctionBody
    public let isAsync: Bool
    public let isGenerator: Bool
    /// Strict mode applies to the body: inherited, from its own `"use strict"`, or class code.
    public let isStrict: Bool

    public init(
        kind: Kind, id: Identifier?, params: [Pattern], body: FunctionBody,
        isAsync: Bool, isGenerator: Bool, isStrict: Bool, range: SourceRange
    ) {
        self.kind = kind
        self.id = id
        self.params = params
        self.body = body
        self.isAsync = isAsync
        self.isGenerator = isGenerator
        self.isStrict = isStrict
        self.range = range
    }

    /// True for concise arrow bodies (`x => x + 1`).
    public var isExpressionBody: Bool {
        if case .expression = body { return true }
        return false
    }

    /// True when every parameter is a plain identifier (no defaults, patterns or rest), which
    /// decides whether `arguments` is mapped to the parameters in sloppy mode.
    public var hasSimpleParameterList: Bool {
        params.allSatisfy { if case .identifier = $0 { return true } else { return false } }
    }

    public var estreeType: String {
        switch kind {
        case .declaration: return "FunctionDeclaration"
        case .arrow: return "ArrowFunctionExpression"
        default: return "FunctionExpression"
        }
    }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(id, visit)
        visitChildren(params, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("id", dumper.json(id)),
            ("expression", .bool(isExpressionBody)),
            ("generator", .bool(isGenerator)),
            ("async", .bool(isAsync)),
            ("params", dumper.json(params)),
            ("body", dumper.json(body)),
        ]
    }
}
