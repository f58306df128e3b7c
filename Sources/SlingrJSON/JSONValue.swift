import SlingrDiagnostics

/// A JSON value read from a file, with the byte range it came from.
///
/// Objects keep their members in source order, duplicates included, because a descriptor with
/// the same key twice is something to report, not to silently resolve.
public struct JSONValue: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    public var kind: Kind
    /// From the first byte of the value to just past its last (quotes and brackets included).
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public var string: String? { if case .string(let value) = kind { return value } else { return nil } }
    public var bool: Bool? { if case .bool(let value) = kind { return value } else { return nil } }
    public var number: JSONNumber? { if case .number(let value) = kind { return value } else { return nil } }
    public var array: [JSONValue]? { if case .array(let value) = kind { return value } else { return nil } }
    public var members: [JSONMember]? { if case .object(let value) = kind { return value } else { return nil } }
    public var isNull: Bool { if case .null = kind { return true } else { return false } }

    /// The value of the last member named `key`, as `JSON.parse` would keep it.
    public subscript(key: String) -> JSONValue? {
        members?.last { $0.key == key }?.value
    }

    /// The member named `key` (last one when duplicated), with its key's range.
    public func member(_ key: String) -> JSONMember? {
        members?.last { $0.key == key }
    }

    /// The type name used in messages: `string`, `number`, `boolean`, `null`, `array`, `object`.
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The value re-serialised (numbers keep their source text).
    public var output: JSONOutput {
        switch kind {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .number(let number): return .number(number.text)
        case .string(let value): return .string(value)
        case .array(let items): return .array(items.map(\.output))
        case .object(let members): return .object(members.map { ($0.key, $0.value.output) })
        }
    }
}

/// One `"key": value` pair of an object.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    /// The key's range, quotes included.
    public var keyRange: SourceRange
    public var value: JSONValue

    public init(key: String, keyRange: SourceRange, value: JSONValue) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// A number as written in the file. Keeping the text means `1.0`, `1e2` and `100` stay distinct
/// and big integers lose nothing; conversions are on demand.
public struct JSONNumber: Sendable, Hashable {
    public var text: String

    public init(_ text: String) { self.text = text }

    public var double: Double? { Double(text) }

    /// The value as an `Int` when it is an integer in range (`2`, `2.0`, `2e0`).
    public var integer: Int? {
        if let value = Int(text) { return value }
        guard let value = Double(text), value.rounded() == value, abs(value) < 9.007_199_254_740_992e15 else { return nil }
        return Int(value)
    }
}
