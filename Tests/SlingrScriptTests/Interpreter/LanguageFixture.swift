import Foundation
import SlingrDiagnostics
import SlingrScript

/// A `.js` language fixture with inline expectations, run like a REPL session.
///
/// Directives (comments):
/// - `// expect: X` ends a chunk: the code since the previous chunk (up to and including this
///   line) runs as a script in the same interpreter, and its completion value must display as
///   `X` (objects and arrays compactly, strings raw).
/// - `// expect error: Name: message` ends a chunk that must fail with that description; when
///   the comment trails code, the error must be located on that line.
/// - `// mode: expressions` evaluates the code before each `expect` comment as a single
///   configuration expression (`@config.x` allowed) instead of a script chunk.
/// - `// mode: statements` runs the whole file as one statement list (a button action), and
///   `// mode: configurationBuilder` runs it as `configurationBuilder.js`; their final
///   expectations are `// expect: X` (statements result), `// expect result: {...}` (builder
///   result), `// expect config: {...}` (the global `config` afterwards) and
///   `// expect logs: level:message | ...`.
/// - `// config: <JS expression>` sets the configuration values, `// platform: app env package`
///   the simulated platform values, `// user: id` and `// app: url` the `sys` answers,
///   `// limits: steps=N depth=N string=N array=N` the limits.
struct LanguageFixture: CustomStringConvertible, Sendable {
    enum Expectation: Sendable {
        case value(String)
        case error(String, mustBeOnLine: Bool)
    }

    struct Chunk: Sendable {
        let source: String
        /// 1-based line of the expectation comment.
        let line: Int
        let expectation: Expectation
    }

    let name: String
    let text: String
    var mode = "program"
    var configExpression: String?
    var platform: PlatformValues?
    var user: String?
    var app: String?
    var limits = Limits()
    var chunks: [Chunk] = []
    var expectedResult: String?
    var expectedConfig: String?
    var expectedLogs: String?
    var finalExpectation: Expectation?

    var description: String { name }

    init(name: String, text: String) {
        self.name = name
        self.text = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var chunkStart = 0
        for (index, line) in lines.enumerated() {
            guard let commentRange = line.range(of: "// ") else { continue }
            let comment = String(line[commentRange.upperBound...]).trimmingWhitespace()
            let hasCode = !line[..<commentRange.lowerBound].trimmingWhitespace().isEmpty
            func value(after prefix: String) -> String? {
                comment.hasPrefix(prefix) ? String(comment.dropFirst(prefix.count)).trimmingWhitespace() : nil
            }
            if let mode = value(after: "mode:") { self.mode = mode }
            if let config = value(after: "config:") { configExpression = config }
            if let user = value(after: "user:") { self.user = user }
            if let app = value(after: "app:") { self.app = app }
            if let platform = value(after: "platform:") {
                let parts = platform.split(separator: " ").map(String.init)
                if parts.count == 3 { self.platform = .simulated(app: parts[0], env: parts[1], package: parts[2]) }
            }
            if let limits = value(after: "limits:") {
                for part in limits.split(separator: " ") {
                    let pair = part.split(separator: "=")
                    guard pair.count == 2, let number = Int(pair[1]) else { continue }
                    switch pair[0] {
                    case "steps": self.limits.maxSteps = number
                    case "depth": self.limits.maxCallDepth = number
                    case "string": self.limits.maxStringLength = number
                    case "array": self.limits.maxArrayLength = number
                    default: break
                    }
                }
            }
            if let result = value(after: "expect result:") { expectedResult = result }
            if let config = value(after: "expect config:") { expectedConfig = config }
            if let logs = value(after: "expect logs:") { expectedLogs = logs }
            var expectation: Expectation?
            if let error = value(after: "expect error:") {
                expectation = .error(error, mustBeOnLine: hasCode)
            } else if let expected = value(after: "expect:") {
                expectation = .value(expected)
            }
            guard let expectation else { continue }
            // Blank lines keep error locations aligned with the file.
            let prefix = String(repeating: "\n", count: chunkStart)
            let body = lines[chunkStart...index].joined(separator: "\n")
            chunks.append(Chunk(source: prefix + body, line: index + 1, expectation: expectation))
            finalExpectation = expectation
            chunkStart = index + 1
        }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
