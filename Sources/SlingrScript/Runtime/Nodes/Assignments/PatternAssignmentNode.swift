import SlingrDiagnostics

/// `[a, b] = value`, `({a} = value)`.
final class PatternAssignmentNode: ExpressionNode {
    let binding: PatternBinding
    let value: ExpressionNode

    init(binding: PatternBinding, value: ExpressionNode, range: SourceRange) {
        self.binding = binding
        self.value = value
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let result = try value.evaluate(realm, scope)
        do { try binding.bind(result, realm, scope) } catch { throw realm.locate(error, range) }
        return result
    }
}
