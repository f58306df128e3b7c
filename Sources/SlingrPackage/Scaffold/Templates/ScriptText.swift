/// Puts user text (labels, descriptions) into generated JavaScript and Markdown safely.
enum ScriptText {
    /// A single-quoted JavaScript string literal, as real package scripts write them.
    static func quoted(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\x" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "'"
    }

    /// Text inside a `/** ... */` or `//` comment: one line, and never closing the comment.
    static func comment(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result += " "
            } else if scalar == "/" && previous == "*" {
                result += " /"
            } else {
                result.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        return result
    }

    /// Text in a Markdown table cell: pipes escaped, one line.
    static func tableCell(_ text: String) -> String {
        var result = ""
        for character in comment(text) {
            if character == "|" { result += "\\|" } else { result.append(character) }
        }
        return result
    }
}
