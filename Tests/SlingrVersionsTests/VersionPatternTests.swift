import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrVersions

/// `VersionRequirement.pattern` is what JSON Schemas and editors check version requirements
/// with; it must accept exactly what the scanner accepts.
@Suite("Version requirement pattern")
struct VersionPatternTests {
    static let alphabet: [Character] = Array("v^~.0123456789-+aZ.x ")

    static func matches(_ text: String, _ expression: NSRegularExpression) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("the pattern and the scanner agree on real, edge and random requirements")
    func agreesWithScanner() throws {
        let expression = try NSRegularExpression(pattern: VersionRequirement.pattern)
        var texts = ["v1.2.3", "^v1.2.3", "~v0.0.0", "v1.2.3-rc.1", "v1.2.3-0", "v1.2.3-01", "v1.2.3-alpha-1.2", "v1.2.3+build.5",
                     "v1.2.3-rc.1+b", "v01.2.3", "1.2.3", "^1.2.3", "v^1.2.3", "v1.2", "v1.2.3-", "v1.2.3+", "v1.2.3-a..b", "", "^", "v1.2.3 ",
                     "v1.2.3-x.", "v999999999999999999.0.0", "~^v1.0.0"]
        var generator = SplitMix64(seed: 0x5C4E)
        func any(_ parts: [String]) -> String { parts[Int.random(in: 0..<parts.count, using: &generator)] }
        for _ in 0..<4_000 {
            // Requirement-like texts built from near-miss parts, so both answers are common.
            let numbers = ["0", "1", "12", "01", "", "x", "999999999999999999"]
            let identifiers = ["rc", "1", "01", "a-b", "", "-", "beta2"]
            var text = any(["", "", "^", "~", "v^", "=", " "]) + any(["v", "v", "v", "", "V"])
            text += any(numbers) + any([".", ".", ","]) + any(numbers) + any([".", ".", ""]) + any(numbers)
            if Bool.random(using: &generator) { text += "-" + any(identifiers) + any(["", ".", "." + any(identifiers)]) }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "+" + any(identifiers) }
            texts.append(text)
            let length = Int.random(in: 0...10, using: &generator)
            texts.append(String((0..<length).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)] }))
        }
        var accepted = 0
        for text in texts {
            let scanned = VersionRequirement(text) != nil
            if scanned { accepted += 1 }
            #expect(Self.matches(text, expression) == scanned, "'\(text)': scanner \(scanned)")
        }
        #expect(accepted > 50, "the generated texts should include valid requirements")
    }
}
