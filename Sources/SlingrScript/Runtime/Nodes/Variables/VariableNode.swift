import SlingrDiagnostics

/// Reads a variable.
final class VariableNode: ExpressionNode {
    let reference: VariableReference

    init(_ reference: VariableReference, range: SourceRange) {
        self.reference = reference
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            return try reference.get(realm, scope)
        } catch {
            throw realm.locate(error, range)
        }
    }
}
