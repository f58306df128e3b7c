/// The compiled program and state of a RegExp object (`lastIndex` is an ordinary property).
final class RegExpData {
    let program: RegExpProgram

    init(program: RegExpProgram) { self.program = program }
}
