import SlingrDiagnostics

/// `object.name` (and `object?.name`).
final class NamedMemberNode: ExpressionNode {
    let object: ExpressionNode
    let key: JSString
    let isOptional: Bool
    @exclusivity(unchecked) private var hint = 0

    init(_ object: ExpressionNode, key: JSString, isOptional: Bool, range: SourceRange) {
        self.object = object
        self.key = key
        self.isOptional = isOptional
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let base = try object.evaluate(realm, scope)
        do { return try realm.getNamed(base, key, hint: &hint) } catch { throw realm.locate(error, range) }
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let base = try object.evaluateChain(realm, scope) else { return nil }
        if isOptional, base.isNullish { return nil }
        do { return try realm.getNamed(base, key, hint: &hint) } catch { throw realm.locate(error, range) }
    }
}

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

/// The outermost node of an optional chain: a short-circuit becomes `undefined`.
final class ChainNode: ExpressionNode {
    let expression: ExpressionNode

    init(_ expression: ExpressionNode, range: SourceRange) {
        self.expression = expression
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        try expression.evaluateChain(realm, scope) ?? .undefined
    }
}

/// The argument list of a call or `new`, with spread elements.
///
/// The list reuses one array between evaluations (no allocation per call in steady state):
/// the array handed to the callee shares storage with the buffer, and copy-on-write gives the
/// buffer fresh storage if the callee still holds it next time. A re-entrant evaluation
/// (an argument that calls back into the same call site) uses a fresh array.
final class ArgumentList {
    let nodes: [ExpressionNode]
    /// Parallel to `nodes`; empty when no argument is spread.
    let spread: [Bool]
    @exclusivity(unchecked) private var buffer: [Value] = []
    @exclusivity(unchecked) private var isBusy = false

    init(nodes: [ExpressionNode], spread: [Bool]) {
        self.nodes = nodes
        self.spread = spread
    }

    func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> [Value] {
        if nodes.isEmpty { return [] }
        if spread.isEmpty && !isBusy {
            isBusy = true
            defer { isBusy = false }
            buffer.removeAll(keepingCapacity: true)
            for node in nodes { buffer.append(try node.evaluate(realm, scope)) }
            return buffer
        }
        var values: [Value] = []
        values.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            let value = try node.evaluate(realm, scope)
            if !spread.isEmpty && spread[index] {
                values.append(contentsOf: try realm.iterate(value, at: node.range, spreadCall: true))
                try realm.checkArray(length: values.count)
            } else {
                values.append(value)
            }
        }
        return values
    }
}

/// `callee(args)` where the callee is not a member expression (`this` is undefined).
final class CallNode: ExpressionNode {
    let callee: ExpressionNode
    let arguments: ArgumentList
    /// The callee as written, for "x is not a function".
    let calleeText: String
    let isOptional: Bool

    init(_ callee: ExpressionNode, arguments: ArgumentList, calleeText: String, isOptional: Bool, range: SourceRange) {
        self.callee = callee
        self.arguments = arguments
        self.calleeText = calleeText
        self.isOptional = isOptional
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let function = try callee.evaluate(realm, scope)
        return try invoke(function, realm, scope)
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard let function = try callee.evaluateChain(realm, scope) else { return nil }
        if isOptional, function.isNullish { return nil }
        return try invoke(function, realm, scope)
    }

    @inline(__always)
    private func invoke(_ function: Value, _ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let values = try arguments.evaluate(realm, scope)
        guard case .object(let object) = function, case .function(let kind) = object.kind else {
            throw realm.error(.typeError, "\(calleeText) is not a function", at: range)
        }
        do {
            return try realm.call(object, kind, this: .undefined, arguments: values)
        } catch {
            throw realm.locate(error, range)
        }
    }
}

/// `object.name(args)` / `object[key](args)`: `this` is the object.
final class MethodCallNode: ExpressionNode {
    let object: ExpressionNode
    let key: JSString?
    let computedKey: ExpressionNode?
    let arguments: ArgumentList
    let calleeText: String
    /// `object?.name(...)`: the member link is optional.
    let isOptionalMember: Bool
    /// `object.name?.(...)`: the call itself is optional.
    let isOptionalCall: Bool
    @exclusivity(unchecked) private var hint = 0

    init(
        object: ExpressionNode, key: JSString?, computedKey: ExpressionNode?, arguments: ArgumentList,
        calleeText: String, isOptionalMember: Bool, isOptionalCall: Bool, range: SourceRange
    ) {
        self.object = object
        self.key = key
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
            if let key {
                function = try realm.getNamed(base, key, hint: &hint)
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

/// `new Callee(args)`.
final class NewNode: ExpressionNode {
    let callee: ExpressionNode
    let arguments: ArgumentList
    let calleeText: String

    init(_ callee: ExpressionNode, arguments: ArgumentList, calleeText: String, range: SourceRange) {
        self.callee = callee
        self.arguments = arguments
        self.calleeText = calleeText
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let constructor = try callee.evaluate(realm, scope)
        let values = try arguments.evaluate(realm, scope)
        guard realm.isConstructor(constructor) else {
            throw realm.error(.typeError, "\(calleeText) is not a constructor", at: range)
        }
        do {
            return try realm.construct(constructor, arguments: values)
        } catch {
            throw realm.locate(error, range)
        }
    }
}
