/// Plain data exchanged with the host (the CLI, the form preview), independent of any JSON
/// library and of any interpreter.
///
/// Objects keep member order. Numbers keep JavaScript's full range (`-0`, `NaN`, `Infinity`).
/// Converting a script value to a `HostValue` drops what has no data form: functions become
/// `undefined` (and are omitted from objects, like `JSON.stringify` does), cycles end in
/// `undefined`.
public enum HostValue: Sendable, Equatable, CustomStringConvertible {
    case undefined
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([HostValue])
    case object([(key: String, value: HostValue)])

    public static func == (lhs: HostValue, rhs: HostValue) -> Bool {
        switch (lhs, rhs) {
        case (.undefined, .undefined), (.null, .null): return true
        case (.bool(let l), .bool(let r)): return l == r
        case (.number(let l), .number(let r)): return l == r && l.sign == r.sign || (l.isNaN && r.isNaN)
        case (.string(let l), .string(let r)): return l == r
        case (.array(let l), .array(let r)): return l == r
        case (.object(let l), .object(let r)):
            guard l.count == r.count else { return false }
            for (left, right) in zip(l, r) where left.key != right.key || left.value != right.value { return false }
            return true
        default: return false
        }
    }

    /// The member of an object by key (the last one when keys repeat), or nil.
    public subscript(key: String) -> HostValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// Sets or appends an object member; no effect on other values.
    public mutating func set(_ key: String, _ value: HostValue) {
        guard case .object(var members) = self else { return }
        if let index = members.lastIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
        self = .object(members)
    }

    /// Follows a dotted path of object keys (`"oauth.clientId"`).
    public func value(atPath path: String) -> HostValue? {
        var current: HostValue? = self
        for component in path.split(separator: ".", omittingEmptySubsequences: false) {
            current = current?[String(component)]
        }
        return current
    }

    /// Compact JSON-like text, for messages and tests (numbers as JavaScript prints them).
    public var description: String {
        switch self {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return NumberFormatting.string(number)
        case .string(let text): return JSONQuoting.quote(JSString(text)).string
        case .array(let items): return "[" + items.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { JSONQuoting.quote(JSString($0.key)).string + ":" + $0.value.description }
                .joined(separator: ",") + "}"
        }
    }
}

extension HostValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: HostValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, HostValue)...) {
        self = .object(elements.map { (key: $0.0, value: $0.1) })
    }
}
