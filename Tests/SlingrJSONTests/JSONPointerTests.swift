import Testing
@testable import SlingrJSON

@Suite("JSON pointers")
struct JSONPointerTests {
    @Test("escapes '~' and '/' as RFC 6901 says")
    func escapes() {
        let pointer = JSONPointer.root.appending("a/b").appending("m~n").appending(3)
        #expect(pointer.description == "/a~1b/m~0n/3")
        #expect(JSONPointer("/a~1b/m~0n/3") == pointer)
        #expect(JSONPointer.root.description == "")
    }

    @Test("rejects malformed pointer text")
    func rejects() {
        #expect(JSONPointer("a") == nil)
        #expect(JSONPointer("/a~2") == nil)
    }

    @Test("resolves into documents")
    func resolves() throws {
        let root = try #require(JSONParser.parse(#"{"configuration": [{"name": "x"}, {"name": "y", "": 1}], "0": "zero"}"#).value)
        #expect(JSONPointer("/configuration/1/name")?.resolve(in: root)?.string == "y")
        #expect(JSONPointer("/configuration/1/")?.resolve(in: root)?.number?.text == "1")
        #expect(JSONPointer("/0")?.resolve(in: root)?.string == "zero")
        #expect(JSONPointer("/configuration/2")?.resolve(in: root) == nil)
        #expect(JSONPointer("")?.resolve(in: root) == root)
    }
}
