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
