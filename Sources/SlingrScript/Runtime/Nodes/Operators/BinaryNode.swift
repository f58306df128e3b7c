import SlingrDiagnostics

/// An operator with two operands. Each operator is its own final subclass, so evaluation is
/// one direct `evaluate` per operator with no switch on the operator kind.
class BinaryNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.left = left
        self.right = right
        super.init(range: range)
    }
}
