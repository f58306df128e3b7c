/// A compiled regular expression: the pattern tree lowered to matcher instructions.
final class RegExpProgram: Sendable {
    let source: JSString
    let flags: RegExpFlags
    let captureCount: Int
    let groupNames: [String?]
    /// `codes[0]` is the main program; lookarounds refer to the others by index.
    let codes: [RegExpCode]
    let registerCount: Int

    init(pattern: RegExpPattern, source: JSString, flags: RegExpFlags) throws {
        if flags.hasIndices {
            throw RegExpUnsupported(message: "Invalid regular expression: the 'd' flag (match indices) is not supported")
        }
        self.source = source
        self.flags = flags
        self.captureCount = pattern.captureCount
        self.groupNames = pattern.groupNames
        var builder = RegExpBuilder(flags: flags)
        let main = try builder.compileProgram(pattern.root, backward: false)
        builder.codes[0] = main
        self.codes = builder.codes
        self.registerCount = builder.registerCount
    }

    static func isLineTerminator(_ character: UInt32) -> Bool {
        character == 0x0A || character == 0x0D || character == 0x2028 || character == 0x2029
    }

    static func isWordCharacter(_ character: UInt32) -> Bool {
        (character >= 0x61 && character <= 0x7A) || (character >= 0x41 && character <= 0x5A)
            || (character >= 0x30 && character <= 0x39) || character == 0x5F
    }
}
