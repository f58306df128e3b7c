extension RegExpPatternParser {
    /// One side of a class range: a single character, or a set such as `\d` (which cannot be
    /// a range end).
    enum ClassAtom {
        case character(UInt32)
        case set(RegExpCharacterClass)
    }

    /// `[...]` or `[^...]` at `index` (on the `[`).
    mutating func parseClass() throws(RegExpSyntaxError) -> RegExpCharacterClass {
        index += 1
        let negated = eat("^")
        var items: [RegExpClassItem] = []
        while true {
            guard let character = peek() else { throw error("Unterminated character class") }
            if character == 0x5D { // ]
                index += 1
                break
            }
            let first = try parseClassAtom()
            if peekIs("-"), let afterDash = peek(1), afterDash != 0x5D {
                index += 1
                let second = try parseClassAtom()
                switch (first, second) {
                case (.character(let lower), .character(let upper)):
                    guard lower <= upper else { throw error("Range out of order in character class") }
                    items.append(.range(lower, upper))
                default:
                    if unicode { throw error("Invalid character class") }
                    // Annex B: `[\d-x]` is the union of `\d`, `-` and `x`.
                    append(first, to: &items)
                    items.append(.character(0x2D))
                    append(second, to: &items)
                }
            } else {
                append(first, to: &items)
            }
        }
        return RegExpCharacterClass(isNegated: negated, items: items)
    }

    private func append(_ atom: ClassAtom, to items: inout [RegExpClassItem]) {
        switch atom {
        case .character(let value): items.append(.character(value))
        case .set(let set): items.append(contentsOf: set.items)
        }
    }

    private mutating func parseClassAtom() throws(RegExpSyntaxError) -> ClassAtom {
        guard let character = peek() else { throw error("Unterminated character class") }
        guard character == 0x5C else {
            index += 1
            return .character(character)
        }
        let backslash = index
        index += 1
        guard let escaped = peek() else { throw error("\\ at end of pattern") }
        switch escaped {
        case 0x62: // b
            index += 1
            return .character(0x08)
        case 0x2D where unicode: // -
            index += 1
            return .character(0x2D)
        case 0x31...0x39: // 1-9
            if unicode { throw error("Invalid class escape") }
            if escaped >= 0x38 {
                index += 1
                return .character(escaped)
            }
            return .character(readLegacyOctal())
        case 0x6B where hasNamedGroups && !unicode: // k
            throw error("Invalid escape")
        default:
            if let set = try parseClassEscapeLetter() { return .set(set) }
            guard let value = try parseCharacterEscape(inClass: true) else {
                index = backslash + 1
                return .character(0x5C)
            }
            return .character(value)
        }
    }
}
