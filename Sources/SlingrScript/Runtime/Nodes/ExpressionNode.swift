import SlingrDiagnostics

/// A compiled expression. The compiler turns the syntax tree into a tree of these specialised
/// node objects (names resolved to slots, operators chosen, constants converted), and
/// evaluation is a virtual call per node.
class ExpressionNode {
    let range: SourceRange

    init(range: SourceRange) { self.range = range }

    func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value { .undefined }

    /// Evaluation inside an optional chain: nil means the chain short-circuited (`a?.b` with a
    /// nullish `a`), which the enclosing `ChainNode` turns into `undefined`.
    func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? { try evaluate(realm, scope) }
}
