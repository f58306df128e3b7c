import SlingrDiagnostics

/// `object.name` (and `object?.name`).
final class NamedMemberNode: ExpressionNode {
    let object: ExpressionNode
    let isOptional: Bool
    @exclusivity(unchecked) private var site: PropertySite

    var key: JSString { site.key }

    init(_ object: ExpressionNode, key: JSString, isOptional: Bool, range: SourceRange) {
        self.object = object
        self.site = PropertySite(key)
        self.isOptional = isOptional
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let base = try object.evaluate(realm, scope)
        do { return try realm.getNamed(base, &site) } catch { throw realm.locate(error, range) }
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let base = try object.evaluateChain(realm, scope) else { return nil }
        if isOptional, base.isNullish { return nil }
        do { return try realm.getNamed(base, &site) } catch { throw realm.locate(error, range) }
    }
}
