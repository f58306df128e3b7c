import SlingrDiagnostics

/// Derives slightly broken (or differently valid) programs from valid ones: deleted, inserted,
/// replaced or swapped characters, duplicated or removed spans, truncation. The mutants probe
/// the parser's error detection where it matters most, right next to valid code.
struct ProgramMutator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let insertions: [String] = [
        "(", ")", "{", "}", "[", "]", ";", ",", ".", "=", "+", "-", "*", "/", "%", "<", ">", "!", "?", ":",
        "&", "|", "^", "~", "'", "\"", "`", "\n", " ", "#", "\\", "@", "a", "0", "_", "$", "=>", "...", "?.",
        "++", "--", "**", "??", " in ", " of ", " let ", " yield ", " await ", " async ", " new ", " if ",
        " function ", " class ", " return ", " static ", " get ", "${", "/*", "*/", "//", "\\u0061", "08", "0x",
    ]

    mutating func mutate(_ program: String) -> String {
        var scalars = Array(program.unicodeScalars)
        guard !scalars.isEmpty else { return random.pick(ProgramMutator.insertions) }
        let position = random.below(scalars.count)
        switch random.below(8) {
        case 0:
            scalars.remove(at: position)
        case 1, 2:
            scalars.insert(contentsOf: random.pick(ProgramMutator.insertions).unicodeScalars, at: position)
        case 3:
            let replacement = random.pick(ProgramMutator.insertions).unicodeScalars
            scalars.replaceSubrange(position...position, with: replacement)
        case 4:
            let length = min(1 + random.below(6), scalars.count - position)
            scalars.removeSubrange(position..<(position + length))
        case 5:
            let length = min(1 + random.below(8), scalars.count - position)
            let span = scalars[position..<(position + length)]
            scalars.insert(contentsOf: Array(span), at: position)
        case 6:
            scalars.removeSubrange(position...)
        default:
            if position + 1 < scalars.count { scalars.swapAt(position, position + 1) }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }
}
