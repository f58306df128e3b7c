/// Case folding for the `i` flag.
///
/// Without `u`, JavaScript canonicalises a character to its upper-case form when that form is
/// a single code unit (and does not map non-ASCII to ASCII). With `u` it uses simple case
/// folding, approximated here by Swift's single-scalar lower-case mapping.
enum CaseFolding {
    static func canonicalize(_ character: UInt32, unicode: Bool) -> UInt32 {
        if character < 0x80 {
            if unicode {
                return character >= 0x41 && character <= 0x5A ? character + 0x20 : character
            }
            return character >= 0x61 && character <= 0x7A ? character - 0x20 : character
        }
        guard let scalar = Unicode.Scalar(character) else { return character }
        if unicode {
            let folded = scalar.properties.lowercaseMapping.unicodeScalars
            if folded.count == 1, let first = folded.first { return first.value }
            return character
        }
        let upper = scalar.properties.uppercaseMapping.utf16
        guard upper.count == 1, let unit = upper.first else { return character }
        if UInt32(unit) < 0x80 { return character }
        return UInt32(unit)
    }

    /// Characters that may canonicalise like `character` (its case variants), for class tests.
    static func variants(of character: UInt32, unicode: Bool) -> [UInt32] {
        var result: [UInt32] = []
        let canonical = canonicalize(character, unicode: unicode)
        if canonical != character { result.append(canonical) }
        if let scalar = Unicode.Scalar(character) {
            for mapping in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
                let scalars = mapping.unicodeScalars
                if scalars.count == 1, let first = scalars.first, first.value != character,
                   canonicalize(first.value, unicode: unicode) == canonical
                {
                    result.append(first.value)
                }
            }
        }
        return result
    }
}
