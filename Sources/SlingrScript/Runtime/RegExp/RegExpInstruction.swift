/// The instructions of the backtracking matcher.
enum RegExpInstruction: Sendable {
    case test(CharacterTest)
    case lineStart(multiline: Bool)
    case lineEnd(multiline: Bool)
    case wordBoundary(negated: Bool)
    /// Try `first`; on failure resume at `second`.
    case split(first: Int, second: Int)
    case jump(Int)
    /// Records the position in capture slot `slot` (2*group for the start, 2*group+1 for the end).
    case save(slot: Int)
    /// Clears capture slots `from..<to` (groups inside a repeated atom, at each iteration).
    case clearCaptures(from: Int, to: Int)
    case backreference(group: Int, ignoreCase: Bool)
    /// A backreference to whichever of several same-named groups captured something.
    case namedBackreference(groups: [Int], ignoreCase: Bool)
    case lookaround(program: Int, negated: Bool)
    case setRegister(Int, Int)
    /// Loop head of a general quantifier; see `RegExpMatcher`.
    case loopHead(counter: Int, min: Int, max: Int?, greedy: Bool, mandatory: Int, optional: Int, exit: Int)
    /// Marks the start position of an optional iteration (to reject empty iterations).
    case markPosition(register: Int)
    case loopTail(counter: Int, mark: Int, head: Int)
    /// A quantified single-character atom, matched without per-iteration choice points.
    case simpleRepeat(CharacterTest, min: Int, max: Int?, greedy: Bool)
    case match
}
