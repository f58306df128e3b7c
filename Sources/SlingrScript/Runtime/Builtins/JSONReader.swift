/// `JSON.parse`: strict JSON over UTF-16 code units, with node 20's error messages.
struct JSONReader {
    private let realm: Realm
    private let text: [UInt16]
    private var position = 0
    private var depth = 0

    init(realm: Realm, text: JSString) {
        self.realm = realm
        self.text = text.units
    }

    mutating func parse() throws -> Value {
        try realm.charge(text.count)
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if position < text.count {
            throw syntaxError("Unexpected non-whitespace character after JSON at position \(position)")
        }
        return value
    }

    private func syntaxError(_ message: String) -> JSException { realm.error(.syntaxError, message) }

    /// node's message for an unexpected character or the end of input.
    private func unexpected() -> JSException {
        guard position < text.count else { return syntaxError("Unexpected end of JSON input") }
        let token = JSString(units: [text[position]]).string
        let source = JSString(units: text).string
        let shown = text.count > 40 ? "\"" + String(source.prefix(10)) + "\"... is not valid JSON" : "\"\(source)\" is not valid JSON"
        return syntaxError("Unexpected token '\(token)', \(shown)")
    }

    private mutating func skipWhitespace() {
        while position < text.count {
            switch text[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws -> Value {
        guard position < text.count else { throw unexpected() }
        switch text[position] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: return try literal("true", .true)
        case 0x66: return try literal("false", .false)
        case 0x6E: return try literal("null", .null)
        case 0x2D, 0x30...0x39: return try parseNumber()
        default: throw unexpected()
        }
    }

    private mutating func literal(_ word: String, _ value: Value) throws -> Value {
        for unit in word.utf16 {
            guard position < text.count, text[position] == unit else { throw unexpected() }
            position += 1
        }
        return value
    }

    /// Each object and array costs a step (and lets a pending memory measurement run).
    private mutating func nest() throws {
        try realm.step()
        depth += 1
        if depth > 5_000 { throw realm.rangeError("Maximum call stack size exceeded") }
        try realm.checkStack()
    }

    private mutating func parseObject() throws -> Value {
        try nest()
        defer { depth -= 1 }
        position += 1
        let object = realm.newObject()
        skipWhitespace()
        if position < text.count, text[position] == 0x7D {
            position += 1
            return .object(object)
        }
        var first = true
        while true {
            skipWhitespace()
            guard position < text.count, text[position] == 0x22 else {
                if position >= text.count { throw syntaxError("Unexpected end of JSON input") }
                if first { throw syntaxError("Expected property name or '}' in JSON at position \(position)") }
                throw syntaxError("Expected double-quoted property name in JSON at position \(position)")
            }
            first = false
            let key = try parseString()
            skipWhitespace()
            guard position < text.count, text[position] == 0x3A else {
                if position >= text.count { throw syntaxError("Unexpected end of JSON input") }
                throw syntaxError("Expected ':' after property name in JSON at position \(position)")
            }
            position += 1
            skipWhitespace()
            object.defineOwn(key, try parseValue())
            skipWhitespace()
            guard position < text.count else { throw syntaxError("Unexpected end of JSON input") }
            if text[position] == 0x2C {
                position += 1
                continue
            }
            if text[position] == 0x7D {
                position += 1
                return .object(object)
            }
            throw syntaxError("Expected ',' or '}' after property value in JSON at position \(position)")
        }
    }

    private mutating func parseArray() throws -> Value {
        try nest()
        defer { depth -= 1 }
        position += 1
        var elements: [Value] = []
        skipWhitespace()
        if position < text.count, text[position] == 0x5D {
            position += 1
            return .object(realm.newArray())
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            try realm.checkArray(length: elements.count)
            skipWhitespace()
            guard position < text.count else { throw syntaxError("Unexpected end of JSON input") }
            if text[position] == 0x2C {
                position += 1
                continue
            }
            if text[position] == 0x5D {
                position += 1
                return .object(realm.newArray(elements))
            }
            throw syntaxError("Expected ',' or ']' after array element in JSON at position \(position)")
        }
    }

    private mutating func parseString() throws -> JSString {
        position += 1
        var units: [UInt16] = []
        while true {
            guard position < text.count else { throw syntaxError("Unterminated string in JSON at position \(position)") }
            let unit = text[position]
            if unit == 0x22 {
                position += 1
                return JSString(units: units)
            }
            if unit < 0x20 {
                throw syntaxError("Bad control character in string literal in JSON at position \(position)")
            }
            if unit != 0x5C {
                units.append(unit)
                position += 1
                continue
            }
            position += 1
            guard position < text.count else { throw syntaxError("Unterminated string in JSON at position \(position)") }
            switch text[position] {
            case 0x22: units.append(0x22)
            case 0x5C: units.append(0x5C)
            case 0x2F: units.append(0x2F)
            case 0x62: units.append(0x08)
            case 0x66: units.append(0x0C)
            case 0x6E: units.append(0x0A)
            case 0x72: units.append(0x0D)
            case 0x74: units.append(0x09)
            case 0x75:
                var value: UInt16 = 0
                for offset in 1...4 {
                    guard position + offset < text.count, let digit = NumberParsing.digitValue(text[position + offset]), digit < 16 else {
                        throw syntaxError("Bad Unicode escape in JSON at position \(position - 1)")
                    }
                    value = value << 4 | UInt16(digit)
                }
                units.append(value)
                position += 4
            default:
                throw syntaxError("Bad escaped character in JSON at position \(position - 1)")
            }
            position += 1
        }
    }

    private mutating func parseNumber() throws -> Value {
        let start = position
        if text[position] == 0x2D { position += 1 }
        guard position < text.count, text[position] >= 0x30, text[position] <= 0x39 else {
            if position >= text.count { throw syntaxError("Unexpected end of JSON input") }
            throw syntaxError("No number after minus sign in JSON at position \(position)")
        }
        if text[position] == 0x30 {
            position += 1
        } else {
            while position < text.count, text[position] >= 0x30, text[position] <= 0x39 { position += 1 }
        }
        if position < text.count, text[position] == 0x2E {
            position += 1
            guard position < text.count, text[position] >= 0x30, text[position] <= 0x39 else {
                if position >= text.count { throw syntaxError("Unterminated fractional number in JSON at position \(position)") }
                throw syntaxError("Unterminated fractional number in JSON at position \(position)")
            }
            while position < text.count, text[position] >= 0x30, text[position] <= 0x39 { position += 1 }
        }
        if position < text.count, text[position] == 0x65 || text[position] == 0x45 {
            position += 1
            if position < text.count, text[position] == 0x2B || text[position] == 0x2D { position += 1 }
            guard position < text.count, text[position] >= 0x30, text[position] <= 0x39 else {
                throw syntaxError("Exponent part is missing a number in JSON at position \(position)")
            }
            while position < text.count, text[position] >= 0x30, text[position] <= 0x39 { position += 1 }
        }
        let literal = String(decoding: text[start..<position].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        return .number(Double(literal) ?? .nan)
    }
}
