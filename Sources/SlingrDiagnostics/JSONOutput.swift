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
    public func rendered(indent: Int = 2) -> String {
        var output = ""
        write(to: &output, indent: indent, depth: 0)
        return output
    }

    private func write(to output: inout String, indent: Int, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let text): output += text
        case .string(let value): JSONOutput.writeQuoted(value, to: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent: indent, depth: depth + 1)
                item.write(to: &output, indent: indent, depth: depth + 1)
            }
            newline(&output, indent: indent, depth: depth)
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                newline(&output, indent: indent, depth: depth + 1)
                JSONOutput.writeQuoted(member.0, to: &output)
                output += indent > 0 ? ": " : ":"
                member.1.write(to: &output, indent: indent, depth: depth + 1)
            }
            newline(&output, indent: indent, depth: depth)
            output += "}"
        }
    }

    private func newline(_ output: inout String, indent: Int, depth: Int) {
        guard indent > 0 else { return }
        output += "\n"
        output += String(repeating: " ", count: indent * depth)
    }

    /// Appends `value` as a JSON string literal: quotes, backslashes and control characters are
    /// escaped, everything else is written as is.
    public static func writeQuoted(_ value: String, to output: inout String) {
        output += "\""
        var pending = value.unicodeScalars.startIndex
        let scalars = value.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[pending..<index])
                output += escape
                pending = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[pending..<scalars.endIndex])
        output += "\""
    }
}
