import SlingrDiagnostics

/// `callee(args)` where the callee is not a member expression (`this` is undefined).
final class CallNode: ExpressionNode {
    let callee: ExpressionNode
    let arguments: ArgumentList
    /// The callee as written, for "x is not a function" (see `CalleeText`).
    let calleeText: CalleeText
    let isOptional: Bool

    init(_ callee: ExpressionNode, arguments: ArgumentList, calleeText: CalleeText, isOptional: Bool, range: SourceRange) {
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
            let result = try realm.call(object, kind, this: .undefined, arguments: values)
            arguments.recycle(values)
            return result
        } catch {
            throw realm.locate(error, range)
        }
    }
}
