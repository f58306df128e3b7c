/// Substring search in time linear in the input, whatever the pattern (Knuth-Morris-Pratt):
/// `indexOf`, `includes`, `split` and `replace` with a long search string would otherwise
/// compare the pattern again at every position (`'a'.repeat(1e6).indexOf('a'.repeat(1e4) + 'b')`).
/// Short patterns keep the simple loop, which is faster for them.
enum StringSearch {
    /// Patterns shorter than this are searched by direct comparison (at most this many
    /// comparisons per position).
    static let directLimit = 32

    /// The first index at or after `start` where `pattern` occurs in `text`.
    static func first(_ pattern: [UInt16], in text: [UInt16], from start: Int) -> Int? {
        let m = pattern.count
        guard m > 0, start <= text.count - m else { return m == 0 && start <= text.count ? start : nil }
        let failure = failureTable(pattern)
        var matched = 0
        var index = start
        while index < text.count {
            let unit = text[index]
            while matched > 0 && pattern[matched] != unit { matched = Int(failure[matched - 1]) }
            if pattern[matched] == unit { matched += 1 }
            if matched == m { return index - m + 1 }
            index += 1
        }
        return nil
    }

    /// The last index at or before `start` where `pattern` occurs in `text`.
    static func last(_ pattern: [UInt16], in text: [UInt16], from start: Int) -> Int? {
        let m = pattern.count
        let end = min(start + m, text.count)
        guard m > 0, end >= m else { return nil }
        // The first occurrence in the reversed text is the last one in the text.
        let reversedText = Array(text[0..<end].reversed())
        guard let found = first(Array(pattern.reversed()), in: reversedText, from: 0) else { return nil }
        return end - found - m
    }

    /// `failure[i]`: the length of the longest proper prefix of `pattern[0...i]` that is also
    /// its suffix.
    private static func failureTable(_ pattern: [UInt16]) -> [Int32] {
        var failure = [Int32](repeating: 0, count: pattern.count)
        var length = 0
        var index = 1
        while index < pattern.count {
            while length > 0 && pattern[index] != pattern[length] { length = Int(failure[length - 1]) }
            if pattern[index] == pattern[length] { length += 1 }
            failure[index] = Int32(length)
            index += 1
        }
        return failure
    }
}
