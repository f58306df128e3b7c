import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrVersions

@Suite("Requirement syntax and its errors")
struct VersionRequirementSyntaxTests {
    @Test("parses the three Slingr forms", arguments: [
        ("v1.2.6", VersionRequirement.Kind.exact),
        ("^v1.0.15", .compatible),
        ("~v1.0.19", .bugFixes),
        ("^v1.2.3-rc.1", .compatible),
        ("v2.0.1-dev", .exact),
    ])
    func parses(text: String, kind: VersionRequirement.Kind) throws {
        let requirement = try VersionRequirement.parse(text).get()
        #expect(requirement.kind == kind)
        #expect(requirement.description == text)
        #expect(VersionRequirement(text) == requirement)
    }

    /// (text, expected message, first problem's byte range, suggestion)
    @Test("explains malformed requirements and suggests the fix", arguments: [
        ("v^1.2.0", "malformed version 'v^1.2.0'; the prefix goes before the 'v': '^v1.2.0'", 0..<2, "^v1.2.0" as String?),
        ("v~1.2.0", "malformed version 'v~1.2.0'; the prefix goes before the 'v': '~v1.2.0'", 0..<2, "~v1.2.0"),
        ("^1.2.3", "malformed version '^1.2.3'; versions start with 'v': '^v1.2.3'", 1..<6, "^v1.2.3"),
        ("1.2.3", "malformed version '1.2.3'; versions start with 'v': 'v1.2.3'", 0..<5, "v1.2.3"),
        ("1.2", "malformed version '1.2'; versions start with 'v'; a version has three numbers, MAJOR.MINOR.PATCH: 'v1.2.0'", 0..<3, "v1.2.0"),
        (">=v1", "malformed version '>=v1'; Slingr requirements have no '>='; '^' accepts later versions with the same major version; a version has three numbers, MAJOR.MINOR.PATCH: '^v1.0.0'", 0..<2, "^v1.0.0"),
        ("<v2.0.0", "malformed version '<v2.0.0'; unsupported operator '<'; use '^' (same major version) or '~' (same minor version)", 0..<1, nil),
        ("=v1.2.3", "malformed version '=v1.2.3'; '=' is not needed, a version without a prefix is exact: 'v1.2.3'", 0..<1, "v1.2.3"),
        ("~>v1.2.3", "malformed version '~>v1.2.3'; '~>' is written '~': '~v1.2.3'", 0..<2, "~v1.2.3"),
        ("v.0.0.5", "malformed version 'v.0.0.5'; unexpected '.': 'v0.0.5'", 1..<2, "v0.0.5"),
        ("V1.2.3", "malformed version 'V1.2.3'; the 'v' is lower-case: 'v1.2.3'", 0..<1, "v1.2.3"),
        ("v01.2.3", "malformed version 'v01.2.3'; numbers have no leading zeros: 'v1.2.3'", 1..<3, "v1.2.3"),
        ("v1.x", "malformed version 'v1.x'; wildcards are not supported; '^' and '~' express ranges: '^v1.0.0'", 3..<4, "^v1.0.0"),
        ("v1.2.x", "malformed version 'v1.2.x'; wildcards are not supported; '^' and '~' express ranges: '~v1.2.0'", 5..<6, "~v1.2.0"),
        (" ^v1.2.3 ", "malformed version ' ^v1.2.3 '; unexpected whitespace before the version; unexpected whitespace after the version: '^v1.2.3'", 0..<1, "^v1.2.3"),
        ("^ v1.2.3", "malformed version '^ v1.2.3'; unexpected whitespace after the prefix: '^v1.2.3'", 0..<2, "^v1.2.3"),
        ("v1.2.3.4", "malformed version 'v1.2.3.4'; a version has three numbers, MAJOR.MINOR.PATCH", 1..<8, nil),
        ("v1.2.3-01", "malformed version 'v1.2.3-01'; pre-release numbers have no leading zeros: 'v1.2.3-1'", 7..<9, "v1.2.3-1"),
        ("v1.2.3-", "malformed version 'v1.2.3-'; empty pre-release after '-': 'v1.2.3'", 6..<7, "v1.2.3"),
        ("v1.2.3 || v2.0.0", "malformed version 'v1.2.3 || v2.0.0'; compound requirements are not supported; write one version with an optional '^' or '~'", 6..<16, nil),
        ("v1.2.3-dev_1", "malformed version 'v1.2.3-dev_1'; unexpected '_1' after the version", 10..<12, nil),
        ("develop", "malformed version 'develop'; expected 'vX.Y.Z', '^vX.Y.Z' or '~vX.Y.Z'", 0..<7, nil),
        ("", "malformed version ''; expected 'vX.Y.Z', '^vX.Y.Z' or '~vX.Y.Z'", 0..<0, nil),
        ("^~v1.2.3", "malformed version '^~v1.2.3'; unsupported operator '^~'; use '^' (same major version) or '~' (same minor version)", 0..<2, nil),
        ("^v99999999999999999999.0.0", "malformed version '^v99999999999999999999.0.0'; number '99999999999999999999' is too large", 2..<22, nil),
    ])
    func explains(text: String, message: String, range: Range<Int>, suggestion: String?) {
        guard case .failure(let error) = VersionRequirement.parse(text) else {
            Issue.record("'\(text)' parsed")
            return
        }
        #expect(error.message == message)
        #expect(error.range == range)
        #expect(error.suggestion == suggestion)
        #expect(VersionRequirement(text) == nil)
        if let suggestion { #expect(VersionRequirement(suggestion) != nil, "suggestion must itself be valid") }
    }

    @Test("offers fix-its only for corrections that keep every number and add no operator", arguments: [
        ("v^1.2.0", true), ("^1.2.3", true), ("1.2.3", true), ("V1.2.3", true), ("v.0.0.5", true), ("=v1.2.3", true),
        (" ~v1.2.3", true), ("v01.2.3", true), ("1.2", false), (">=v1", false), ("v1.x", false), ("v1.2.3-", true),
    ])
    func mechanical(text: String, mechanical: Bool) throws {
        guard case .failure(let error) = VersionRequirement.parse(text) else {
            Issue.record("'\(text)' parsed")
            return
        }
        #expect(error.suggestionIsMechanical == mechanical)
        let source = SourceFile(path: "package.json", text: JSONOutput.string(text).rendered(indent: 0))
        let value = try #require(JSONParser.parse(source).value)
        #expect((error.diagnostic(in: source, stringValue: value, pointer: nil).fixIt != nil) == mechanical)
    }

    @Test("turns an error into a located diagnostic with a fix-it on the JSON string")
    func diagnostic() throws {
        let text = "{\n  \"dependencies\": [{\"version\": \"v^1.2.0\"}]\n}\n"
        let source = SourceFile(path: "package.json", text: text)
        let root = try #require(JSONParser.parse(source).value)
        let value = try #require(root["dependencies"]?.array?.first?["version"])
        guard case .failure(let error) = VersionRequirement.parse(try #require(value.string)) else {
            Issue.record("parsed")
            return
        }
        let diagnostic = error.diagnostic(in: source, stringValue: value, pointer: "/dependencies/0/version")
        #expect(diagnostic.ruleId == "version-syntax")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(line: 2, column: 33))
        #expect(diagnostic.pointer == "/dependencies/0/version")
        let edit = try #require(diagnostic.fixIt?.edits.first)
        var fixed = Array(text.utf8)
        fixed.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.replacement.utf8))
        #expect(String(decoding: fixed, as: UTF8.self) == text.replacingOccurrences(of: "v^1.2.0", with: "^v1.2.0"))
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
