import SlingrDiagnostics

/// `try { } catch (e) { } finally { }`.
///
/// Only JavaScript exceptions are caught; a limit error passes through `catch` and `finally`
/// untouched so scripts cannot keep running after their budget ran out.
final class TryNode: StatementNode {
    let block: StatementNode
    let handler: StatementNode?
    /// Binds the caught value inside the catch scope.
    let parameter: PatternBinding?
    let catchScope: [Value]?
    let finalizer: StatementNode?

    init(
        block: StatementNode, handler: StatementNode?, parameter: PatternBinding?, catchScope: [Value]?,
        finalizer: StatementNode?, range: SourceRange
    ) {
        self.block = block
        self.handler = handler
        self.parameter = parameter
        self.catchScope = catchScope
        self.finalizer = finalizer
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        var completion = Completion.normal
        var pending: (any Error)?
        do {
            completion = try block.execute(realm, scope)
        } catch let exception as JSException {
            if let handler {
                do {
                    let inner = catchScope.map { RuntimeScope(parent: scope, slots: $0) } ?? scope
                    if let parameter { try parameter.bind(exception.value, realm, inner) }
                    completion = try handler.execute(realm, inner)
                } catch {
                    if error is LimitExceeded { throw error }
                    pending = error
                }
            } else {
                pending = exception
            }
        }
        if let finalizer {
            let finalCompletion = try finalizer.execute(realm, scope)
            if case .normal = finalCompletion {} else { return finalCompletion }
        }
        if let pending { throw pending }
        return completion
    }
}

/// `switch (x) { case a: ... default: ... }` (strict equality, fall-through, `break`).
final class SwitchNode: StatementNode {
    struct Case {
        let test: ExpressionNode?
        let body: [StatementNode]
    }

    let discriminant: ExpressionNode
    let cases: [Case]
    let layout: BlockScopeLayout?
    let labels: [Int]

    init(discriminant: ExpressionNode, cases: [Case], layout: BlockScopeLayout?, labels: [Int], range: SourceRange) {
        self.discriminant = discriminant
        self.cases = cases
        self.layout = layout
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let value = try discriminant.evaluate(realm, scope)
        let inner = layout?.enter(realm, scope) ?? scope
        var start: Int?
        for (index, candidate) in cases.enumerated() {
            guard let test = candidate.test else { continue }
            if Value.strictEquals(value, try test.evaluate(realm, inner)) {
                start = index
                break
            }
        }
        if start == nil { start = cases.firstIndex { $0.test == nil } }
        guard let first = start else { return .normal }
        for index in first..<cases.count {
            let completion = try executeStatements(cases[index].body, realm, inner)
            switch completion {
            case .normal: continue
            case .breakLoop(let label) where label == 0 || labels.contains(label): return .normal
            default: return completion
            }
        }
        return .normal
    }
}
