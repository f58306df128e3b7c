import SlingrDiagnostics

/// `delete o.p`, `delete o[k]`, `delete x`.
final class DeleteNode: ExpressionNode {
    let target: AssignmentTarget?
    let argument: ExpressionNode
    let isStrict: Bool

    init(target: AssignmentTarget?, argument: ExpressionNode, isStrict: Bool, range: SourceRange) {
        self.target = target
        self.argument = argument
        self.isStrict = isStrict
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            switch target {
            case .named(let objectNode, let key):
                return .bool(try realm.delete(try objectNode.evaluate(realm, scope), key: .string(key), strict: isStrict))
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                return .bool(try realm.delete(base, key: try keyNode.evaluate(realm, scope), strict: isStrict))
            case .variable(var reference):
                if case .dynamic(let checks, let fallback) = reference.location {
                    // A variable a direct eval declared can be deleted.
                    if let (variables, _) = reference.evalVariable(scope, checks) {
                        return .bool(realm.deleteProperty(variables, reference.name))
                    }
                    reference = fallback
                }
                guard case .global = reference.location, realm.globalLexicals[reference.name] == nil else { return .false }
                return .bool(try realm.delete(.object(realm.globalObject), key: .string(reference.name), strict: false))
            case .invalid, nil:
                _ = try argument.evaluate(realm, scope)
                return .true
            }
        } catch {
            throw realm.locate(error, range)
        }
    }
}
