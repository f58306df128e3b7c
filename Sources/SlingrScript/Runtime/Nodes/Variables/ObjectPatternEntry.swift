import SlingrDiagnostics

struct ObjectPatternEntry {
    enum Key {
        case fixed(JSString)
        case computed(ExpressionNode)
    }

    let key: Key
    let target: BindingTarget
}
