import SlingrDiagnostics

/// A literal or any other constant folded at compile time.
final class ConstantNode: ExpressionNode {
    let value: Value

    init(_ value: Value, range: SourceRange) {
        self.value = value
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value { value }
}
