/// One character test of the matcher.
enum CharacterTest: Sendable {
    case character(UInt32)
    /// Compares canonicalised (case-folded) characters; the stored value is canonical.
    case characterIgnoringCase(UInt32)
    /// `.`
    case any(dotAll: Bool)
    case set(CharacterSet, ignoreCase: Bool, unicode: Bool)

    @inline(__always)
    func matches(_ character: UInt32, unicode: Bool) -> Bool {
        switch self {
        case .character(let expected): return character == expected
        case .characterIgnoringCase(let expected): return CaseFolding.canonicalize(character, unicode: unicode) == expected
        case .any(let dotAll): return dotAll || !RegExpProgram.isLineTerminator(character)
        case .set(let set, let ignoreCase, let unicode):
            if !ignoreCase { return set.containsMember(character) != set.negated }
            return set.containsIgnoringCase(character, unicode: unicode) != set.negated
        }
    }
}
