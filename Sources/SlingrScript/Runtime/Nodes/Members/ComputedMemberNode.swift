import SlingrDiagnostics

/// `object[key]` (and `object?.[key]`).
final class ComputedMemberNode: ExpressionNode {
    let object: ExpressionNode
    let key: ExpressionNode
    let isOptional: Bool

    init(_ object: ExpressionNode, key: ExpressionNode, isOptional: Bool, range: SourceRange) {
        self.object = object
        self.key = key
        self.isOptional = isOptional
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let base = try object.evaluate(realm, scope)
        let property = try key.evaluate(realm, scope)
        do { return try realm.get(base, key: property) } catch { throw realm.locate(error, range) }
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let base = try object.evaluateChain(realm, scope) else { return nil }
        if isOptional, base.isNullish { return nil }
        let property = try key.evaluate(realm, scope)
        do { return try realm.get(base, key: property) } catch { throw realm.locate(error, range) }
    }
}
