/// The three kinds of callable.
enum FunctionKind {
    case script(ScriptClosure)
    case native(BuiltinSpec)
    case bound(BoundFunction)
}
