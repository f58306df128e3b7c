import SlingrDiagnostics

/// `key in object`.
final class InNode: BinaryNode {
    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        do { return .bool(try realm.hasProperty(l, in: r)) } catch { throw realm.locate(error, range) }
    }
}
