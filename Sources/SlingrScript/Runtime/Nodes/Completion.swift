/// How a statement finished: normally, or by `break`, `continue` or `return`.
/// Labels are numbered by the compiler; 0 means the innermost loop or switch.
enum Completion {
    case normal
    case breakLoop(Int)
    case continueLoop(Int)
    case returnValue(Value)
}
