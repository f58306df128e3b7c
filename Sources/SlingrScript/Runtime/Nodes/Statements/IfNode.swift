import SlingrDiagnostics

final class IfNode: StatementNode {
    let test: ExpressionNode
    let consequent: StatementNode
    let alternate: StatementNode?

    init(_ test: ExpressionNode, _ consequent: StatementNode, _ alternate: StatementNode?, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        // A branch that produces no value leaves the completion value undefined (UpdateEmpty).
        realm.completionValue = .undefined
        if try test.evaluate(realm, scope).isTruthy { return try consequent.execute(realm, scope) }
        return try alternate?.execute(realm, scope) ?? .normal
    }
}
