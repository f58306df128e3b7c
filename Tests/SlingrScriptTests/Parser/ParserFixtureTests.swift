import SlingrDiagnostics
import Testing
@testable import SlingrScript

@Suite("Parser fixtures")
struct ParserFixtureTests {
    @Test("the fixture directory holds valid and invalid scripts")
    func fixturesExist() {
        #expect(SyntaxFixtures.valid.count >= 20)
        #expect(SyntaxFixtures.all.count - SyntaxFixtures.valid.count >= 50)
    }

    @Test("each fixture parses with exactly the errors it expects", arguments: SyntaxFixtures.all)
    func fixture(_ fixture: SyntaxFixtures.Fixture) {
        let result = JavaScriptParser.parseProgram(SourceFile(path: fixture.name, text: fixture.source))
        let actual = result.errors.map(\.description)
        if let expected = fixture.expectedErrors {
            #expect(!expected.isEmpty, "\(fixture.name) has no expectation comment")
            #expect(actual == expected)
        } else {
            #expect(actual == [])
        }
    }

    @Test("syntax errors convert to js-syntax diagnostics with 1-based columns")
    func diagnostics() throws {
        let source = SourceFile(path: "bad.js", text: "var a = 1;\nvar b = a +* 2;\n")
        let result = JavaScriptParser.parseProgram(source)
        let error = try #require(result.errors.first)
        #expect(error.description == "Unexpected token '*' (2:11)")
        #expect(error.message == "Unexpected token '*'")
        #expect(error.line == 2)
        #expect(error.column == 11)
        let diagnostic = error.diagnostic(in: source)
        #expect(diagnostic.ruleId == "js-syntax")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "Unexpected token '*'")
        #expect(diagnostic.file == "bad.js")
        #expect(diagnostic.location == SourceLocation(line: 2, column: 12))
        #expect(diagnostic.range == SourceRange(at: 22))
        #expect(result.diagnostics(in: source) == [diagnostic])
    }
}
