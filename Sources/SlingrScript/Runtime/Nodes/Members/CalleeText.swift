/// How V8 names a callee in "x is not a function" (the member chain as written, see
/// `Compiler.calleeText`), kept as the callee's syntax tree and spelled out only when the error
/// is thrown.
///
/// Spelling it out when compiling cost several string concatenations (and allocations) per call
/// site, for a message almost never shown. Holding the callee's subtree keeps those few nodes
/// alive as long as the compiled code, instead of freeing them right after compilation.
struct CalleeText: CustomStringConvertible {
    let callee: Expression

    init(_ callee: Expression) {
        self.callee = callee
    }

    var description: String { Compiler.calleeText(callee) }
}
