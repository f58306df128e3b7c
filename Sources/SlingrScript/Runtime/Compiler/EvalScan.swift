/// Where a script calls `eval` directly, found before compiling it when needed.
///
/// A direct `eval` sees the scopes around the call, so compiling it needs a little
/// preparation in the enclosing functions: the function whose `var`s a sloppy-mode eval may
/// add to (names resolved past it are then checked there first), and the function whose
/// `this`, `arguments` and `new.target` the eval code may read (their slots must exist). The
/// compiler runs without this scan; the first direct `eval` it meets restarts the compilation
/// with it (`DirectEvalFound`), so code without `eval` pays nothing.
struct EvalScan {
    /// Functions (and arrows) whose own body contains a direct `eval` call.
    var varOwners: Set<ObjectIdentifier> = []
    /// The nearest non-arrow function around each direct `eval` call.
    var thisProviders: Set<ObjectIdentifier> = []
    /// Whether the top level (outside any function) contains a direct `eval` call.
    var topLevel = false
    /// Whether the top level provides `this` to some direct `eval` (no function around it).
    var topLevelProvidesThis = false

    static func scan(_ root: any SyntaxNode) -> EvalScan {
        var scan = EvalScan()
        SyntaxWalker.walk(root, enter: { node, ancestors in
            guard let call = node as? CallExpression, !call.isOptional, case .identifier(let callee) = call.callee,
                  callee.name == "eval"
            else { return true }
            let functions = ancestors.compactMap { $0 as? FunctionNode }
            if let owner = functions.last {
                scan.varOwners.insert(ObjectIdentifier(owner))
            } else {
                scan.topLevel = true
            }
            if let provider = functions.last(where: { $0.kind != .arrow }) {
                scan.thisProviders.insert(ObjectIdentifier(provider))
            } else {
                scan.topLevelProvidesThis = true
            }
            return true
        }, leave: { _, _ in })
        return scan
    }
}

/// Thrown by the compiler at the first direct `eval` when it compiled without an `EvalScan`.
struct DirectEvalFound: Error {
    /// How the error reads when it must cross a `throws(ScriptError)` boundary to the code
    /// that can parse the source again.
    static let message = "internal: direct eval found in a tree compiled destructively"
}
