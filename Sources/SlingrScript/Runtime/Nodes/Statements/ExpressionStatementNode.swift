import SlingrDiagnostics

/// `expression;` — also records the completion value (what a statement list evaluates to).
final class ExpressionStatementNode: StatementNode {
    let expression: ExpressionNode

    init(_ expression: ExpressionNode, range: SourceRange) {
        self.expression = expression
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        realm.completionValue = try expression.evaluate(realm, scope)
        return .normal
    }
}
