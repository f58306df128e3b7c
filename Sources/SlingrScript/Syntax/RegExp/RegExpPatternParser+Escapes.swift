extension RegExpPatternParser {
    static func isSyntaxCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C: return true
        default: return false
        }
    }

    static func isASCIILetter(_ value: UInt32) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    static func hexValue(_ value: UInt32?) -> UInt32? {
        guard let value else { return nil }
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x41...0x46: return value - 0x41 + 10
        case 0x61...0x66: return value - 0x61 + 10
        default: return nil
        }
    }

    /// After `\u`: `XXXX` (combining an escaped surrogate pair with `u` or in group names) or,
    /// when `allowBraces`, `{X...}`. Nil (index unchanged) when malformed.
    mutating func readUnicodeEscape(allowBraces: Bool) -> UInt32? {
        let start = index
        if allowBraces, eat("{") {
            var value: UInt32 = 0
            var digits = 0
            while let digit = RegExpPatternParser.hexValue(peek()) {
                value = min(value * 16 + digit, 0x110000)
                digits += 1
                index += 1
            }
            guard digits > 0, eat("}"), value <= 0x10FFFF else { index = start; return nil }
            return value
        }
        guard let lead = readFourHex() else { index = start; return nil }
        if allowBraces, lead >= 0xD800, lead <= 0xDBFF, peekIs("\\"), peekIs("u", 1) {
            let resume = index
            index += 2
            if let trail = readFourHex(), trail >= 0xDC00, trail <= 0xDFFF {
                return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
            }
            index = resume
        }
        return lead
    }

    private mutating func readFourHex() -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = RegExpPatternParser.hexValue(peek(offset)) else { return nil }
            value = value * 16 + digit
        }
        index += 4
        return value
    }

    /// `\` followed by an escape, outside a class. Returns the atom and whether it may be quantified.
    mutating func parseAtomEscape() throws(RegExpSyntaxError) -> (RegExpNode, quantifiable: Bool) {
        let escapeStart = index
        index += 1
        guard let character = peek() else { throw error("\\ at end of pattern") }
        switch character {
        case 0x62: index += 1; return (.wordBoundary(isNegated: false), false) // b
        case 0x42: index += 1; return (.wordBoundary(isNegated: true), false) // B
        case 0x31...0x39: // 1-9: backreference or (Annex B) legacy octal / identity
            let resume = index
            let number = readDecimal()
            if number <= totalCaptures {
                return (.backreference(number), true)
            }
            if unicode { index = resume; throw error("Invalid escape") }
            index = resume
            if character >= 0x38 { // \8 \9 are identity escapes
                index += 1
                return (.character(character), true)
            }
            return (.character(readLegacyOctal()), true)
        case 0x6B: // k
            if unicode || hasNamedGroups {
                index += 1
                guard eat("<") else { throw error("Invalid named reference") }
                let referenceStart = index
                let name: String
                do {
                    name = try parseGroupName()
                } catch {
                    throw RegExpSyntaxError(message: "Invalid named reference", index: referenceStart)
                }
                if let knownNames {
                    let positions = knownNames.indices.filter { knownNames[$0] == name }
                    guard let first = positions.first else {
                        throw RegExpSyntaxError(message: "Invalid named capture referenced", index: referenceStart)
                    }
                    if positions.count > 1 { return (.namedBackreference(positions.map { $0 + 1 }), true) }
                    return (.backreference(first + 1), true)
                }
                // Resolved in a second pass, once every group name is known.
                namedReferences.append((name, referenceStart))
                return (.backreference(0), true)
            }
            index += 1
            return (.character(character), true)
        default:
            if let classEscape = try parseClassEscapeLetter() {
                return (.characterClass(classEscape), true)
            }
            guard let value = try parseCharacterEscape(inClass: false) else {
                // Annex B: `\c` not followed by a letter is a literal backslash.
                index = escapeStart + 1
                return (.character(0x5C), true)
            }
            return (.character(value), true)
        }
    }

    /// Up to three octal digits (value at most 0o377), for Annex B escapes.
    mutating func readLegacyOctal() -> UInt32 {
        guard let first = peek(), first >= 0x30, first <= 0x37 else { return 0 }
        index += 1
        var value = first - 0x30
        if let second = peek(), second >= 0x30, second <= 0x37 {
            index += 1
            value = value * 8 + second - 0x30
            if first <= 0x33, let third = peek(), third >= 0x30, third <= 0x37 {
                index += 1
                value = value * 8 + third - 0x30
            }
        }
        return value
    }

    /// `\d \D \w \W \s \S`, and `\p{..} \P{..}` with `u`; nil (index unchanged) otherwise.
    mutating func parseClassEscapeLetter() throws(RegExpSyntaxError) -> RegExpCharacterClass? {
        guard let character = peek() else { return nil }
        switch character {
        case 0x64, 0x44, 0x77, 0x57, 0x73, 0x53: // d D w W s S
            index += 1
            guard let scalar = Unicode.Scalar(character),
                  let builtin = RegExpBuiltinClass(rawValue: String(Character(scalar))) else { return nil }
            return RegExpCharacterClass(isNegated: false, items: [.builtin(builtin)])
        case 0x70 where unicode, 0x50 where unicode: // p P
            index += 1
            let property = try parseUnicodePropertyBody(negated: character == 0x50)
            return RegExpCharacterClass(isNegated: false, items: [.unicodeProperty(property)])
        default:
            return nil
        }
    }

    /// `{Name}` or `{Name=Value}` after `\p`/`\P`.
    mutating func parseUnicodePropertyBody(negated: Bool) throws(RegExpSyntaxError) -> RegExpUnicodeProperty {
        guard eat("{") else { throw error("Invalid property name") }
        var name = String.UnicodeScalarView()
        var value = String.UnicodeScalarView()
        var sawEquals = false
        while let character = peek(), character != 0x7D {
            index += 1
            guard let scalar = Unicode.Scalar(character),
                  RegExpPatternParser.isASCIILetter(character) || (character >= 0x30 && character <= 0x39)
                    || character == 0x5F || character == 0x3D else {
                throw error("Invalid property name")
            }
            if character == 0x3D {
                if sawEquals { throw error("Invalid property name") }
                sawEquals = true
            } else if sawEquals {
                value.append(scalar)
            } else {
                name.append(scalar)
            }
        }
        guard eat("}") else { throw error("Invalid property name") }
        let nameText = String(name)
        let valueText = String(value)
        if sawEquals {
            guard let property = RegExpUnicodeProperties.resolve(name: nameText, value: valueText) else {
                throw error("Invalid property name")
            }
            return RegExpUnicodeProperty(name: property.name, value: property.value, isNegated: negated)
        }
        guard let property = RegExpUnicodeProperties.resolveLone(nameText) else {
            throw error("Invalid property name")
        }
        return RegExpUnicodeProperty(name: property.name, value: property.value, isNegated: negated)
    }

    /// A CharacterEscape (the letter after `\`, at `index`). Returns nil only for an Annex B
    /// `\c` without a control letter (the caller then treats the backslash literally).
    mutating func parseCharacterEscape(inClass: Bool) throws(RegExpSyntaxError) -> UInt32? {
        guard let character = peek() else { throw error("\\ at end of pattern") }
        index += 1
        switch character {
        case 0x66: return 0x0C // f
        case 0x6E: return 0x0A // n
        case 0x72: return 0x0D // r
        case 0x74: return 0x09 // t
        case 0x76: return 0x0B // v
        case 0x63: // c
            if let letter = peek(), RegExpPatternParser.isASCIILetter(letter) {
                index += 1
                return letter % 32
            }
            if inClass, !unicode, let other = peek(), (other >= 0x30 && other <= 0x39) || other == 0x5F {
                index += 1
                return other % 32
            }
            if unicode { throw error("Invalid unicode escape") }
            return nil
        case 0x30: // 0
            if let next = peek(), next >= 0x30, next <= 0x39 {
                if unicode { throw error(inClass ? "Invalid class escape" : "Invalid decimal escape") }
                index -= 1
                return readLegacyOctal()
            }
            return 0
        case 0x78: // x
            if let high = RegExpPatternParser.hexValue(peek()), let low = RegExpPatternParser.hexValue(peek(1)) {
                index += 2
                return high * 16 + low
            }
            if unicode { throw error("Invalid escape") }
            return character
        case 0x75: // u
            if let value = readUnicodeEscape(allowBraces: unicode) { return value }
            if unicode { throw error("Invalid Unicode escape") }
            return character
        default:
            if unicode {
                if RegExpPatternParser.isSyntaxCharacter(character) || character == 0x2F { return character }
                if inClass, character == 0x2D { return character }
                throw error(inClass ? "Invalid class escape" : "Invalid escape")
            }
            return character
        }
    }
}
