/// A sequence of instructions that matches in one direction (lookbehind runs backwards).
struct RegExpCode: Sendable {
    var instructions: [RegExpInstruction] = []
    var isBackward = false
}
