import SlingrDiagnostics

/// `delete o.p`, `delete o[k]`, `delete x`.
final class DeleteNode: ExpressionNode {
    let target: AssignmentTarget?
    let argument: ExpressionNode

    init(target: AssignmentTarget?, argument: ExpressionNode, range: SourceRange) {
        self.target = target
        self.argument = argument
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            switch target {
            case .named(let objectNode, let key):
                return .bool(try realm.delete(try objectNode.evaluate(realm, scope), key: .string(key)))
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                return .bool(try realm.delete(base, key: try keyNode.evaluate(realm, scope)))
            case .variable(let reference):
                guard case .global = reference.location, realm.globalLexicals[reference.name] == nil else { return .false }
                return .bool(try realm.delete(.object(realm.globalObject), key: .string(reference.name)))
            case .invalid, nil:
                _ = try argument.evaluate(realm, scope)
                return .true
            }
        } catch {
            throw realm.locate(error, range)
        }
    }
}
