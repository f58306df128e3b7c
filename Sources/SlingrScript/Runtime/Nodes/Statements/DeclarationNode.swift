import SlingrDiagnostics

/// `var`/`let`/`const` declarators (hoisting already happened at scope entry).
final class DeclarationNode: StatementNode {
    struct Declarator {
        let binding: PatternBinding
        let initializer: ExpressionNode?
    }

    let declarators: [Declarator]
    /// `let x;` initialises to undefined; `var x;` leaves the variable alone.
    let isLexical: Bool

    init(_ declarators: [Declarator], isLexical: Bool, range: SourceRange) {
        self.declarators = declarators
        self.isLexical = isLexical
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        for declarator in declarators {
            if let initializer = declarator.initializer {
                let value = try initializer.evaluate(realm, scope)
                do { try declarator.binding.bind(value, realm, scope) } catch { throw realm.locate(error, range) }
            } else if isLexical {
                try declarator.binding.bind(.undefined, realm, scope)
            }
        }
        return .normal
    }
}
