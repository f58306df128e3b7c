/// Case folding for the `i` flag.
///
/// Without `u`, JavaScript canonicalises a character to its upper-case form when that form is
/// a single code unit and does not map a non-ASCII character to ASCII (the specification's
/// Canonicalize). With `u` it uses simple case folding; here the folded representative is
/// `lower(upper(c))` (single scalars only), which puts characters in the same classes as
/// CaseFolding.txt does for the cases that matter (`ς`/`σ`/`Σ`, `ſ`/`s`, `K`/`k`/Kelvin sign).
/// Only equality of canonical forms matters, so any consistent representative is correct.
enum CaseFolding {
    static func canonicalize(_ character: UInt32, unicode: Bool) -> UInt32 {
        if character < 0x80 {
            if unicode {
                return character >= 0x41 && character <= 0x5A ? character + 0x20 : character
            }
            return character >= 0x61 && character <= 0x7A ? character - 0x20 : character
        }
        if character < 0x10000 {
            return UInt32((unicode ? CaseTable.unicode : CaseTable.legacy).canonical[Int(character)])
        }
        return unicode ? CaseTable.fold(character) : character
    }

    /// Every character with the same canonical form as `character` (other than itself), so a
    /// class under `i` matches when any member canonicalises like the tested character.
    static func variants(of character: UInt32, unicode: Bool) -> [UInt32] {
        let canonical = canonicalize(character, unicode: unicode)
        if canonical < 0x10000 && character < 0x10000 {
            let table = unicode ? CaseTable.unicode : CaseTable.legacy
            return (table.equivalents[UInt16(canonical)] ?? []).map(UInt32.init).filter { $0 != character }
        }
        var result: [UInt32] = []
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
