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

    /// Whether `peekObject` can ever answer (decided once, when the tree is built).
    var canPeekObject: Bool { false }

    /// The object this node evaluates to, without a retain, when it can be found without running
    /// any code or creating anything: a variable, or a data property, holding an object. Where it
    /// was found keeps it alive until code runs again, so a member read such as `config.a.b` looks
    /// inside its base without reference counting. Nil: evaluate the node instead.
    func peekObject(_ realm: Realm, _ scope: RuntimeScope) -> Unmanaged<JSObject>? { nil }

    /// Whether the `peek` methods below can ever answer (decided when the tree is built).
    var canPeekValue: Bool { false }

    /// The value's truthiness, read in place where `peekObject` would look; nil: evaluate.
    func peekTruthiness(_ realm: Realm, _ scope: RuntimeScope) -> Bool? { nil }

    /// Whether the value equals the primitive `constant` (`===` when `strict`, else `==`), read in
    /// place where `peekObject` would look; nil when that needs more than a comparison: evaluate.
    func peekEquals(_ constant: Value, strict: Bool, _ realm: Realm, _ scope: RuntimeScope) -> Bool? { nil }

    /// Whether the value, read in place where `peekObject` would look, is bit for bit the
    /// `Value` stored at `candidate` (the same string storage, object, number...): a call site
    /// that still holds last time's argument then keeps it instead of copying it again.
    func peekIsIdentical(to candidate: UnsafeRawPointer, _ realm: Realm, _ scope: RuntimeScope) -> Bool { false }
}
