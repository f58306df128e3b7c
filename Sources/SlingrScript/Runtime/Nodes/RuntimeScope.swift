/// A runtime environment record: the slots of one function call, block or catch clause.
///
/// Names are resolved to (hops, slot) pairs when the code is compiled, so a variable access is
/// an array index after following `hops` parent links; no name lookup happens at run time.
final class RuntimeScope {
    @exclusivity(unchecked) var slots: [Value]
    let parent: RuntimeScope?

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

/// The marker stored in a `let`/`const`/`class` slot before its declaration runs (the
/// temporal dead zone). It is never visible to scripts: reading such a slot throws.
enum TemporalDeadZone {
    nonisolated(unsafe) static let marker = JSObject(prototype: nil)

    @inline(__always)
    static func isMarker(_ value: Value) -> Bool {
        if case .object(let object) = value { return object === marker }
        return false
    }
}

/// How a statement finished: normally, or by `break`, `continue` or `return`.
/// Labels are numbered by the compiler; 0 means the innermost loop or switch.
enum Completion {
    case normal
    case breakLoop(Int)
    case continueLoop(Int)
    case returnValue(Value)
}
