import SlingrDiagnostics

/// `object.name(args)` / `object[key](args)`: `this` is the object.
final class MethodCallNode: ExpressionNode {
    let object: ExpressionNode
    let key: JSString?
    let computedKey: ExpressionNode?
    let arguments: ArgumentList
    /// The callee as written, for "x is not a function" (see `CalleeText`).
    let calleeText: CalleeText
    /// `object?.name(...)`: the member link is optional.
    let isOptionalMember: Bool
    /// `object.name?.(...)`: the call itself is optional.
    let isOptionalCall: Bool
    @exclusivity(unchecked) private var site: PropertySite
    @exclusivity(unchecked) private var cache = NativeCallCache()
    /// The object is found without running code (`utils`, `config.api`): the cache can then
    /// be checked before evaluating it.
    private let peeksObject: Bool

    init(
        object: ExpressionNode, key: JSString?, computedKey: ExpressionNode?, arguments: ArgumentList,
        calleeText: CalleeText, isOptionalMember: Bool, isOptionalCall: Bool, range: SourceRange
    ) {
        self.object = object
        self.key = key
        self.site = PropertySite(key ?? .empty)
        self.computedKey = computedKey
        self.arguments = arguments
        self.calleeText = calleeText
        self.isOptionalMember = isOptionalMember
        self.isOptionalCall = isOptionalCall
        self.peeksObject = key != nil && object.canPeekObject
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        if peeksObject, cache.objectIdentity != nil, let base = object.peekObject(realm, scope),
            base.toOpaque() == cache.objectIdentity, let builtin = cachedBuiltin(on: base)
        {
            // The cache holds the object: it needs no retain while the call runs.
            return try base._withUnsafeGuaranteedRef { try callCached(builtin, this: .object($0), realm, scope) }
        }
        let base = try object.evaluate(realm, scope)
        return try invoke(base, realm, scope) ?? .undefined
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let base = try object.evaluateChain(realm, scope) else { return nil }
        if isOptionalMember, base.isNullish { return nil }
        return try invoke(base, realm, scope)
    }

    @inline(__always)
    private func invoke(_ base: Value, _ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        if cache.functionIdentity != nil, key != nil, let object = base.unretainedObject, let builtin = cachedBuiltin(on: object) {
            return try callCached(builtin, this: base, realm, scope)
        }
        let function: Value
        do {
            if key != nil {
                function = try realm.getNamed(base, &site)
            } else if let computedKey {
                let property = try computedKey.evaluate(realm, scope)
                function = try realm.get(base, key: property)
            } else {
                function = .undefined
            }
        } catch {
            throw realm.locate(error, range)
        }
        if isOptionalCall, function.isNullish { return nil }
        let values = try arguments.evaluate(realm, scope)
        guard case .object(let callee) = function, case .function(let kind) = callee.kind else {
            throw realm.error(.typeError, "\(calleeText) is not a function", at: range)
        }
        if case .native(let builtin) = kind, key != nil, cache.wantsFilling(), let object = base.unretainedObject,
            !cache.holds(callee, object: peeksObject ? object.toOpaque() : nil),
            ownFunction(of: object) == Unmanaged.passUnretained(callee).toOpaque()
        {
            cache.remember(object: peeksObject ? object.takeUnretainedValue() : nil, function: callee, builtin: builtin)
        }
        do {
            let result = try realm.call(callee, kind, this: base, arguments: values)
            arguments.recycle(values)
            return result
        } catch {
            throw realm.locate(error, range)
        }
    }

    /// The address of the function held by `object`'s own data property `key`, looked up in place.
    @inline(__always)
    private func ownFunction(of object: Unmanaged<JSObject>) -> UnsafeMutableRawPointer? {
        object._withUnsafeGuaranteedRef { $0.properties.peekObject(&site)?.toOpaque() }
    }

    /// The cached built-in, when `object`'s property `key` still holds the cached function.
    @inline(__always)
    private func cachedBuiltin(on object: Unmanaged<JSObject>) -> Unmanaged<BuiltinSpec>? {
        guard let function = ownFunction(of: object), function == cache.functionIdentity else { return nil }
        return cache.builtinReference
    }

    /// The call through the cache, which keeps the built-in alive while it runs.
    private func callCached(_ builtin: Unmanaged<BuiltinSpec>, this base: Value, _ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        cache.callsRunning += 1
        defer { cache.callsRunning -= 1 }
        let values = try arguments.evaluate(realm, scope)
        do {
            let result = try builtin._withUnsafeGuaranteedRef { try realm.callNative($0, this: base, arguments: values) }
            arguments.recycle(values)
            return result
        } catch {
            throw realm.locate(error, range)
        }
    }
}
