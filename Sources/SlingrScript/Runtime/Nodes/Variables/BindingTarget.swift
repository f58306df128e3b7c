import SlingrDiagnostics

/// A compiled binding or assignment target: a variable, a member, or a destructuring pattern
/// with defaults and rest elements.
indirect enum BindingTarget {
    case variable(VariableReference)
    /// Member targets remember whether the code is strict (a refused assignment then throws).
    case namedMember(ExpressionNode, JSString, strict: Bool)
    case computedMember(ExpressionNode, ExpressionNode, strict: Bool)
    case object([ObjectPatternEntry], rest: BindingTarget?, range: SourceRange)
    case array([BindingTarget?], rest: BindingTarget?, range: SourceRange)
    /// `target = default`: the default is evaluated when the value is `undefined`.
    case withDefault(BindingTarget, ExpressionNode)
    /// A call as a target (`for (f() of list)`): V8 evaluates the call, then throws a
    /// ReferenceError with this message.
    case invalid(ExpressionNode, String)
}
