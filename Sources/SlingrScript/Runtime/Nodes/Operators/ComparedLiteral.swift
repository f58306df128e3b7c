/// The right operand of `==`, `!=`, `===` or `!==` when it is a literal
/// (`config.type == 'oauth'`, the commonest comparison of configuration expressions): compared
/// as it is instead of evaluated and copied, and, when the left operand can be read in place,
/// compared with that without copying it either (`ExpressionNode.peekEquals`).
struct ComparedLiteral {
    /// The literal; `undefined` when there is none.
    let value: Value
    let isPresent: Bool
    /// There is a literal, and the left operand can be read in place.
    let peeksLeft: Bool

    init(left: ExpressionNode, right: ExpressionNode) {
        let literal = (right as? ConstantNode)?.value
        value = literal ?? .undefined
        isPresent = literal != nil
        peeksLeft = literal != nil && left.canPeekValue
    }
}
