import SlingrDiagnostics

/// Runs a statement list, charging one step per statement.
@inline(__always)
func executeStatements(_ statements: [StatementNode], _ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
    for statement in statements {
        realm.stepsRemaining &-= 1
        if realm.stepsRemaining < 0 {
            do { try realm.checkpoint() } catch { throw realm.locate(error, statement.range) }
        }
        let completion = try statement.execute(realm, scope)
        if case .normal = completion { continue }
        return completion
    }
    return .normal
}
