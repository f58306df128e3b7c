import SlingrDiagnostics

/// `typeof x`; an undeclared global gives "undefined" instead of a ReferenceError.
final class TypeofNode: ExpressionNode {
    let argument: ExpressionNode
    let reference: VariableReference?

    init(_ argument: ExpressionNode, reference: VariableReference?, range: SourceRange) {
        self.argument = argument
        self.reference = reference
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let value: Value
        if let reference {
            do {
                guard let found = try reference.getIfDeclared(realm, scope) else { return .string(Names.undefined) }
                value = found
            } catch {
                throw realm.locate(error, range)
            }
        } else {
            value = try argument.evaluate(realm, scope)
        }
        return .string(TypeofNode.names[value.typeName] ?? JSString(value.typeName))
    }

    private static let names: [String: JSString] = Dictionary(
        uniqueKeysWithValues: ["undefined", "object", "boolean", "number", "string", "function"].map { ($0, JSString($0)) })
}
