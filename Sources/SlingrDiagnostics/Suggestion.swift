/// Did-you-mean suggestions for mistyped commands, options, keys and values.
public enum Suggestion {
    /// The candidate closest to `word`, if it is plausibly a typo of it: equal ignoring case,
    /// within a small edit distance (a third of the word, at most 3), or sharing a long prefix
    /// (`visible` for `visibility`). Ties go to the earlier candidate.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        ranked(word, candidates).first?.candidate
    }

    /// The closest candidate when no other is as close: the one correction a fix may apply
    /// without asking. A case-only difference always wins.
    public static func unique(to word: String, in candidates: [String]) -> String? {
        let ranked = ranked(word, candidates)
        guard let best = ranked.first else { return nil }
        if best.candidate.lowercased() == word.lowercased() { return best.candidate }
        return ranked.count == 1 || ranked[1].score > best.score ? best.candidate : nil
    }

    /// Plausible candidates with their scores, best first (stable for ties).
    private static func ranked(_ word: String, _ candidates: [String]) -> [(candidate: String, score: Int)] {
        let lowered = word.lowercased()
        let limit = min(3, max(1, word.count / 3))
        var found: [(candidate: String, score: Int)] = []
        for candidate in candidates where candidate != word {
            let other = candidate.lowercased()
            var score = other == lowered ? 0 : editDistance(lowered, other)
            if score > limit {
                let prefix = commonPrefixLength(lowered, other)
                guard prefix >= max(4, (min(lowered.count, other.count) * 2 + 2) / 3) else { continue }
                score = limit + 1
            }
            found.append((candidate, score))
        }
        return found.enumerated().sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }.map(\.element)
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    private static func commonPrefixLength(_ lhs: String, _ rhs: String) -> Int {
        zip(lhs.unicodeScalars, rhs.unicodeScalars).prefix { $0 == $1 }.count
    }
}
