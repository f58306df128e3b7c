import Foundation
import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import SlingrRuntime
import Synchronization

/// The language server's reaction time: from a `didChange` of a typical package's
/// `package.json` to the `publishDiagnostics` it causes, over 100 edits that alternately break
/// and mend a field type. Measured in process (the protocol layer, the overlay, the whole
/// package's lint and the answer's encoding; no pipe), with no quiet time and with the command's
/// default quiet time of 5 ms, which every result then includes.
enum LanguageServerBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        let edits = arguments.first.flatMap(Int.init) ?? 100
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("slingr-pkg-bench-lsp-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let root = PathName.join(base, "typical")
        LintBenchmark.writePackage(at: root, index: 0, fileSystem: LocalFileSystem())
        let path = PathName.join(root, "package.json")
        guard let bytes = try? LocalFileSystem().readFile(path) else {
            print("lsp: cannot write the package under \(base)")
            return 1
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for debounce in [0, 5] {
            let seconds = measure(text: text, path: path, edits: edits, debounce: debounce)
            guard !seconds.isEmpty else {
                print("lsp: no diagnostics came back")
                return 1
            }
            print("didChange to publishDiagnostics, quiet time \(debounce) ms, \(seconds.count) edits: median \(BenchmarkClock.milliseconds(BenchmarkClock.median(seconds))), worst \(BenchmarkClock.milliseconds(seconds.last ?? 0))")
        }
        return 0
    }

    /// Notes when the first `publishDiagnostics` after an edit is written.
    private final class Probe: Sendable {
        let published = DispatchSemaphore(value: 0)
        let armed = Mutex(false)

        func written(_ bytes: [UInt8]) {
            guard armed.withLock({ $0 }) else { return }
            let marker = Array("\"textDocument/publishDiagnostics\"".utf8)
            guard bytes.count >= marker.count, (0...(bytes.count - marker.count)).contains(where: { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }) else { return }
            armed.withLock { $0 = false }
            published.signal()
        }
    }

    private static func measure(text: String, path: String, edits: Int, debounce: Int) -> [Double] {
        let probe = Probe()
        let server = LanguageServer(options: .init(catalogue: .complete, debounceMilliseconds: debounce, version: "bench"),
                                    fileSystem: LocalFileSystem(), send: { probe.written($0) })
        func message(_ value: JSONOutput) -> [UInt8] { MessageFrameReader.frame(Array(value.rendered(indent: 0).utf8)) }
        let uri = JSONOutput.string("file://" + path)
        _ = server.receive(message(.object([("jsonrpc", .string("2.0")), ("id", .integer(1)), ("method", .string("initialize")), ("params", .object([("capabilities", .object([]))]))])))
        _ = server.receive(message(.object([("jsonrpc", .string("2.0")), ("method", .string("initialized")), ("params", .object([]))])))
        probe.armed.withLock { $0 = true }
        _ = server.receive(message(.object([("jsonrpc", .string("2.0")), ("method", .string("textDocument/didOpen")), ("params", .object([
            ("textDocument", .object([("uri", uri), ("languageId", .string("json")), ("version", .integer(1)), ("text", .string(text))])),
        ]))])))
        guard probe.published.wait(timeout: .now() + 10) == .success else { return [] }
        let broken = text.replacingOccurrences(of: "\"type\": \"text\"", with: "\"type\": \"txt\"")
        guard broken != text else { return [] }
        var seconds: [Double] = []
        for edit in 0..<edits {
            let change = message(.object([("jsonrpc", .string("2.0")), ("method", .string("textDocument/didChange")), ("params", .object([
                ("textDocument", .object([("uri", uri), ("version", .integer(edit + 2))])),
                ("contentChanges", .array([.object([("text", .string(edit % 2 == 0 ? broken : text))])])),
            ]))]))
            probe.armed.withLock { $0 = true }
            let start = DispatchTime.now().uptimeNanoseconds
            _ = server.receive(change)
            guard probe.published.wait(timeout: .now() + 10) == .success else { return [] }
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return seconds.sorted()
    }
}
