import SlingrDiagnostics

/// `if (test) consequent else alternate`, and a whole `else if` chain: the tests run in order
/// and the first true one runs its branch (a chain of any length runs in a loop, not nested).
final class IfNode: StatementNode {
    struct Branch {
        let test: ExpressionNode
        let consequent: StatementNode
    }

    let branches: [Branch]
    /// The final `else`, if any.
    let alternate: StatementNode?

    init(branches: [Branch], alternate: StatementNode?, range: SourceRange) {
        self.branches = branches
        self.alternate = alternate
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        // A branch that produces no value leaves the completion value undefined (UpdateEmpty).
        realm.completionValue = .undefined
        for branch in branches where try branch.test.evaluate(realm, scope).isTruthy {
            return try branch.consequent.execute(realm, scope)
        }
        return try alternate?.execute(realm, scope) ?? .normal
    }
}
