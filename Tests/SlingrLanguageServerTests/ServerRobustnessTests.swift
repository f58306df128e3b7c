import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import Testing

/// Seeded garbage and mutated messages never take the server down: after each, a request
/// still gets its answer. Mutations hit every method with damaged parameters and every
/// document position with bytes that are not what the features expect.
@Suite("server robustness")
struct ServerRobustnessTests {
    static let package = "{\"name\": \"alpha\", \"label\": \"Alpha\", \"dependencies\": [], \"configuration\": [{\"label\": \"K\", \"name\": \"k\", \"type\": \"text\", \"visibility\": \"config.k\"}], \"events\": [], \"metadata\": [{\"type\": \"script\", \"path\": \"/scripts/a.js\"}]}"
    static let script = "exports.f = function () { return pkg.alpha.a.f() + config.get('k') + sys.logs.info('é😀'); };\n"

    static let messages: [String] = {
        let document = "{\"textDocument\":{\"uri\":\"file:///work/alpha/package.json\"},\"position\":{\"line\":0,\"character\":40}}"
        let script = "{\"textDocument\":{\"uri\":\"file:///work/alpha/scripts/a.js\"},\"position\":{\"line\":0,\"character\":45}}"
        return [
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/completion\",\"params\":\(document)}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":\(script)}",
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/definition\",\"params\":\(script)}",
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"file:///work/alpha/package.json\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":9,\"character\":0}},\"context\":{\"diagnostics\":[],\"only\":[\"source\"]}}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///work/alpha/package.json\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":3},\"end\":{\"line\":0,\"character\":9}},\"text\":\"\\\"x😀\\\"\"}]}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didSave\",\"params\":{\"textDocument\":{\"uri\":\"file:///work/alpha/scripts/a.js\"},\"text\":\"exports.\"}}",
        ]
    }()

    /// One mutation of `text`: a byte replaced, removed, or a slice repeated.
    static func mutate(_ text: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        guard !text.isEmpty else { return text }
        var bytes = text
        let index = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 3 {
        case 0: bytes[index] = UInt8(truncatingIfNeeded: random.next())
        case 1: bytes.remove(at: index)
        default:
            let end = min(bytes.count, index + Int(random.next() % 12))
            bytes.insert(contentsOf: bytes[index..<end], at: index)
        }
        return bytes
    }

    @Test("mutated messages are answered and survived", arguments: [UInt64(1), 2, 3])
    func mutations(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let harness = ServerHarness(files: ["/work/alpha/package.json": Self.package, "/work/alpha/scripts/a.js": Self.script])
        harness.initialize()
        _ = harness.open("/work/alpha/package.json", Self.package)
        _ = harness.open("/work/alpha/scripts/a.js", Self.script)
        for round in 0..<150 {
            let message = Array(Self.messages[round % Self.messages.count].utf8)
            var body = message
            for _ in 0..<(1 + Int(random.next() % 3)) { body = Self.mutate(body, &random) }
            _ = harness.send(bytes: MessageFrameReader.frame(body))
            let answer = harness.request(1000 + round, "textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///work/alpha/scripts/a.js\"},\"position\":{\"line\":0,\"character\":1}}")
            #expect(answer.contains { $0["id"]?.number?.integer == 1000 + round }, "round \(round): no answer")
        }
    }

    @Test("damaged frames and random bytes never stop the server", arguments: [UInt64(4), 5])
    func garbage(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let harness = ServerHarness()
        harness.initialize()
        for _ in 0..<200 {
            var frame = MessageFrameReader.frame(Array(Self.messages[Int(random.next() % UInt64(Self.messages.count))].utf8))
            for _ in 0..<(1 + Int(random.next() % 4)) { frame = Self.mutate(frame, &random) }
            if random.next() % 4 == 0 { frame = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) } }
            let status = harness.send(bytes: frame).status
            #expect(status == .running || status == .exited(1))
            if status != .running { return }
        }
        // A damaged length may still be waiting for its body: a frame as long as any announced
        // length brings the reader back to a frame boundary after at most one more error.
        _ = harness.send(bytes: Array(repeating: UInt8(ascii: " "), count: 100_000) + Array("\r\n\r\n".utf8))
        let answer = harness.request(77, "shutdown")
        #expect(answer.contains { $0["id"]?.number?.integer == 77 })
    }
}
