import SlingrDiagnostics

/// The operation of an assignment expression.
enum AssignmentOperation {
    case assign
    case add
    case arithmetic(ArithmeticOperator)
    case logical(LogicalOperator)
}
