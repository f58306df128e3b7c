/// Word wrapping for terminal output: words move to the next line when they do not fit; a
/// word longer than a whole line (a long URL) is cut into line-sized pieces. Widths count
/// characters.
public enum TextWrapper {
    /// `text` wrapped to `width` columns, the first line after `firstPrefix`, the others after
    /// `restPrefix` (a hanging indent). Explicit line breaks are kept. Always at least one line.
    ///
    /// Time is linear in the length of the text: each word is measured once, and a word longer
    /// than a line is cut by walking it once.
    public static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        var prefix = firstPrefix
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var currentCount = 0
            var currentAvailable = max(8, width - prefix.count)
            func flush() {
                lines.append(prefix + current)
                prefix = restPrefix
                currentAvailable = max(8, width - prefix.count)
                current = ""
                currentCount = 0
            }
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = Substring(word)
                var pieceCount = visibleCount(piece)
                if !current.isEmpty, currentCount + 1 + pieceCount > currentAvailable { flush() }
                // Styled words (ANSI sequences) are never cut: a cut could split a sequence.
                if pieceCount > currentAvailable, !piece.contains("\u{1B}") {
                    while pieceCount > currentAvailable {
                        if !current.isEmpty { flush() }
                        let cut = piece.index(piece.startIndex, offsetBy: currentAvailable)
                        current = String(piece[..<cut])
                        piece = piece[cut...]
                        pieceCount -= currentAvailable
                        flush()
                    }
                }
                guard !piece.isEmpty else { continue }
                if !current.isEmpty {
                    current += " "
                    currentCount += 1
                }
                current += piece
                currentCount += pieceCount
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
