import SlingrDiagnostics

/// `for (left in object)` and `for (left of iterable)`.
final class ForInOfNode: StatementNode {
    let isOf: Bool
    let binding: PatternBinding
    let right: ExpressionNode
    let body: StatementNode
    /// A fresh scope per iteration for `let`/`const` heads.
    let iterationScope: [Value]?
    let labels: [Int]
    /// Source text of the iterated expression, for "x is not iterable".
    var rightText: String?

    init(
        isOf: Bool, binding: PatternBinding, right: ExpressionNode, body: StatementNode,
        iterationScope: [Value]?, labels: [Int], range: SourceRange
    ) {
        self.isOf = isOf
        self.binding = binding
        self.right = right
        self.body = body
        self.iterationScope = iterationScope
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        realm.completionValue = .undefined
        var evaluationScope = scope
        if let iterationScope { evaluationScope = RuntimeScope(parent: scope, slots: iterationScope) }
        let subject = try right.evaluate(realm, evaluationScope)
        if isOf {
            // Live iteration: elements added during the loop are visited, as in JavaScript.
            var iterator = try realm.makeIterator(subject, at: right.range, text: rightText)
            while let value = try iterator.next(realm) {
                if let result = try iteration(value, realm, scope) { return result }
            }
            return .normal
        }
        guard case .object = subject else {
            if case .string(let string) = subject {
                for index in 0..<string.count {
                    if let result = try iteration(.string(Names.indexKey(index)), realm, scope) { return result }
                }
            }
            return .normal
        }
        guard case .object(let object) = subject else { return .normal }
        for key in try realm.enumerableKeys(subject) {
            // A property deleted before its turn is not visited.
            if !realm.has(object, key) { continue }
            if let result = try iteration(.string(key), realm, scope) { return result }
        }
        return .normal
    }

    /// Runs one iteration; a non-nil result ends the loop with that completion.
    @inline(__always)
    private func iteration(_ value: Value, _ realm: Realm, _ scope: RuntimeScope) throws -> Completion? {
        do { try realm.step() } catch { throw realm.locate(error, range) }
        let bodyScope = iterationScope.map { RuntimeScope(parent: scope, slots: $0) } ?? scope
        do { try binding.bind(value, realm, bodyScope) } catch { throw realm.locate(error, range) }
        let (exit, stop) = loopControl(try body.execute(realm, bodyScope), labels: labels)
        return stop ? (exit ?? .normal) : nil
    }
}
