import SlingrDiagnostics
import SlingrJSON

/// Where a position is in a JSON document that may be half typed: the chain of containers
/// around it, whether a key or a value goes there, and the string being typed. Read by one
/// forgiving scan from the start of the text to the position (linear, never fails), because
/// while the user types the document rarely parses.
struct JSONCursor {
    /// One open object or array around the position, outermost first.
    struct Container {
        var isObject: Bool
        /// Keys met so far (objects).
        var keys: [String] = []
        /// String values met so far, by key: a field's `type` decides its `typeOptions`.
        var strings: [String: String] = [:]
        /// The key whose value is being read (objects), or the element index (arrays).
        var key: String?
        var index = 0
        var expectsKey = true
        /// A value followed the last key: a string now is the next key with its comma missing.
        var valueSeen = false
        /// How this container is reached from its parent.
        var token: JSONPointer.Token?
    }

    enum Slot: Equatable {
        /// A key goes here (typed in `string`, or not started yet).
        case key
        /// The value of `key` (`nil` for an array element).
        case value(key: String?)
    }

    var containers: [Container] = []
    var slot: Slot = .value(key: nil)
    /// The string the position is in: its range (opening quote to closing quote included, or to
    /// the end of the line when unterminated), its text up to the position, and all its text.
    var string: (range: SourceRange, typed: String, text: String)?

    /// The pointer tokens of the innermost container.
    var path: [JSONPointer.Token] { containers.compactMap(\.token) }

    init(_ source: SourceFile, offset: Int) {
        let bytes = source.bytes
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var container = Container(isObject: byte == UInt8(ascii: "{"))
                if let parent = containers.last {
                    container.token = parent.isObject ? parent.key.map(JSONPointer.Token.key) : .index(parent.index)
                }
                containers.append(container)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !containers.isEmpty { containers.removeLast() }
                if !containers.isEmpty { containers[containers.count - 1].valueSeen = true }
            case UInt8(ascii: ","):
                if var last = containers.popLast() {
                    if last.isObject { last.expectsKey = true; last.key = nil } else { last.index += 1 }
                    last.valueSeen = false
                    containers.append(last)
                }
            case UInt8(ascii: ":"):
                if var last = containers.popLast() {
                    last.expectsKey = false
                    last.valueSeen = false
                    containers.append(last)
                }
            case UInt8(ascii: "\""):
                let (close, text) = Self.scanString(bytes, from: index, limit: bytes.count)
                // Where the string ends: its closing quote, or the end of its line when it is
                // left open (the next line is read as JSON again).
                let stop = close.map { $0 + 1 } ?? Self.lineEnd(bytes, from: index)
                if stop <= end, close.map({ $0 < end }) ?? true {
                    record(text)
                    index = stop
                    continue
                }
                // The position is inside this string.
                let typed = Self.scanString(bytes, from: index, limit: end).text
                string = (SourceRange(start: index, end: max(stop, end)), typed, text)
                index = end
                continue
            default:
                break
            }
            index += 1
        }
        guard let last = containers.last else {
            slot = .value(key: nil)
            return
        }
        slot = last.isObject ? (last.expectsKey ? .key : .value(key: last.key)) : .value(key: nil)
    }

    /// A complete string outside the position: a key or a value of the innermost container.
    private mutating func record(_ text: String) {
        guard var last = containers.popLast() else { return }
        if last.isObject, last.expectsKey || last.valueSeen {
            last.key = text
            last.keys.append(text)
            last.expectsKey = true
            last.valueSeen = false
        } else if last.isObject, let key = last.key {
            last.strings[key] = text
            last.valueSeen = true
        }
        containers.append(last)
    }

    /// Where the line holding `index` ends.
    static func lineEnd(_ bytes: [UInt8], from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return end
    }

    /// Adds what the whole document says about the containers (keys and strings after the
    /// position), when it parses.
    mutating func complete(with document: JSONValue?) {
        guard let document else { return }
        var tokens: [JSONPointer.Token] = []
        for index in containers.indices {
            if let token = containers[index].token { tokens.append(token) }
            guard let value = JSONPointer(tokens: tokens).resolve(in: document), let members = value.members else { continue }
            for member in members {
                if !containers[index].keys.contains(member.key) { containers[index].keys.append(member.key) }
                if let text = member.value.string, containers[index].strings[member.key] == nil { containers[index].strings[member.key] = text }
            }
        }
    }

    /// The closing quote of the string opening at `start` (`nil` when it does not close before
    /// `limit` or the line ends) and its decoded text up to there.
    static func scanString(_ bytes: [UInt8], from start: Int, limit: Int) -> (close: Int?, text: String) {
        var index = start + 1
        var text: [UInt8] = []
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (index, String(decoding: text, as: UTF8.self)) }
            if byte == 0x0A || byte == 0x0D { return (nil, String(decoding: text, as: UTF8.self)) }
            if byte == UInt8(ascii: "\\"), index + 1 < limit {
                let next = bytes[index + 1]
                switch next {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"): text += Array("\\u".utf8)
                default: text.append(next)
                }
                index += 2
                continue
            }
            text.append(byte)
            index += 1
        }
        return (nil, String(decoding: text, as: UTF8.self))
    }
}
