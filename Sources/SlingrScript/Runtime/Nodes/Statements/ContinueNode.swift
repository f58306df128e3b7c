import SlingrDiagnostics

final class ContinueNode: StatementNode {
    let label: Int

    init(label: Int, range: SourceRange) {
        self.label = label
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion { .continueLoop(label) }
}
