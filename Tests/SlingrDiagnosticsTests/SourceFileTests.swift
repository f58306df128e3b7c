import Testing
@testable import SlingrDiagnostics

@Suite("Source files and locations")
struct SourceFileTests {
    @Test("lines end at LF, CRLF and lone CR")
    func lineEndings() {
        let source = SourceFile(path: "x", text: "a\nb\r\nc\rd")
        #expect(source.lineCount == 4)
        #expect(source.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(source.location(of: 2) == SourceLocation(line: 2, column: 1))
        #expect(source.location(of: 5) == SourceLocation(line: 3, column: 1))
        #expect(source.location(of: 7) == SourceLocation(line: 4, column: 1))
        #expect(source.lineText(2) == "b")
    }

    @Test("columns count Unicode scalars, and invalid bytes count one each")
    func columns() {
        let source = SourceFile(path: "x", bytes: Array("é😀x".utf8) + [0xFF, 0x41])
        #expect(source.location(of: 2) == SourceLocation(line: 1, column: 2))
        #expect(source.location(of: 6) == SourceLocation(line: 1, column: 3))
        #expect(source.location(of: 7) == SourceLocation(line: 1, column: 4))
        #expect(source.location(of: 8) == SourceLocation(line: 1, column: 5))
    }

    @Test("offsets and locations round-trip, and out-of-range offsets clamp")
    func roundTrip() {
        let source = SourceFile(path: "x", text: "ab\ncdé\nf")
        for offset in 0...source.bytes.count {
            let location = source.location(of: offset)
            let back = source.offset(of: location)
            #expect(source.location(of: back) == location)
        }
        #expect(source.location(of: 10_000) == source.location(of: source.bytes.count))
        #expect(source.location(of: -5) == SourceLocation(line: 1, column: 1))
    }
}

@Suite("Text renderer")
struct DiagnosticTextRendererTests {
    @Test("renders location, severity, message, rule, excerpt, notes and fix-it")
    func rendersEverything() {
        let source = SourceFile(path: "p.json", text: "{\n  \"type\": \"dropdown\"\n}\n")
        let diagnostic = Diagnostic(ruleId: "unknown-field-type", severity: .error, message: "unknown field type 'dropdown'",
                                    in: source, range: SourceRange(start: 12, end: 22),
                                    notes: [Diagnostic.Note("see the docs")],
                                    fixIt: FixIt(message: "replace with 'dropDown'", edits: []))
        let text = DiagnosticTextRenderer(sources: ["p.json": source]).render([diagnostic])
        #expect(text == """
            p.json:2:11: error: unknown field type 'dropdown' [unknown-field-type]
              "type": "dropdown"
                      ^~~~~~~~~~
            p.json: note: see the docs
            p.json:2:11: note: fix: replace with 'dropDown'

            """)
    }

    @Test("colours only when asked")
    func colours() {
        let diagnostic = Diagnostic(ruleId: "r", severity: .warning, message: "m", file: "f", location: SourceLocation(line: 1, column: 1))
        #expect(!DiagnosticTextRenderer(style: .plain).render(diagnostic).contains("\u{1B}["))
        #expect(DiagnosticTextRenderer(style: .ansi).render(diagnostic).contains("\u{1B}[1;33mwarning"))
    }

    @Test("control characters in sources and messages never reach the terminal")
    func sanitizes() {
        let source = SourceFile(path: "x", bytes: Array("a\u{1B}[31mb".utf8))
        let diagnostic = Diagnostic(ruleId: "r", severity: .error, message: "bad \u{1B}[2J key", in: source, range: SourceRange(start: 0, end: 1))
        let text = DiagnosticTextRenderer(sources: ["x": source]).render([diagnostic])
        #expect(!text.contains("\u{1B}"))
    }

    @Test("long lines are cut to a window around the column, caret still aligned")
    func longLines() {
        let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        let source = SourceFile(path: "x", text: line)
        let diagnostic = Diagnostic(ruleId: "r", severity: .error, message: "m", in: source, range: SourceRange(start: 500, end: 501))
        let lines = DiagnosticTextRenderer(sources: ["x": source]).render([diagnostic]).split(separator: "\n")
        let excerpt = Array(lines[1])
        let caret = Array(lines[2])
        #expect(excerpt.count <= DiagnosticTextRenderer.excerptWidth + 6)
        #expect(excerpt[caret.count - 1] == "X")
        #expect(excerpt.starts(with: "...") && excerpt.reversed().starts(with: "..."))
    }

    @Test("summary line counts and pluralises")
    func summary() {
        #expect(DiagnosticTextRenderer.summaryLine(DiagnosticSummary(errors: 1, warnings: 2, notes: 0, files: 1)) == "1 file checked: 1 error, 2 warnings, 0 notes")
    }
}

@Suite("JSON output")
struct JSONOutputTests {
    @Test("escapes quotes, backslashes and control characters; keeps the rest")
    func escapes() {
        #expect(JSONOutput.string("a\"b\\c\n\t\u{01}é😀").rendered() == #""a\"b\\c\n\t\u0001é😀""#)
    }

    @Test("indents like JSON.stringify with an indent, and compacts with zero")
    func layout() {
        let value = JSONOutput.object([("a", .array([.integer(1), .null])), ("b", .object([])), ("c", .array([]))])
        #expect(value.rendered(indent: 2) == "{\n  \"a\": [\n    1,\n    null\n  ],\n  \"b\": {},\n  \"c\": []\n}")
        #expect(value.rendered(indent: 0) == #"{"a":[1,null],"b":{},"c":[]}"#)
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test("finds typos, case slips and long shared prefixes", arguments: [
        ("dropdown", ["dropDown", "text"], "dropDown"),
        ("typeoption", ["typeOptions", "type"], "typeOptions"),
        ("visible", ["visibility", "value"], "visibility"),
        ("valdate", ["validate", "lint"], "validate"),
        ("fromat", ["format", "kind"], "format"),
    ])
    func finds(word: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }

    @Test("stays quiet when nothing is close")
    func quiet() {
        #expect(Suggestion.closest(to: "homepage", in: ["name", "label", "events"]) == nil)
        #expect(Suggestion.closest(to: "x", in: ["yz"]) == nil)
    }
}
