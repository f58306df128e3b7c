import SlingrDiagnostics

/// `eval(code)`: when `eval` is the built-in function, the code runs in the scopes around the
/// call (it reads and assigns their variables, and in sloppy mode declares `var`s in the
/// enclosing function); otherwise an ordinary call of whatever `eval` names.
final class DirectEvalNode: ExpressionNode {
    let callee: ExpressionNode
    let arguments: ArgumentList
    let calleeText: CalleeText
    let context: EvalContext

    init(callee: ExpressionNode, arguments: ArgumentList, calleeText: CalleeText, context: EvalContext, range: SourceRange) {
        self.callee = callee
        self.arguments = arguments
        self.calleeText = calleeText
        self.context = context
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let function = try callee.evaluate(realm, scope)
        let values = try arguments.evaluate(realm, scope)
        guard case .object(let object) = function, case .function(let kind) = object.kind else {
            throw realm.error(.typeError, "\(calleeText) is not a function", at: range)
        }
        do {
            guard case .native(let spec) = kind, spec === GlobalFunctions.evalSpec else {
                return try realm.call(object, kind, this: .undefined, arguments: values)
            }
            guard let first = values.first else { return .undefined }
            guard case .string(let source) = first else { return first }
            return try realm.performEval(source, direct: (context, scope))
        } catch {
            throw realm.locate(error, range)
        }
    }
}
