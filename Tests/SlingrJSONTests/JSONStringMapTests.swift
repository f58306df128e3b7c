import SlingrDiagnostics
import Testing
@testable import SlingrJSON

@Suite("JSON string offsets")
struct JSONStringMapTests {
    @Test("maps decoded offsets through escapes back to the file")
    func mapsThroughEscapes() throws {
        let text = #"{"v": "a\"b\u00e9c\nd"}"#
        let source = SourceFile(path: "x.json", text: text)
        let value = try #require(JSONParser.parse(source).value?["v"])
        let decoded = try #require(value.string)
        #expect(decoded == "a\"béc\nd")
        let map = JSONStringMap(source: source, range: value.range)
        let bytes = Array(text.utf8)
        // 'a' at decoded 0, 'b' at decoded 2, 'c' after the two-byte é at decoded 5, 'd' at 7.
        #expect(bytes[map.sourceOffset(0)] == UInt8(ascii: "a"))
        #expect(bytes[map.sourceOffset(2)] == UInt8(ascii: "b"))
        #expect(bytes[map.sourceOffset(3)] == UInt8(ascii: "\\"))
        #expect(bytes[map.sourceOffset(5)] == UInt8(ascii: "c"))
        #expect(bytes[map.sourceOffset(7)] == UInt8(ascii: "d"))
        #expect(bytes[map.sourceOffset(8)] == UInt8(ascii: "\""))
    }
}
