import SlingrDiagnostics

/// Where a sloppy-mode function declaration stands inside a block: the block's binding is
/// copied to the function-level `var` of the same name (ECMAScript Annex B.3.3), so
/// `if (x) { function f() {} } f()` works as in browsers and node. Like V8, the function is
/// also the statement's completion value.
final class AnnexBFunctionNode: StatementNode {
    let source: VariableReference
    let target: VariableReference

    init(source: VariableReference, target: VariableReference, range: SourceRange) {
        self.source = source
        self.target = target
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let function = try source.get(realm, scope)
        try target.assign(function, realm, scope)
        realm.completionValue = function
        return .normal
    }
}
