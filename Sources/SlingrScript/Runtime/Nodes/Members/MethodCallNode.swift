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
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
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
        do {
            return try realm.call(callee, kind, this: base, arguments: values)
        } catch {
            throw realm.locate(error, range)
        }
    }
}
