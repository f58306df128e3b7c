import SlingrDiagnostics

/// `value instanceof Constructor`.
final class InstanceofNode: BinaryNode {
    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        do { return .bool(try realm.instanceOf(l, r)) } catch { throw realm.locate(error, range) }
    }
}
