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
            if let found = base._withUnsafeGuaranteedRef({ $0.properties.dataValue(&site) }) { return found }
            do { return try realm.getNamed(.object(base.takeUnretainedValue()), &site) } catch { throw realm.locate(error, range) }
        }
        let base = try object.evaluate(realm, scope)
        do { return try realm.getNamed(base, &site) } catch { throw realm.locate(error, range) }
    }

    override var canPeekObject: Bool { peeksBase }

    override var canPeekValue: Bool { peeksBase }

    override func peekTruthiness(_ realm: Realm, _ scope: RuntimeScope) -> Bool? {
        readOwnSlot(realm, scope) { $0.dataTruthiness(at: $1) }
    }

    override func peekIsIdentical(to candidate: UnsafeRawPointer, _ realm: Realm, _ scope: RuntimeScope) -> Bool {
        readOwnSlot(realm, scope) { $0.dataIsIdentical(at: $1, to: candidate) } ?? false
    }

    override func peekEquals(_ constant: Value, strict: Bool, _ realm: Realm, _ scope: RuntimeScope) -> Bool? {
        readOwnSlot(realm, scope) { $0.dataEquals(at: $1, constant, strict: strict) }
    }

    override func peekObject(_ realm: Realm, _ scope: RuntimeScope) -> Unmanaged<JSObject>? {
        readOwnSlot(realm, scope) { $0.peekObject(at: $1) }
    }

    /// `read` of the property's own slot in the peeked base; nil when the base cannot be peeked
    /// or has no such own property.
    @inline(__always)
    private func readOwnSlot<Result>(
        _ realm: Realm, _ scope: RuntimeScope, _ read: (borrowing PropertyMap, Int) -> Result?
    ) -> Result? {
        guard peeksBase, let base = object.peekObject(realm, scope) else { return nil }
        return base._withUnsafeGuaranteedRef { object in
            guard let slot = object.properties.find(&site) else { return nil }
            return read(object.properties, slot)
        }
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let base = try object.evaluateChain(realm, scope) else { return nil }
        if isOptional, base.isNullish { return nil }
        do { return try realm.getNamed(base, &site) } catch { throw realm.locate(error, range) }
    }
}
