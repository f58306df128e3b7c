import SlingrDiagnostics

/// A labelled statement that is not a loop: `break label` inside it ends it.
final class LabeledNode: StatementNode {
    let label: Int
    let body: StatementNode

    init(label: Int, body: StatementNode, range: SourceRange) {
        self.label = label
        self.body = body
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let completion = try body.execute(realm, scope)
        if case .breakLoop(let target) = completion, target == label { return .normal }
        return completion
    }
}
