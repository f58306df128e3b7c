/// A parsed regular-expression pattern: the tree a backtracking matcher runs on.
///
/// Produced by `RegExpParser` for literals (at parse time) and for `new RegExp(source, flags)`.
/// Characters are Unicode code points with the `u` flag and UTF-16 code units without it (an
/// astral character written literally in a non-`u` pattern becomes two `.character` nodes, one
/// per surrogate, which is how JavaScript matches it).
public struct RegExpPattern: Sendable {
    /// The whole pattern (a disjunction of alternatives).
    public let root: RegExpNode
    /// Number of capturing groups; groups are numbered from 1 in order of their `(`.
    public let captureCount: Int
    /// `groupNames[i]` is the name of capture group `i + 1`, nil for unnamed groups.
    public let groupNames: [String?]
    public let flags: RegExpFlags

    public init(root: RegExpNode, captureCount: Int, groupNames: [String?], flags: RegExpFlags) {
        self.root = root
        self.captureCount = captureCount
        self.groupNames = groupNames
        self.flags = flags
    }
}

/// A node of a regular-expression pattern tree.
public indirect enum RegExpNode: Sendable {
    /// Matches the empty string (an empty pattern or alternative, `()`, `a|`).
    case empty
    /// `a|b|c`: tries each alternative in order (two or more).
    case disjunction([RegExpNode])
    /// `abc`: matches the terms one after another (two or more).
    case sequence([RegExpNode])
    /// One character (code point with `u`, UTF-16 code unit without); case folding under `i`
    /// is the matcher's job.
    case character(UInt32)
    /// `.`: any character except line terminators, or any character with the `s` flag.
    case dot
    /// `[...]`, `[^...]` and the escapes `\d \D \w \W \s \S \p{..} \P{..}` outside a class.
    case characterClass(RegExpCharacterClass)
    /// `^`: start of input, or of any line with the `m` flag.
    case lineStart
    /// `$`: end of input, or of any line with the `m` flag.
    case lineEnd
    /// `\b` (`isNegated == false`) or `\B`.
    case wordBoundary(isNegated: Bool)
    /// `(?=..)`, `(?!..)`, `(?<=..)`, `(?<!..)`. Lookbehind matches backwards (right to left).
    case lookaround(RegExpNode, isBehind: Bool, isNegated: Bool)
    /// `(..)`, `(?<name>..)` (capturing, `captureIndex` from 1) or `(?:..)` (`captureIndex` nil).
    case group(RegExpNode, captureIndex: Int?, name: String?)
    /// `\1` or `\k<name>` resolved to the group's index (a reference to a group that has not
    /// matched, or to an enclosing group, matches the empty string).
    case backreference(Int)
    /// `atom*`, `atom+?`, `atom{2,5}`, ...
    case quantified(RegExpNode, RegExpQuantifier)
    /// `\k<name>` for a name several groups share (in different alternatives): matches what
    /// the one that participated captured.
    case namedBackreference([Int])
    /// `(?i:...)`, `(?-m:...)`, `(?s-i:...)`: a non-capturing group with flags switched on
    /// (true) or off (false) inside it; nil leaves a flag as it is.
    case modified(RegExpNode, ignoreCase: Bool?, multiline: Bool?, dotAll: Bool?)
}

/// How often a quantified atom repeats.
public struct RegExpQuantifier: Sendable, Hashable {
    public let min: Int
    /// Nil for unbounded (`*`, `+`, `{n,}`).
    public let max: Int?
    /// False for the lazy forms (`*?`, `+?`, `??`, `{n,m}?`).
    public let isGreedy: Bool
    /// Capture groups inside the atom (`first..<first+count` as 1-based indices); the matcher
    /// resets them at the start of each iteration, as the specification requires.
    public let capturesInside: Range<Int>

    public init(min: Int, max: Int?, isGreedy: Bool, capturesInside: Range<Int>) {
        self.min = min
        self.max = max
        self.isGreedy = isGreedy
        self.capturesInside = capturesInside
    }
}
