import SlingrDiagnostics
import Testing
@testable import SlingrVersions

/// Random texts over the characters versions are made of: parsing never traps, a success
/// prints back as written, and every suggested correction is itself valid.
@Suite("Version syntax fuzzing")
struct VersionFuzzTests {
    static let alphabet: [Character] = Array("vV^~<>=!.0123456789xX*-+a |\t") + ["é", "\u{0}"]

    @Test("parsing random texts is total and suggestions are valid")
    func fuzz() {
        var generator = SplitMix64(seed: 0xF022)
        var suggestions = 0
        var successes = 0
        for _ in 0..<8_000 {
            let length = Int.random(in: 0...14, using: &generator)
            let text = String((0..<length).map { _ in Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)] })
            switch VersionRequirement.parse(text) {
            case .success(let requirement):
                successes += 1
                #expect(requirement.description == text)
            case .failure(let error):
                #expect(error.range.lowerBound >= 0 && error.range.upperBound <= text.utf8.count, "'\(text)'")
                #expect(error.message.hasPrefix("malformed version '"))
                if let suggestion = error.suggestion {
                    suggestions += 1
                    #expect(VersionRequirement(suggestion) != nil, "'\(text)' suggested '\(suggestion)'")
                    #expect(suggestion != text)
                }
            }
            if case .failure(let error) = Version.parse(text), let suggestion = error.suggestion {
                #expect(Version(suggestion) != nil, "'\(text)' suggested '\(suggestion)'")
            }
        }
        // The generator must reach both outcomes, or the test proves little.
        #expect(suggestions > 50)
        #expect(successes > 0 || suggestions > 400)
    }

    @Test("well-formed random requirements round-trip and agree with the strict scanner")
    func roundTrip() {
        var generator = SplitMix64(seed: 0xB0B)
        for _ in 0..<5_000 {
            let prefix = ["", "^", "~"][Int.random(in: 0..<3, using: &generator)]
            var text = "\(prefix)v\(Int.random(in: 0...99, using: &generator)).\(Int.random(in: 0...99, using: &generator)).\(Int.random(in: 0...99, using: &generator))"
            if Bool.random(using: &generator) { text += "-rc.\(Int.random(in: 0...9, using: &generator))" }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += "+b\(Int.random(in: 0...9, using: &generator))" }
            #expect((try? VersionRequirement.parse(text).get())?.description == text)
        }
    }
}
