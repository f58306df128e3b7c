import SlingrTest262
import Testing

@Suite("test262 frontmatter")
struct Test262MetadataTests {
    @Test("reads inline and block lists, flags and a negative block")
    func readsKeys() throws {
        let source = """
            // Copyright
            /*---
            esid: sec-x
            description: |
                A test. features: [not, these]
                - not an include
            includes: [propertyHelper.js, compareArray.js]
            flags: [onlyStrict]
            features:
              - default-parameters # a comment
              - Symbol
            negative:
              phase: parse
              type: SyntaxError
            ---*/
            x;
            """
        let metadata = try #require(Test262Metadata(source: source))
        #expect(metadata.includes == ["propertyHelper.js", "compareArray.js"])
        #expect(metadata.flags == ["onlyStrict"])
        #expect(metadata.features == ["default-parameters", "Symbol"])
        #expect(metadata.negative == Test262Metadata.Negative(phase: .parse, type: "SyntaxError"))
    }

    @Test("a file without frontmatter has default metadata; a broken negative is refused")
    func defaultsAndErrors() {
        #expect(Test262Metadata(source: "1;") == Test262Metadata())
        #expect(Test262Metadata(source: "/*---\nnegative:\n  phase: later\n  type: X\n---*/") == nil)
    }

    @Test("flags choose the modes", arguments: [
        ([], [Test262Mode.sloppy, .strict]), (["onlyStrict"], [.strict]), (["noStrict"], [.sloppy]), (["raw"], [.raw]),
    ])
    func modes(_ flags: [String], _ expected: [Test262Mode]) {
        #expect(Test262Selection.modes(for: Test262Metadata(flags: Set(flags))) == expected)
    }

    @Test("the selection skips unsupported features, folders and module code")
    func selection() {
        let selection = Test262Selection()
        #expect(selection.skipReason(path: "test/built-ins/Array/a.js", metadata: Test262Metadata()) == nil)
        #expect(selection.skipReason(path: "test/built-ins/Array/a.js", metadata: Test262Metadata(features: ["Symbol"])) == "feature Symbol")
        #expect(selection.skipReason(path: "test/built-ins/Map/a.js", metadata: Test262Metadata()) == "folder test/built-ins/Map")
        #expect(selection.skipReason(path: "test/language/x.js", metadata: Test262Metadata(flags: ["module"])) == "module code")
    }
}
