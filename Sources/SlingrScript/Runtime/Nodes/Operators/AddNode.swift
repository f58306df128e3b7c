import SlingrDiagnostics

/// `left + right`.
final class AddNode: BinaryNode {
    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        if case .number(let a) = l, case .number(let b) = r { return .number(a + b) }
        do { return try realm.add(l, r) } catch { throw realm.locate(error, range) }
    }
}
