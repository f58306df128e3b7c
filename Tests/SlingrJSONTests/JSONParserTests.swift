import SlingrDiagnostics
import Testing
@testable import SlingrJSON

@Suite("JSON parser")
struct JSONParserTests {
    @Test("reads every kind of value with its range")
    func readsValues() throws {
        let text = #"{"a": [1, -2.5e3, true, false, null], "b": "x\u00e9\n", "c": {}}"#
        let result = JSONParser.parse(text)
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.value)
        let items = try #require(root["a"]?.array)
        #expect(items.map(\.typeName) == ["number", "number", "boolean", "boolean", "null"])
        #expect(items[1].number?.text == "-2.5e3")
        #expect(items[1].number?.double == -2500)
        #expect(root["b"]?.string == "xé\n")
        #expect(root["c"]?.members?.isEmpty == true)
        let bRange = try #require(root.member("b")?.value.range)
        #expect(Array(text.utf8)[bRange.start] == UInt8(ascii: "\""))
        #expect(bRange.length == #""x\u00e9\n""#.utf8.count)
    }

    @Test("keeps duplicate keys in order and answers lookups with the last one")
    func keepsDuplicates() throws {
        let root = try #require(JSONParser.parse(#"{"k": 1, "j": 2, "k": 3}"#).value)
        #expect(root.members?.map(\.key) == ["k", "j", "k"])
        #expect(root["k"]?.number?.text == "3")
    }

    @Test("numbers keep their source text")
    func numbersKeepText() throws {
        let root = try #require(JSONParser.parse("[1.0, 1e2, 100, 123456789012345678901234567890]").value)
        #expect(root.array?.compactMap { $0.number?.text } == ["1.0", "1e2", "100", "123456789012345678901234567890"])
        #expect(root.array?[0].number?.integer == 1)
    }

    @Test("names the common mistakes", arguments: [
        ("{\"a\": 1,}", "trailing comma before '}' is not allowed in JSON", 1, 8),
        ("[1, 2,]", "trailing comma before ']' is not allowed in JSON", 1, 6),
        ("{\n  // note\n  \"a\": 1\n}", "comments are not allowed in JSON", 2, 3),
        ("{\"a\": /* x */ 1}", "comments are not allowed in JSON", 1, 7),
        ("{'a': 1}", "object keys must be in double quotes, not single quotes", 1, 2),
        ("{\"a\": 'b'}", "strings must be in double quotes, not single quotes", 1, 7),
        ("{a: 1}", "object keys must be strings in double quotes; found unquoted key 'a'", 1, 2),
        ("[\"a\tb\"]", "control character U+0009 must be escaped in a string", 1, 4),
        ("[\"a\\qb\"]", "invalid escape sequence '\\q' in string", 1, 4),
        ("[\"\\x41\"]", "invalid escape sequence '\\x' in string; use '\\u00XX' instead", 1, 3),
        ("[007]", "numbers cannot have leading zeros", 1, 2),
        ("[NaN]", "'NaN' is not a valid JSON value; JSON numbers must be finite", 1, 2),
        ("[-Infinity]", "'-Infinity' is not a valid JSON value; JSON numbers must be finite", 1, 2),
        ("[True]", "'True' is not a valid JSON value; JSON literals are lower case: 'true'", 1, 2),
        ("[undefined]", "'undefined' is not a valid JSON value; use null or leave the key out", 1, 2),
        ("[+1]", "a number cannot start with '+'", 1, 2),
        ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after object member, found '\"'", 1, 9),
        ("{\"a\" 1}", "expected ':' after object key, found '1'", 1, 6),
        ("[1 2]", "expected ',' or ']' after array element, found '2'", 1, 4),
        ("{\"a\": }", "unexpected '}'; expected a value after ':'", 1, 7),
        ("{\"a\": 1", "unexpected end of file; expected ',' or '}' after object member", 1, 8),
        ("", "empty document; expected a JSON value", 1, 1),
        ("[1] [2]", "unexpected '[' after the end of the JSON value", 1, 5),
        ("[0x1F]", "hexadecimal numbers are not allowed in JSON", 1, 2),
        ("[1.]", "expected a digit after the decimal point", 1, 4),
        ("[\"abc", "unterminated string; expected '\"' before the end of the file", 1, 2),
        ("[\"a\nb\"]", "unterminated string; a line break must be written as '\\n' inside a string", 1, 2),
        ("[hello]", "unexpected 'hello'; expected a value in the array (strings must be in double quotes)", 1, 2),
    ])
    func namesMistakes(text: String, message: String, line: Int, column: Int) throws {
        let result = JSONParser.parse(text)
        let first = try #require(result.diagnostics.first)
        #expect(first.message == message)
        #expect(first.ruleId == "json-syntax")
        #expect(first.severity == .error)
        #expect(first.location == SourceLocation(line: line, column: column))
    }

    @Test("reads past recoverable mistakes and reports all of them")
    func recovers() throws {
        let text = "{\n  // c\n  name: 'x',\n  \"list\": [1, 2,],\n}"
        let result = JSONParser.parse(text)
        #expect(result.diagnostics.count == 5)
        let root = try #require(result.value)
        #expect(root["name"]?.string == "x")
        #expect(root["list"]?.array?.count == 2)
    }

    @Test("invalid UTF-8 in a string is located at the bad byte")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xFF] + Array("\"]".utf8)
        let result = JSONParser.parse(SourceFile(path: "x.json", bytes: bytes))
        let first = try #require(result.diagnostics.first)
        #expect(first.message == "invalid UTF-8 byte 0xFF in string")
        #expect(first.location == SourceLocation(line: 1, column: 5))
        #expect(result.value?.array?.first?.string == "ab\u{FFFD}")
    }

    @Test("a byte-order mark is accepted with a warning")
    func byteOrderMark() throws {
        let result = JSONParser.parse(SourceFile(path: "x.json", bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)))
        #expect(result.value?.members?.isEmpty == true)
        #expect(result.diagnostics.map(\.ruleId) == ["json-bom"])
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test("UTF-16 files are refused with a clear message")
    func utf16() {
        let result = JSONParser.parse(SourceFile(path: "x.json", bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]))
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.message == "file is UTF-16 encoded; JSON files must be UTF-8")
    }

    @Test("nesting beyond the limit is an error, not a stack overflow")
    func deepNesting() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = JSONParser.parse(text)
        #expect(result.value == nil)
        #expect(result.diagnostics.first?.message == "nesting is deeper than the limit of 512 levels")
        #expect(result.diagnostics.first?.location == SourceLocation(line: 1, column: 513))
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(JSONParser.parse(fine).diagnostics.isEmpty)
    }

    @Test("surrogate pairs decode and lone surrogates are reported")
    func surrogates() throws {
        #expect(JSONParser.parse(#"["\ud83d\ude00"]"#).value?.array?.first?.string == "😀")
        let lone = JSONParser.parse(#"["\ud800x"]"#)
        #expect(lone.diagnostics.first?.message.hasPrefix("unpaired surrogate") == true)
    }

    @Test("columns count Unicode scalars")
    func columnsCountScalars() throws {
        let result = JSONParser.parse("{\"é😀\": 1,}")
        #expect(result.diagnostics.first?.location == SourceLocation(line: 1, column: 9))
    }
}
