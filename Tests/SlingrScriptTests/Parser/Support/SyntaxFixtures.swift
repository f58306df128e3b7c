import Foundation
import Testing

/// The `.js` files in `Fixtures/scripts/syntax/` and their inline expectations.
///
/// The first comment lines (after an optional hashbang) say what the parser must report:
/// `// expect: valid`, or one `// expect error: message (line:column)` per error, in order.
/// A `// acorn rejects: reason` line marks valid (V8-accepted) scripts acorn does not parse,
/// which are left out of the tree comparison.
enum SyntaxFixtures {
    struct Fixture: CustomTestStringConvertible, Sendable {
        let name: String
        let source: String
        /// Nil for `// expect: valid`.
        let expectedErrors: [String]?
        /// Valid for V8 but rejected by acorn (web-compatibility syntax).
        var acornRejects: Bool { source.contains("\n// acorn rejects: ") }

        var testDescription: String { name }
        var isASCII: Bool { source.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The package root, found by walking up from this file to `Package.swift`.
    static let packageRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        return directory
    }()

    static let directory = packageRoot.appendingPathComponent("Fixtures/scripts/syntax")

    static let all: [Fixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".js") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                return nil
            }
            let source = String(decoding: data, as: UTF8.self)
            return Fixture(name: name, source: source, expectedErrors: expectations(in: source))
        }
    }()

    static var valid: [Fixture] { all.filter { $0.expectedErrors == nil } }

    static func expectations(in source: String) -> [String]? {
        var errors: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false).prefix(20) {
            if line.hasPrefix("#!") { continue }
            if line == "// expect: valid" { return nil }
            guard line.hasPrefix("// expect error: ") else { break }
            errors.append(String(line.dropFirst("// expect error: ".count)))
        }
        return errors
    }
}
