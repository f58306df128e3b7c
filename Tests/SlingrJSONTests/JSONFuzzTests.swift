import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrJSON


@Suite("JSON parser against Foundation and mutations")
struct JSONFuzzTests {
    static func randomDocument(_ random: inout SplitMix64, depth: Int = 0) -> String {
        let choice = depth > 4 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<6, using: &random)
        switch choice {
        case 0: return ["true", "false", "null"][Int.random(in: 0..<3, using: &random)]
        case 1: return ["0", "-1", "3.25", "1e10", "-2.5E-3", "123456789", "0.5"][Int.random(in: 0..<7, using: &random)]
        case 2, 3:
            let pieces = ["a", "é", "😀", "\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", " ", "\\\\", "\\/", "x y"]
            return "\"" + (0..<Int.random(in: 0..<5, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined() + "\""
        case 4:
            let items = (0..<Int.random(in: 0..<4, using: &random)).map { _ in randomDocument(&random, depth: depth + 1) }
            return "[" + items.joined(separator: ", ") + "]"
        default:
            let members = (0..<Int.random(in: 0..<4, using: &random)).map { index in "\"k\(index)\": " + randomDocument(&random, depth: depth + 1) }
            return "{\n  " + members.joined(separator: ",\n  ") + "\n}"
        }
    }

    /// Our tree as Foundation-comparable values.
    static func plain(_ value: JSONValue) -> AnyHashable {
        switch value.kind {
        case .null: return NSNull()
        case .bool(let flag): return flag
        case .number(let number): return number.double ?? .nan
        case .string(let text): return text
        case .array(let items): return items.map(plain)
        case .object(let members): return Dictionary(members.map { ($0.key, plain($0.value)) }, uniquingKeysWith: { $1 })
        }
    }

    static func plain(foundation value: Any) -> AnyHashable {
        if "\(type(of: value))".contains("Boolean"), let flag = value as? Bool { return flag }
        switch value {
        case let number as NSNumber:
            return number.doubleValue
        case let text as String: return text
        case let items as [Any]: return items.map { plain(foundation: $0) }
        case let object as [String: Any]: return object.mapValues { plain(foundation: $0) }
        default: return NSNull()
        }
    }

    @Test("agrees with JSONSerialization on 2,000 random documents")
    func agreesWithFoundation() throws {
        var random = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            let text = Self.randomDocument(&random)
            let ours = JSONParser.parse(text)
            #expect(ours.diagnostics.isEmpty, "\(text)")
            let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            #expect(Self.plain(try #require(ours.value)) == Self.plain(foundation: theirs), "\(text)")
        }
    }

    @Test("never crashes on truncated, flipped, deleted and random bytes; always a value or an error")
    func mutations() {
        var random = SplitMix64(seed: 7)
        var seeds: [[UInt8]] = (0..<40).map { _ in Array(Self.randomDocument(&random).utf8) }
        seeds.append(Array(String(repeating: "[", count: 100_000).utf8) + Array(String(repeating: "]", count: 100_000).utf8))
        seeds.append(Array(String(repeating: "{\"a\":", count: 100_000).utf8))
        for seed in seeds {
            for round in 0..<60 {
                var bytes = seed
                switch round % 4 {
                case 0: bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
                case 1: if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random) }
                case 2: if !bytes.isEmpty { bytes.remove(at: Int.random(in: 0..<bytes.count, using: &random)) }
                default: bytes = (0..<Int.random(in: 0..<64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                }
                let result = JSONParser.parse(SourceFile(path: "m.json", bytes: bytes))
                let hasError = result.diagnostics.contains { $0.severity == .error }
                #expect(result.value != nil || hasError)
                for diagnostic in result.diagnostics { #expect(diagnostic.location != nil) }
            }
        }
    }
}
