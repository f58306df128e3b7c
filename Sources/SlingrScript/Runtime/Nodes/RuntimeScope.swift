/// A runtime environment record: the slots of one function call, block or catch clause.
///
/// Names are resolved to (hops, slot) pairs when the code is compiled, so a variable access is
/// an array index after following `hops` parent links; no name lookup happens at run time.
final class RuntimeScope {
    @exclusivity(unchecked) var slots: [Value]
    let parent: RuntimeScope?
    /// Variables a sloppy-mode direct `eval` declared in this function scope (names the
    /// function did not declare itself), as properties of a prototype-less object.
    @exclusivity(unchecked) var evalVariables: JSObject?

    init(parent: RuntimeScope?, slots: [Value]) {
        self.parent = parent
        self.slots = slots
    }

    @inline(__always)
    func ancestor(_ hops: Int) -> RuntimeScope {
        var scope = self
        var remaining = hops
        while remaining > 0, let parent = scope.parent {
            scope = parent
            remaining -= 1
        }
        return scope
    }
}
