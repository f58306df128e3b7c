import SlingrDiagnostics

/// Writes a `JSONOutput` as text that fits into an existing file: multi-line with the file's
/// indentation unit and line ending, starting at a given indentation, or on one line with the
/// separators of the surrounding container.
struct JSONTextRenderer {
    let style: JSONTextStyle
    /// Deepest nesting written; deeper values are refused rather than risk the stack.
    static let maximumDepth = 512

    /// Multi-line text; the first line has no indentation (it follows a key or a line's
    /// indentation already written), later lines start with `indent` plus levels of the unit.
    func multiline(_ value: JSONOutput, indent: String) -> String? {
        var output = ""
        return write(value, indent: indent, depth: 0, inline: nil, to: &output) ? output : nil
    }

    /// One-line text with `separator` between items (`", "` or `","`) and `keySeparator`
    /// between keys and values.
    func inline(_ value: JSONOutput, separator: String, keySeparator: String) -> String? {
        var output = ""
        let separators = (separator, keySeparator)
        return write(value, indent: "", depth: 0, inline: separators, to: &output) ? output : nil
    }

    /// Returns `false` when the value is nested deeper than the limit.
    private func write(_ value: JSONOutput, indent: String, depth: Int, inline: (String, String)?, to output: inout String) -> Bool {
        if depth > Self.maximumDepth { return false }
        switch value {
        case .array(let items) where !items.isEmpty:
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += inline?.0 ?? "," }
                if inline == nil { output += style.lineEnding + indent + style.indentUnit }
                if !write(item, indent: indent + style.indentUnit, depth: depth + 1, inline: inline, to: &output) { return false }
            }
            if inline == nil { output += style.lineEnding + indent }
            output += "]"
        case .object(let members) where !members.isEmpty:
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += inline?.0 ?? "," }
                if inline == nil { output += style.lineEnding + indent + style.indentUnit }
                JSONOutput.writeQuoted(member.0, to: &output)
                output += inline?.1 ?? style.keySeparator
                if !write(member.1, indent: indent + style.indentUnit, depth: depth + 1, inline: inline, to: &output) { return false }
            }
            if inline == nil { output += style.lineEnding + indent }
            output += "}"
        default:
            output += value.rendered(indent: 0)
        }
        return true
    }
}
