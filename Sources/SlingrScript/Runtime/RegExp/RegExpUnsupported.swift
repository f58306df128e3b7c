/// A regular expression feature the matcher does not implement (reported as a SyntaxError
/// when the pattern is compiled, never as a wrong match).
struct RegExpUnsupported: Error {
    let message: String
}
