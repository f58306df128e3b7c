import SlingrDiagnostics

/// What an assignment, update or `delete` acts on.
enum AssignmentTarget {
    case variable(VariableReference)
    case named(ExpressionNode, JSString)
    case computed(ExpressionNode, ExpressionNode)
    /// A call as a target (`f() = 1`, `f()++`): evaluated, then a ReferenceError (as in V8).
    case invalid(ExpressionNode, String)
}
