import SlingrDiagnostics

/// One `let`/`const`/`class` binding of the global lexical scope (top-level `let` is not a
/// property of the global object, yet later scripts see it).
final class GlobalBinding {
    @exclusivity(unchecked) var value: Value
    let isConstant: Bool
    @exclusivity(unchecked) var isInitialized: Bool

    init(value: Value, isConstant: Bool, isInitialized: Bool) {
        self.value = value
        self.isConstant = isConstant
        self.isInitialized = isInitialized
    }
}
