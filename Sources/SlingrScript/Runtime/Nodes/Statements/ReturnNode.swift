import SlingrDiagnostics

/// `return expression;`
final class ReturnNode: StatementNode {
    let argument: ExpressionNode?

    init(_ argument: ExpressionNode?, range: SourceRange) {
        self.argument = argument
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        .returnValue(try argument?.evaluate(realm, scope) ?? .undefined)
    }
}
