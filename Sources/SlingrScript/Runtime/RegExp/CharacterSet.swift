/// The members of a character class as sorted, merged inclusive ranges.
struct CharacterSet: Sendable {
    private(set) var ranges: [(lower: UInt32, upper: UInt32)] = []
    let negated: Bool

    init(negated: Bool) { self.negated = negated }

    mutating func add(_ lower: UInt32, _ upper: UInt32) { ranges.append((lower, upper)) }

    mutating func add(builtin: RegExpBuiltinClass) {
        switch builtin {
        case .digit: add(0x30, 0x39)
        case .notDigit: addComplement(of: [(0x30, 0x39)])
        case .word: for range in CharacterSet.wordRanges { add(range.0, range.1) }
        case .notWord: addComplement(of: CharacterSet.wordRanges)
        case .space: for range in CharacterSet.spaceRanges { add(range.0, range.1) }
        case .notSpace: addComplement(of: CharacterSet.spaceRanges)
        }
    }

    private mutating func addComplement(of sorted: [(UInt32, UInt32)]) {
        var next: UInt32 = 0
        for (lower, upper) in sorted {
            if lower > next { add(next, lower - 1) }
            next = upper + 1
        }
        add(next, 0x10FFFF)
    }

    static let wordRanges: [(UInt32, UInt32)] = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
    static let spaceRanges: [(UInt32, UInt32)] = [
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
        (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
    ]

    /// Sorts and merges the ranges so membership is a binary search.
    mutating func finish() {
        ranges.sort { $0.lower < $1.lower }
        var merged: [(lower: UInt32, upper: UInt32)] = []
        for range in ranges {
            if let last = merged.last, range.lower <= last.upper &+ 1 {
                merged[merged.count - 1].upper = max(last.upper, range.upper)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }

    /// Membership before negation.
    @inline(__always)
    func containsMember(_ character: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if character < range.lower {
                high = mid - 1
            } else if character > range.upper {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Membership before negation under `i`: some member canonicalises like `character`.
    func containsIgnoringCase(_ character: UInt32, unicode: Bool) -> Bool {
        if containsMember(character) { return true }
        for variant in CaseFolding.variants(of: character, unicode: unicode) where containsMember(variant) { return true }
        return false
    }
}
