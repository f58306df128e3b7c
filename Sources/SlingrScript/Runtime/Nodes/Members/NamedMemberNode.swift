import SlingrDiagnostics

/// `object.name` (and `object?.name`).
final class NamedMemberNode: ExpressionNode {
    let object: ExpressionNode
    let isOptional: Bool
    @exclusivity(unchecked) private var site: PropertySite

    var key: JSString { site.key }

    /// The base is a variable or a member chain: looked into without a retain (`peekObject`).
    private let peeksBase: Bool

    init(_ object: ExpressionNode, key: JSString, isOptional: Bool, range: SourceRange) {
        self.object = object
        self.site = PropertySite(key)
        self.isOptional = isOptional
        self.peeksBase = object.canPeekObject
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        if peeksBase, let base = object.peekObject(realm, scope) {
            let found: Value? = base._withUnsafeGuaranteedRef { object in
                guard let slot = object.properties.find(&site) else { return nil }
                return object.properties.dataValue(at: slot)
            }
            if let found { return found }
            do { return try realm.getNamed(.object(base.takeUnretainedValue()), &site) } catch { throw realm.locate(error, range) }
        }
        let base = try object.evaluate(realm, scope)
        do { return try realm.getNamed(base, &site) } catch { throw realm.locate(error, range) }
    }

    override var canPeekObject: Bool { peeksBase }

    override var canPeekValue: Bool { peeksBase }

    override func peekTruthiness(_ realm: Realm, _ scope: RuntimeScope) -> Bool? {
        guard peeksBase, let base = object.peekObject(realm, scope) else { return nil }
        return base._withUnsafeGuaranteedRef { object in
            guard let slot = object.properties.find(&site) else { return nil }
            return object.properties.dataTruthiness(at: slot)
        }
    }

    override func peekIsIdentical(to candidate: UnsafeRawPointer, _ realm: Realm, _ scope: RuntimeScope) -> Bool {
        guard peeksBase, let base = object.peekObject(realm, scope) else { return false }
        return base._withUnsafeGuaranteedRef { object in
            guard let slot = object.properties.find(&site) else { return false }
            return object.properties.dataIsIdentical(at: slot, to: candidate)
        }
    }

    override func peekEquals(_ constant: Value, strict: Bool, _ realm: Realm, _ scope: RuntimeScope) -> Bool? {
        guard peeksBase, let base = object.peekObject(realm, scope) else { return nil }
        return base._withUnsafeGuaranteedRef { object in
            guard let slot = object.properties.find(&site) else { return nil }
            return object.properties.dataEquals(at: slot, constant, strict: strict)
        }
    }

    override func peekObject(_ realm: Realm, _ scope: RuntimeScope) -> Unmanaged<JSObject>? {
        guard peeksBase, let base = object.peekObject(realm, scope) else { return nil }
        return base._withUnsafeGuaranteedRef { object in
            guard let slot = object.properties.find(&site) else { return nil }
            return object.properties.peekObject(at: slot)
        }
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let base = try object.evaluateChain(realm, scope) else { return nil }
        if isOptional, base.isNullish { return nil }
        do { return try realm.getNamed(base, &site) } catch { throw realm.locate(error, range) }
    }
}
