/// A JavaScript value.
///
/// Kept to one pointer-sized payload plus a tag so evaluation copies stay cheap. Objects
/// (including arrays, functions, errors and regular expressions) are reference types owned by
/// the interpreter that created them; use `HostValue` to move data in and out.
public enum Value {
    case undefined
    case null
    case bool(Bool)
    case number(Double)
    case string(JSString)
    case object(JSObject)

    public init(_ string: String) { self = .string(JSString(string)) }

    @inlinable
    public var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    @inlinable
    public var isNullish: Bool {
        switch self {
        case .undefined, .null: return true
        default: return false
        }
    }

    /// The object without a retain, for hot paths that only look inside it while the value
    /// itself is alive (see `Realm.getNamed`).
    @inline(__always)
    var unretainedObject: Unmanaged<JSObject>? {
        if case .object(let object) = self { return Unmanaged.passUnretained(object) }
        return nil
    }

    @inlinable
    public var asObject: JSObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// JavaScript truthiness (ToBoolean).
    @inlinable
    public var isTruthy: Bool {
        switch self {
        case .undefined, .null: return false
        case .bool(let value): return value
        case .number(let number): return !(number == 0 || number.isNaN)
        case .string(let string): return !string.isEmpty
        case .object: return true
        }
    }

    /// What `typeof` answers.
    public var typeName: String {
        switch self {
        case .undefined: return "undefined"
        case .null: return "object"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .object(let object): return object.isCallable ? "function" : "object"
        }
    }

    var isCallable: Bool {
        if case .object(let object) = self { return object.isCallable }
        return false
    }

    static var emptyString: Value { .string(.empty) }
    static var zero: Value { .number(0) }
    static var `true`: Value { .bool(true) }
    static var `false`: Value { .bool(false) }

    /// Whether the `Value`s stored at `lhs` and `rhs` have the same bits: then they are the
    /// same value (the same case with the same payload: string storage, object, number bits).
    /// Bytes a case leaves unused may differ between equal values, which only makes this
    /// answer false, never wrongly true.
    @inline(__always)
    static func hasSameBits(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer) -> Bool {
        var offset = 0
        let size = MemoryLayout<Value>.size
        while offset &+ 8 <= size {
            if lhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != rhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset &+= 8
        }
        while offset < size {
            if lhs.load(fromByteOffset: offset, as: UInt8.self) != rhs.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset &+= 1
        }
        return true
    }

    /// SameValue: like `===` but NaN equals NaN and +0 differs from -0 (`Object.is`).
    static func sameValue(_ lhs: Value, _ rhs: Value) -> Bool {
        if case .number(let l) = lhs, case .number(let r) = rhs {
            if l.isNaN && r.isNaN { return true }
            return l == r && l.sign == r.sign
        }
        return strictEquals(lhs, rhs)
    }

    /// SameValueZero: `includes` semantics (NaN equals NaN, +0 equals -0).
    static func sameValueZero(_ lhs: Value, _ rhs: Value) -> Bool {
        if case .number(let l) = lhs, case .number(let r) = rhs {
            return l == r || (l.isNaN && r.isNaN)
        }
        return strictEquals(lhs, rhs)
    }

    /// `===`.
    @inlinable
    static func strictEquals(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.undefined, .undefined), (.null, .null): return true
        case (.bool(let l), .bool(let r)): return l == r
        case (.number(let l), .number(let r)): return l == r
        case (.string(let l), .string(let r)): return l == r
        case (.object(let l), .object(let r)): return l === r
        default: return false
        }
    }
}
