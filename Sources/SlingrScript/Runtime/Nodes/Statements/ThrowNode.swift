import SlingrDiagnostics

final class ThrowNode: StatementNode {
    let argument: ExpressionNode

    init(_ argument: ExpressionNode, range: SourceRange) {
        self.argument = argument
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        throw JSException(value: try argument.evaluate(realm, scope), range: range)
    }
}
