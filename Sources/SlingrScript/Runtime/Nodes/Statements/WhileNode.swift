import SlingrDiagnostics

final class WhileNode: StatementNode {
    let test: ExpressionNode
    let body: StatementNode
    let labels: [Int]

    init(_ test: ExpressionNode, _ body: StatementNode, labels: [Int], range: SourceRange) {
        self.test = test
        self.body = body
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        realm.completionValue = .undefined
        while try test.evaluate(realm, scope).isTruthy {
            do { try realm.step() } catch { throw realm.locate(error, range) }
            let (exit, stop) = loopControl(try body.execute(realm, scope), labels: labels)
            if stop { return exit ?? .normal }
        }
        return .normal
    }
}
