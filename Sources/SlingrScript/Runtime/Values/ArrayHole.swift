/// The value stored in an array's dense element storage where no element exists (a hole:
/// `[1, , 3]`, `delete a[1]`, `a.length = 10`). It is never visible to scripts: a hole reads
/// through the prototype chain like any missing property, and is skipped by `in`, `forEach`
/// and the other methods that ask whether an element exists.
enum ArrayHole {
    nonisolated(unsafe) static let marker = JSObject(prototype: nil)

    @inline(__always)
    static var value: Value { .object(marker) }

    @inline(__always)
    static func isHole(_ value: Value) -> Bool {
        if case .object(let object) = value { return object === marker }
        return false
    }
}
