import SlingrDiagnostics

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
        realm.completionValue = .undefined
        let value = try discriminant.evaluate(realm, scope)
        let inner = layout?.enter(realm, scope) ?? scope
        var start: Int?
        for (index, candidate) in cases.enumerated() {
            guard let test = candidate.test else { continue }
            let tested = try test.evaluate(realm, inner)
            try realm.chargeEquality(value, tested)
            if Value.strictEquals(value, tested) {
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
