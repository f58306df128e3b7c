import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrPackage

/// Inputs 100 times the usual size, shaped like the ones that used to take quadratic time. The
/// bound is generous (10 s, where a debug build of the linear code needs about one second under
/// a loaded test run); it catches a return of the quadratic behaviour (25 s to minutes), not
/// small regressions, which `slingr-pkg-bench linear` measures in a release build.
@Suite("Hostile sizes take linear time")
struct LinearTimeTests {
    static let bound: Duration = .seconds(10)

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, clock.now - start)
    }

    @Test("a 3 MB string of escapes parses in linear time, decoded exactly")
    func jsonEscapes() throws {
        let escapes = String(repeating: #"\n\"\u00e9\\"#, count: 260_000)
        let text = #"{"label": ""# + escapes + #""}"#
        #expect(text.utf8.count > 3_000_000)
        let (parsed, elapsed) = Self.timed { JSONParser.parse(text) }
        #expect(elapsed < Self.bound, "parsing took \(elapsed)")
        #expect(parsed.diagnostics.isEmpty)
        let label = try #require(parsed.value?["label"]?.string)
        #expect(label == String(repeating: "\n\"é\\", count: 260_000))
    }

    /// 10,000 findings, each with a fix, notes and text that needs escaping.
    static let findings: [Diagnostic] = (0..<10_000).map { index in
        let source = SourceFile(path: "pkg/package.json", text: String(repeating: "{\"type\": \"dropdown\"}\n", count: 3))
        return Diagnostic(ruleId: "unknown-field-type", severity: index % 3 == 0 ? .warning : .error,
                          message: "unknown field type 'drop\"down\(index)'; did you mean 'dropDown'?\n\tsecond line",
                          in: source, range: SourceRange(start: 10, end: 20), pointer: "/configuration/\(index)/type",
                          notes: [Diagnostic.Note("note \(index)")],
                          fixIt: FixIt(message: "replace with 'dropDown'", edits: [TextEdit(range: SourceRange(start: 10, end: 20), replacement: "\"dropDown\"")]))
    }

    @Test("JSON, SARIF and GitHub reports of 10,000 findings take linear time")
    func reports() throws {
        let summary = DiagnosticSummary(Self.findings, files: 1)
        let (json, jsonTime) = Self.timed { DiagnosticJSONRenderer.render(Self.findings, summary: summary) }
        #expect(jsonTime < Self.bound, "JSON took \(jsonTime)")
        let parsed = JSONParser.parse(json)
        #expect(parsed.value?["diagnostics"]?.array?.count == 10_000)
        #expect(parsed.value?["diagnostics"]?.array?.first?["message"]?.string == "unknown field type 'drop\"down0'; did you mean 'dropDown'?\n\tsecond line")
        let (sarif, sarifTime) = Self.timed { SARIFReporter.render(Self.findings, rules: RuleCatalogue.package.all, toolVersion: "test") }
        #expect(sarifTime < Self.bound, "SARIF took \(sarifTime)")
        #expect(JSONParser.parse(sarif).value?["runs"]?.array?.first?["results"]?.array?.count == 10_000)
        let (github, githubTime) = Self.timed { GitHubActionsReporter.render(Self.findings) }
        #expect(githubTime < Self.bound, "GitHub took \(githubTime)")
        #expect(github.split(separator: "\n").count == 10_000)
    }

    @Test("a 200,000-character word wraps in linear time into line-sized pieces")
    func longWord() {
        let word = String(repeating: "abcdefghij", count: 20_000)
        let (lines, elapsed) = Self.timed { TextWrapper.wrap("see " + word + " end", width: 80, firstPrefix: "> ", restPrefix: "  ") }
        #expect(elapsed < Self.bound, "wrapping took \(elapsed)")
        #expect(lines.first == "> see")
        #expect(lines.dropFirst().allSatisfy { $0.count <= 80 })
        #expect(lines.map { String($0.dropFirst(2)) }.joined().filter { $0 != " " } == "see" + word + "end")
    }

    @Test("resolving 20,000 placeholders takes linear time")
    func placeholders() {
        let text = (0..<20_000).map { "${NAME_\($0)}" }.joined(separator: "-")
        let environment = Dictionary(uniqueKeysWithValues: (0..<20_000).filter { $0.isMultiple(of: 2) }.map { ("NAME_\($0)", "v\($0)") })
        let (resolved, elapsed) = Self.timed { Placeholder.resolve(text, environment: environment) }
        #expect(elapsed < Self.bound, "resolving took \(elapsed)")
        #expect(resolved.unresolved.count == 10_000)
        #expect(resolved.text.hasPrefix("v0-${NAME_1}-v2-"))
    }
}
