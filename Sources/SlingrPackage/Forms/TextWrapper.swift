/// Word wrapping for terminal output: words move to the next line when they do not fit; a
/// word longer than a whole line (a long URL) is cut into line-sized pieces. Widths count
/// characters.
public enum TextWrapper {
    /// `text` wrapped to `width` columns, the first line after `firstPrefix`, the others after
    /// `restPrefix` (a hanging indent). Explicit line breaks are kept. Always at least one line.
    public static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        var prefix = firstPrefix
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var currentAvailable = max(8, width - prefix.count)
            func flush() {
                lines.append(prefix + current)
                prefix = restPrefix
                currentAvailable = max(8, width - prefix.count)
                current = ""
            }
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = Substring(word)
                if !current.isEmpty, visibleCount(current) + 1 + visibleCount(piece) > currentAvailable { flush() }
                while visibleCount(piece) > currentAvailable, !piece.contains("\u{1B}") {
                    if !current.isEmpty { flush() }
                    current = String(piece.prefix(currentAvailable))
                    piece = piece.dropFirst(currentAvailable)
                    flush()
                }
                guard !piece.isEmpty else { continue }
                current += (current.isEmpty ? "" : " ") + piece
            }
            flush()
        }
        return lines
    }

    /// Characters shown on a terminal: ANSI style sequences (`ESC [ ... m`) count nothing.
    static func visibleCount<S: StringProtocol>(_ text: S) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// Shortens `text` to `width` characters, ending in `…` when cut.
    static func truncate(_ text: String, width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - 1)) + "…"
    }

    /// `text` padded with spaces to `width` characters.
    static func pad(_ text: String, to width: Int) -> String {
        let count = visibleCount(text)
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}
