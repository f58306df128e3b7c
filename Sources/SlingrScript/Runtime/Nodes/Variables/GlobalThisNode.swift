import SlingrDiagnostics

/// `this` at the top level of a script or expression: the global object.
final class GlobalThisNode: ExpressionNode {
    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value { .object(realm.globalObject) }
}
