import SlingrDiagnostics

/// A compiled statement.
class StatementNode {
    let range: SourceRange

    init(range: SourceRange) { self.range = range }

    func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion { .normal }
}
