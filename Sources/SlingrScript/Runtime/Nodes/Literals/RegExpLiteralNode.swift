import SlingrDiagnostics

/// `/pattern/flags`: a new RegExp object per evaluation, sharing the compiled program.
final class RegExpLiteralNode: ExpressionNode {
    let program: RegExpProgram

    init(_ program: RegExpProgram, range: SourceRange) {
        self.program = program
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        .object(realm.makeRegExp(program))
    }
}
