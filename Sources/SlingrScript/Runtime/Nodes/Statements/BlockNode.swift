import SlingrDiagnostics

/// `{ ... }`; gets its own scope only when it declares something.
final class BlockNode: StatementNode {
    let statements: [StatementNode]
    let layout: BlockScopeLayout?

    init(_ statements: [StatementNode], layout: BlockScopeLayout?, range: SourceRange) {
        self.statements = statements
        self.layout = layout
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let inner = layout?.enter(realm, scope) ?? scope
        return try executeStatements(statements, realm, inner)
    }
}
