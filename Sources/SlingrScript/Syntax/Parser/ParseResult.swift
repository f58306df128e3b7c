import SlingrDiagnostics

/// What a parse produced: the tree (partial when there were errors; statements that failed
/// are left out) and every syntax error found, in source order.
public struct ParseResult<Tree: Sendable>: Sendable {
    public let tree: Tree
    public let errors: [SyntaxError]
    /// Byte ranges of the comments, in order, when `Options.keepsComments` was set.
    public let comments: [SourceRange]

    public init(tree: Tree, errors: [SyntaxError], comments: [SourceRange] = []) {
        self.tree = tree
        self.errors = errors
        self.comments = comments
    }

    /// True when the source is valid JavaScript (no syntax errors).
    public var isValid: Bool { errors.isEmpty }

    /// The errors as `js-syntax` diagnostics located in `source`.
    public func diagnostics(in source: SourceFile) -> [Diagnostic] {
        errors.map { $0.diagnostic(in: source) }
    }
}
