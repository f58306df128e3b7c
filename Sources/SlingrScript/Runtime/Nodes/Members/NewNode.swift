import SlingrDiagnostics

/// `new Callee(args)`.
final class NewNode: ExpressionNode {
    let callee: ExpressionNode
    let arguments: ArgumentList
    /// The callee as written, for "x is not a constructor" (see `CalleeText`).
    let calleeText: CalleeText

    init(_ callee: ExpressionNode, arguments: ArgumentList, calleeText: CalleeText, range: SourceRange) {
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
            let result = try realm.construct(constructor, arguments: values)
            arguments.recycle(values)
            return result
        } catch {
            throw realm.locate(error, range)
        }
    }
}
