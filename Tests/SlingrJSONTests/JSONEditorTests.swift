import SlingrDiagnostics
import Testing
@testable import SlingrJSON

/// The same small descriptor in the layouts real packages use. `%` marks one indentation unit.
private let descriptorTemplate = """
{
%"name": "demo",
%"label": "Demo",
%"dependencies": [],
%"configuration": [
%%{
%%%"label": "Token",
%%%"name": "token",
%%%"type": "text"
%%}
%],
%"events": [
%%{
%%%"label": "Webhook",
%%%"name": "webhook"
%%}
%],
%"metadata": [
%%{
%%%"type": "script",
%%%"namespace": "api",
%%%"path": "/scripts/api.js"
%%}
%]
}

"""

private func descriptor(unit: String, lineEnding: String = "\n", finalNewline: Bool = true) -> String {
    var text = descriptorTemplate.replacingAll("%", with: unit)
    if !finalNewline { text.removeLast() }
    return text.replacingAll("\n", with: lineEnding)
}

private func edit(_ text: String, _ edits: [JSONEdit]) throws -> String {
    let bytes = Array(text.utf8)
    let document = try #require(JSONParser.parse(SourceFile(path: "package.json", bytes: bytes)).value)
    return String(decoding: try JSONEditor.applying(edits, to: bytes, document: document), as: UTF8.self)
}

private func pointer(_ text: String) -> JSONPointer { JSONPointer(text) ?? .root }

/// The lines `new` has in addition to `old`, when `new` is `old` with one block of lines
/// inserted at one place (which is what a unified diff then shows as its only hunk); `nil` when
/// any original line changed or went away. Lines keep a `\r` before `\n`, so line endings count.
func insertedLines(old: String, new: String) -> [String]? {
    let lines: (String) -> [String] = { text in
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
    let before = lines(old)
    let after = lines(new)
    guard after.count >= before.count else { return nil }
    var prefix = 0
    while prefix < before.count, before[prefix] == after[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < before.count - prefix, before[before.count - 1 - suffix] == after[after.count - 1 - suffix] { suffix += 1 }
    guard prefix + suffix == before.count else { return nil }
    return Array(after[prefix..<(after.count - suffix)])
}

private let script = JSONOutput.object([("type", .string("script")), ("namespace", .string("utils")), ("path", .string("/scripts/utils.js"))])

@Suite("Format-preserving JSON editor")
struct JSONEditorTests {
    static let units = ["  ", "   ", "    ", "\t"]

    @Test("appending to an array of objects inserts exactly the entry's lines", arguments: units)
    func appendKeepsIndentation(unit: String) throws {
        let original = descriptor(unit: unit)
        let updated = try edit(original, [.insertElement(array: pointer("/metadata"), value: script)])
        let inserted = try #require(insertedLines(old: original, new: updated))
        // A diff pairs the old closing brace with the new entry's, so the block starts at '},'.
        #expect(inserted == [
            unit + unit + "},",
            unit + unit + "{",
            unit + unit + unit + "\"type\": \"script\",",
            unit + unit + unit + "\"namespace\": \"utils\",",
            unit + unit + unit + "\"path\": \"/scripts/utils.js\"",
        ])
        #expect(JSONParser.parse(updated).diagnostics.isEmpty)
    }

    @Test("keeps CRLF line endings and a missing final newline", arguments: units)
    func keepsLineEndings(unit: String) throws {
        let original = descriptor(unit: unit, lineEnding: "\r\n", finalNewline: false)
        let withEvent = try edit(original, [
            .insertElement(array: pointer("/events"), value: .object([("label", .string("Ping")), ("name", .string("ping"))])),
        ])
        let withRequired = try edit(original, [
            .insertMember(object: pointer("/configuration/0"), key: "required", value: .bool(true), position: .after("name")),
        ])
        for updated in [withEvent, withRequired] {
            #expect(updated.hasSuffix("}"))
            #expect(!updated.replacingAll("\r\n", with: "").utf8.contains(0x0A))
        }
        #expect(insertedLines(old: original, new: withEvent) == [
            unit + unit + "},\r",
            unit + unit + "{\r",
            unit + unit + unit + "\"label\": \"Ping\",\r",
            unit + unit + unit + "\"name\": \"ping\"\r",
        ])
        #expect(insertedLines(old: original, new: withRequired) == [unit + unit + unit + "\"required\": true,\r"])
    }

    @Test("detects the indentation unit, line ending and final newline")
    func detectsStyle() throws {
        for unit in Self.units {
            let text = descriptor(unit: unit, lineEnding: "\r\n", finalNewline: false)
            let document = try #require(JSONParser.parse(text).value)
            let style = JSONTextStyle.detect(in: Array(text.utf8), document: document)
            #expect(style.indentUnit == unit)
            #expect(style.lineEnding == "\r\n")
            #expect(!style.endsWithNewline)
            #expect(style.keySeparator == ": ")
        }
        let compact = #"{"a":[1,2],"b":{"c":true}}"#
        let style = JSONTextStyle.detect(in: Array(compact.utf8), document: try #require(JSONParser.parse(compact).value))
        #expect(style.isSingleLine)
        #expect(style.keySeparator == ":")
    }

    @Test("an empty inline array opens onto new lines at the right depth", arguments: units)
    func emptyArrayBecomesMultiline(unit: String) throws {
        let original = descriptor(unit: unit)
        let dependency = JSONOutput.object([("type", .string("service")), ("name", .string("http")), ("version", .string("^v1.9.1"))])
        let updated = try edit(original, [.insertElement(array: pointer("/dependencies"), value: dependency)])
        let expected = original.replacingAll("\"dependencies\": [],", with: """
        "dependencies": [
        %%{
        %%%"type": "service",
        %%%"name": "http",
        %%%"version": "^v1.9.1"
        %%}
        %],
        """.replacingAll("%", with: unit))
        #expect(updated == expected)
    }

    @Test("an empty array written over two lines gets the entry between them")
    func emptyMultilineArray() throws {
        let original = "{\n  \"functions\": [\n  ],\n  \"events\": [\n  ]\n}"
        let updated = try edit(original, [.insertElement(array: pointer("/functions"), value: .object([("name", .string("open"))]))])
        #expect(insertedLines(old: original, new: updated) == ["    {", "      \"name\": \"open\"", "    }"])
    }

    @Test("inline containers stay inline with their own separators")
    func inlineContainers() throws {
        let original = "{\n    \"places\": [\"APP\"],\n    \"size\": {\"w\":18,\"h\":18},\n    \"tags\": [\"a\",\"b\"]\n}\n"
        let updated = try edit(original, [
            .insertElement(array: pointer("/places"), value: .string("LOGIN")),
            .insertMember(object: pointer("/size"), key: "depth", value: .integer(8)),
            .insertElement(array: pointer("/tags"), value: .string("c"), index: 1),
        ])
        #expect(updated == "{\n    \"places\": [\"APP\", \"LOGIN\"],\n    \"size\": {\"w\":18,\"h\":18,\"depth\":8},\n    \"tags\": [\"a\",\"c\",\"b\"]\n}\n")
    }

    @Test("cuddled arrays of objects get the next object cuddled too")
    func cuddledLayout() throws {
        let original = "[{\n  \"a\": 1\n}, {\n  \"a\": 2\n}]\n"
        let updated = try edit(original, [.insertElement(array: .root, value: .object([("a", .integer(3))]))])
        #expect(updated == "[{\n  \"a\": 1\n}, {\n  \"a\": 2\n}, {\n  \"a\": 3\n}]\n")
    }

    @Test("members go at the end, at the start, or next to a named key, keeping key order")
    func memberPositions() throws {
        let original = "{\n\t\"name\": \"x\",\n\t\"label\": \"X\"\n}\n"
        #expect(try edit(original, [.insertMember(object: .root, key: "first", value: .null, position: .start)])
            == "{\n\t\"first\": null,\n\t\"name\": \"x\",\n\t\"label\": \"X\"\n}\n")
        #expect(try edit(original, [.insertMember(object: .root, key: "type", value: .string("t"), position: .after("name"))])
            == "{\n\t\"name\": \"x\",\n\t\"type\": \"t\",\n\t\"label\": \"X\"\n}\n")
        #expect(try edit(original, [.insertMember(object: .root, key: "type", value: .string("t"), position: .before("label"))])
            == "{\n\t\"name\": \"x\",\n\t\"type\": \"t\",\n\t\"label\": \"X\"\n}\n")
        #expect(try edit(original, [.insertMember(object: .root, key: "list", value: .array([.integer(1), .array([])]))])
            == "{\n\t\"name\": \"x\",\n\t\"label\": \"X\",\n\t\"list\": [\n\t\t1,\n\t\t[]\n\t]\n}\n")
    }

    @Test("elements go at any index; removing one from an inline array keeps its separators")
    func elementIndices() throws {
        let original = "[\n  \"a\",\n  \"c\"\n]\n"
        #expect(try edit(original, [.insertElement(array: .root, value: .string("first"), index: 0)]) == "[\n  \"first\",\n  \"a\",\n  \"c\"\n]\n")
        #expect(try edit(original, [.insertElement(array: .root, value: .string("b"), index: 1)]) == "[\n  \"a\",\n  \"b\",\n  \"c\"\n]\n")
        #expect(insertedLines(old: original, new: try edit(original, [.insertElement(array: .root, value: .string("b"), index: 1)])) == ["  \"b\","])
        let inline = "{\"places\": [\"APP\", \"LOGIN\", \"OTHER\"]}"
        #expect(try edit(inline, [.remove(at: pointer("/places/1"))]) == "{\"places\": [\"APP\", \"OTHER\"]}")
        #expect(try edit(inline, [.remove(at: pointer("/places/2"))]) == "{\"places\": [\"APP\", \"LOGIN\"]}")
        #expect(try edit(inline, [.remove(at: pointer("/places/0")), .remove(at: pointer("/places/0")), .remove(at: pointer("/places/0"))])
            == "{\"places\": []}")
    }

    @Test("removing a member or element takes exactly its lines", arguments: units)
    func removal(unit: String) throws {
        let original = descriptor(unit: unit)
        let withEvent = try edit(original, [.insertElement(array: pointer("/events"), value: .object([("name", .string("ping"))]))])
        #expect(try edit(withEvent, [.remove(at: pointer("/events/1"))]) == original)
        let withoutLabel = try edit(original, [.remove(at: pointer("/label"))])
        #expect(insertedLines(old: withoutLabel, new: original) == [unit + "\"label\": \"Demo\","])
        let withoutFirstField = try edit(original, [.remove(at: pointer("/configuration/0/label"))])
        #expect(insertedLines(old: withoutFirstField, new: original) == [unit + unit + unit + "\"label\": \"Token\","])
        let emptied = try edit(original, [.remove(at: pointer("/events/0"))])
        #expect(emptied.contains("\"events\": [],"))
    }

    @Test("replacing values and renaming keys touch only their own text")
    func replaceAndRename() throws {
        let original = "{\r\n   \"required\": \"true\",\r\n   \"typeOptions\": {\"a\": 1},\r\n   \"visible\": true\r\n}"
        let updated = try edit(original, [
            .replaceValue(at: pointer("/required"), with: .bool(true)),
            .renameKey(at: pointer("/visible"), to: "visibility"),
            .replaceValue(at: pointer("/typeOptions"), with: .object([("b", .integer(2)), ("c", .integer(3))])),
        ])
        #expect(updated == "{\r\n   \"required\": true,\r\n   \"typeOptions\": {\"b\": 2, \"c\": 3},\r\n   \"visibility\": true\r\n}")
        let expanded = try edit(original, [.replaceValue(at: pointer("/required"), with: .object([("x", .string("y"))]))])
        #expect(expanded == "{\r\n   \"required\": {\r\n      \"x\": \"y\"\r\n   },\r\n   \"typeOptions\": {\"a\": 1},\r\n   \"visible\": true\r\n}")
    }

    @Test("one-line files stay on one line")
    func singleLine() throws {
        let original = #"{"events":[],"metadata":[{"type":"script"}]}"#
        let updated = try edit(original, [
            .insertElement(array: pointer("/events"), value: .object([("name", .string("a"))])),
            .insertElement(array: pointer("/metadata"), value: .object([("type", .string("listener"))])),
        ])
        #expect(updated == #"{"events":[{"name":"a"}],"metadata":[{"type":"script"},{"type":"listener"}]}"#)
    }

    @Test("refuses impossible edits and leaves the text as it was")
    func refusals() throws {
        let text = descriptor(unit: "    ")
        let bytes = Array(text.utf8)
        var editor = try JSONEditor(source: SourceFile(path: "package.json", bytes: bytes))
        let attempts: [(JSONEdit, String)] = [
            (.insertMember(object: .root, key: "name", value: .null), "the document root already has a member 'name'"),
            (.insertMember(object: pointer("/events"), key: "x", value: .null), "'/events' is not an object"),
            (.insertElement(array: pointer("/name"), value: .null), "'/name' is not an array"),
            (.insertElement(array: pointer("/events"), value: .null, index: 5), "index 5 is out of range in '/events'"),
            (.insertMember(object: .root, key: "x", value: .null, position: .after("nope")), "the document root has no member 'nope'"),
            (.remove(at: .root), "the document root cannot be removed"),
            (.remove(at: pointer("/missing")), "nothing at '/missing'"),
            (.renameKey(at: pointer("/label"), to: "name"), "the document root already has a member 'name'"),
            (.replaceValue(at: pointer("/events/7"), with: .null), "nothing at '/events/7'"),
        ]
        for (attempt, message) in attempts {
            #expect(throws: JSONEditError.self) { try editor.apply(attempt) }
            do {
                try editor.apply(attempt)
            } catch {
                #expect(error.description == message)
            }
        }
        #expect(editor.bytes == bytes)
        #expect(throws: JSONEditError.self) { try JSONEditor(source: SourceFile(path: "x", text: "{")) }
    }

    @Test("values nested beyond the limit are refused, not written")
    func deepValues() throws {
        var deep = JSONOutput.null
        for _ in 0..<(JSONTextRenderer.maximumDepth + 5) { deep = .array([deep]) }
        var editor = try JSONEditor(source: SourceFile(path: "x", text: "{\n  \"a\": 1\n}\n"))
        #expect(throws: JSONEditError.self) { try editor.insertMember("deep", value: deep, into: .root) }
        #expect(String(decoding: editor.bytes, as: UTF8.self) == "{\n  \"a\": 1\n}\n")
    }

    @Test("strings are escaped and keys quoted like JSON.stringify does")
    func escaping() throws {
        let updated = try edit("{\n  \"a\": 1\n}", [.insertMember(object: .root, key: "q\"k", value: .string("line\nbreak \\ \u{1}"))])
        #expect(updated == "{\n  \"a\": 1,\n  \"q\\\"k\": \"line\\nbreak \\\\ \\u0001\"\n}")
    }
}

extension String {
    /// Byte-wise replacement (so `\r\n` is two bytes, not one character).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8)
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty else { return self }
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count, Array(bytes[index..<(index + pattern.count)]) == pattern {
                result += Array(replacement.utf8)
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
