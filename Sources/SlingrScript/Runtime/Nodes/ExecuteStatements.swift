import SlingrDiagnostics

/// Runs a statement list, charging one step per statement.
@inline(__always)
func executeStatements(_ statements: [StatementNode], _ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
    for statement in statements {
        realm.stepsRemaining &-= 1
        if realm.stepsRemaining < 0 { throw realm.locate(realm.stepLimit(), statement.range) }
        let completion = try statement.execute(realm, scope)
        if case .normal = completion { continue }
        return completion
    }
    return .normal
}
