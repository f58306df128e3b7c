/// A JSON document being written: reports, machine-readable command output and serialised
/// values all build one of these and render it, so every JSON the tool prints is escaped and
/// indented the same way. (Reading JSON with locations is SlingrJSON's job.)
public indirect enum JSONOutput: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number already formatted as JSON number text.
    case number(String)
    case string(String)
    case array([JSONOutput])
    /// Members in the order they are written.
    case object([(String, JSONOutput)])

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
        lhs.rendered(indent: 0) == rhs.rendered(indent: 0)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(rendered(indent: 0)) }

    /// `string` or `null`, for optional members.
    public static func optional(_ value: String?) -> JSONOutput {
        value.map(JSONOutput.string) ?? .null
    }

    /// Text of the document. `indent` 0 gives the compact form; otherwise members go one per
    /// line like `JSON.stringify(value, null, indent)`. No trailing newline.
    ///
    /// The text is built as UTF-8 bytes and turned into a `String` once, so rendering takes
    /// time linear in the size of the output, whatever the number of strings and escapes.
    public func rendered(indent: Int = 2) -> String {
        var output: [UInt8] = []
        write(to: &output, indent: indent, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], indent: Int, depth: Int) {
        switch self {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .integer(let value): output += String(value).utf8
        case .number(let text): output += text.utf8
        case .string(let value): JSONOutput.appendQuoted(value, to: &output)
        case .array(let items):
            if items.isEmpty { output += "[]".utf8; return }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent: indent, depth: depth + 1)
                item.write(to: &output, indent: indent, depth: depth + 1)
            }
            newline(&output, indent: indent, depth: depth)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output += "{}".utf8; return }
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent: indent, depth: depth + 1)
                JSONOutput.appendQuoted(member.0, to: &output)
                output += (indent > 0 ? ": " : ":").utf8
                member.1.write(to: &output, indent: indent, depth: depth + 1)
            }
            newline(&output, indent: indent, depth: depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ output: inout [UInt8], indent: Int, depth: Int) {
        guard indent > 0 else { return }
        output.append(UInt8(ascii: "\n"))
        var remaining = indent * depth
        while remaining > 0 {
            let count = min(remaining, JSONOutput.spaces.count)
            JSONOutput.spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
            remaining -= count
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    /// Appends `value` as a JSON string literal: quotes, backslashes and control characters are
    /// escaped, everything else is written as is.
    public static func writeQuoted(_ value: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(value, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// `writeQuoted` on UTF-8 bytes. Every byte of a multi-byte UTF-8 sequence is 0x80 or
    /// above, so escaping byte by byte never splits a character; runs that need no escape are
    /// copied whole.
    public static func appendQuoted(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = value
        text.withUTF8 { bytes in
            var run = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                run = index + 1
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case 0x0A: output += "\\n".utf8
                case 0x0D: output += "\\r".utf8
                case 0x09: output += "\\t".utf8
                case 0x08: output += "\\b".utf8
                case 0x0C: output += "\\f".utf8
                default:
                    output += "\\u00".utf8
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0xF)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
