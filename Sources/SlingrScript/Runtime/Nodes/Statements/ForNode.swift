import SlingrDiagnostics

/// `for (init; test; update) body`, with a fresh copy of `let` bindings per iteration when a
/// closure in the loop captures them.
final class ForNode: StatementNode {
    let initializer: StatementNode?
    let test: ExpressionNode?
    let update: ExpressionNode?
    let body: StatementNode
    let loopScope: [Value]?
    let copiesPerIteration: Bool
    let labels: [Int]

    init(
        initializer: StatementNode?, test: ExpressionNode?, update: ExpressionNode?, body: StatementNode,
        loopScope: [Value]?, copiesPerIteration: Bool, labels: [Int], range: SourceRange
    ) {
        self.initializer = initializer
        self.test = test
        self.update = update
        self.body = body
        self.loopScope = loopScope
        self.copiesPerIteration = copiesPerIteration
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        realm.completionValue = .undefined
        var current = scope
        if let loopScope { current = RuntimeScope(parent: scope, slots: loopScope) }
        if let initializer { _ = try initializer.execute(realm, current) }
        while true {
            if let test, !(try test.evaluate(realm, current).isTruthy) { break }
            do { try realm.step() } catch { throw realm.locate(error, range) }
            let (exit, stop) = loopControl(try body.execute(realm, current), labels: labels)
            if stop { return exit ?? .normal }
            if copiesPerIteration { current = RuntimeScope(parent: scope, slots: current.slots) }
            if let update { _ = try update.evaluate(realm, current) }
        }
        return .normal
    }
}
