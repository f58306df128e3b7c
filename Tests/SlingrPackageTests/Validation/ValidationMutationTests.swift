import SlingrDiagnostics
import Testing
@testable import SlingrPackage

/// Deterministic pseudo-random numbers, so every failure reproduces from its seed.
struct TestRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
}

@Suite("Validation never crashes")
struct ValidationMutationTests {
    static let fixtures: [(String, DescriptorKind)] = [
        ("Fixtures/validate/valid-every-field-type/package.json", .package),
        ("Fixtures/validate/valid-step/step.json", .step),
        ("Fixtures/validate/valid-ui-service/uiService.json", .uiService),
    ]

    static func bytes(_ relative: String) throws -> [UInt8] {
        var root = PathName.parent(#filePath)
        while !LocalFileSystem().isFile(PathName.join(root, "Package.swift")) { root = PathName.parent(root) }
        return try LocalFileSystem().readFile(PathName.join(root, relative))
    }

    @Test("valid fixtures stay valid")
    func validStaysValid() throws {
        for (path, kind) in Self.fixtures {
            let result = DescriptorValidator.validate(SourceFile(path: path, bytes: try Self.bytes(path)), kind: kind)
            #expect(result.diagnostics.isEmpty, "\(path): \(result.diagnostics.map(\.message))")
        }
    }

    @Test("truncated, flipped, deleted, deeply nested and random input: a located error or a result")
    func mutations() throws {
        var random = TestRandom(seed: 2026)
        var inputs: [([UInt8], DescriptorKind)] = []
        for (path, kind) in Self.fixtures {
            let original = try Self.bytes(path)
            for round in 0..<150 {
                var bytes = original
                switch round % 5 {
                case 0: bytes = Array(bytes.prefix(random.next(bytes.count + 1)))
                case 1: bytes[random.next(bytes.count)] ^= UInt8(1 + random.next(255))
                case 2: bytes.remove(at: random.next(bytes.count))
                case 3:
                    let position = random.next(bytes.count)
                    bytes.insert(contentsOf: Array("\"x\": [1, {}], ".utf8), at: position)
                default: bytes = (0..<random.next(200)).map { _ in UInt8(random.next(256)) }
                }
                inputs.append((bytes, kind))
            }
        }
        inputs.append((Array(String(repeating: "[", count: 100_000).utf8) + Array(String(repeating: "]", count: 100_000).utf8), .package))
        inputs.append((Array(("{\"name\": \"a\", \"configuration\": " + String(repeating: "[", count: 100_000)).utf8), .package))
        for (bytes, kind) in inputs {
            let result = DescriptorValidator.validate(SourceFile(path: "m.json", bytes: bytes), kind: kind)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location != nil && diagnostic.file == "m.json")
                #expect(!diagnostic.message.isEmpty)
            }
            if result.document == nil {
                #expect(result.diagnostics.contains { $0.severity == .error })
            }
        }
    }
}
