import Foundation
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// `run` and `test` behaviours that touch files and processes: `--storage` between runs and
/// `--record` against a local HTTP server this test starts on 127.0.0.1.
@Suite("run: storage and recording")
struct RunCommandTests {
    static let acme = PathName.join(PackageRoot.path, "Fixtures/runtime/acme")

    static func temporaryDirectory() throws -> String {
        try LocalFileSystem().makeTemporaryDirectory(in: NSTemporaryDirectory(), prefix: "slingr-run-")
    }

    @Test("--storage keeps sys.storage between runs, written atomically as JSON")
    func storageFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let storage = PathName.join(directory, "storage.json")
        let arguments = ["run", "function", "api.createContact", "-C", Self.acme, "--values", Self.acme + "/values.json",
                         "--http", Self.acme + "/replies.json", "--args", "{\"name\":\"Ada\"}", "--storage", storage]
        for expected in 1...3 {
            let result = CLIHarness.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("(\(expected) so far)"))
            let saved = String(decoding: try LocalFileSystem().readFile(storage), as: UTF8.self)
            #expect(saved == "{\n  \"acme-created\": \(expected)\n}\n")
        }
        try LocalFileSystem().writeFileAtomically(storage, Array("[1]".utf8))
        let broken = CLIHarness.run(arguments)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("[storage-file]"))
        #expect(try LocalFileSystem().contentsOfDirectory(directory) == ["storage.json"])
    }

    /// A local server answering every request with JSON describing it; stops after `count`
    /// requests or 30 seconds.
    static let serverScript = """
    import http.server, json, os, sys, threading
    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self):
            length = int(self.headers.get('Content-Length') or 0)
            body = self.rfile.read(length).decode() if length else None
            status = 404 if self.path.endswith('/missing') else 200
            payload = json.dumps({'method': self.command, 'path': self.path, 'body': body,
                                  'auth': self.headers.get('Authorization')}).encode()
            self.send_response(status)
            self.send_header('Content-Type', 'application/json')
            self.send_header('Content-Length', str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        do_GET = do_POST = answer
        def log_message(self, *args): pass
    server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
    print(server.server_address[1], flush=True)
    stop = threading.Timer(30, lambda: os._exit(1))
    stop.daemon = True
    stop.start()
    for _ in range(int(sys.argv[1])):
        server.handle_request()
    """

    @Test("--record sends requests for real and saves replies that a later offline run uses")
    func record() throws {
        guard let python = GitTestSupport.executable("python3"), GitTestSupport.executable("curl") != nil else {
            print("skipped: python3 or curl not found; --record not checked against a local server")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: python)
        server.arguments = ["-c", Self.serverScript, "3"]
        let pipe = Pipe()
        server.standardOutput = pipe
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        var portText = ""
        while !portText.hasSuffix("\n") {
            let byte = pipe.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            portText += String(decoding: byte, as: UTF8.self)
        }
        let port = try #require(Int(portText.trimmingCharacters(in: .whitespacesAndNewlines)))
        let replies = PathName.join(directory, "recorded.json")
        let base = ["-C", Self.acme, "--values", Self.acme + "/values.json", "--set", "apiUrl=http://127.0.0.1:\(port)/v1"]
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let get = CLIHarness.run(["run", "function", "api.getContact", "--args", "\"c-1\"", "--record", replies] + base, environment: environment)
        #expect(get.status == 0, "\(get.stderr)")
        #expect(get.stdout.contains("\"path\": \"/v1/contacts/c-1\""))
        #expect(get.stdout.contains("\"auth\": \"Bearer key-123\""))
        #expect(get.stdout.contains("-> 200 (recorded)"))
        let saved = String(decoding: try LocalFileSystem().readFile(replies), as: UTF8.self)
        #expect(saved.contains("\"url\": \"http://127.0.0.1:\(port)/v1/contacts/c-1\""))
        let post = CLIHarness.run(["run", "function", "api.createContact", "--args", "{\"name\":\"Ada\"}", "--record", replies] + base,
                                  environment: environment)
        #expect(post.status == 0, "\(post.stderr)")
        #expect(post.stdout.contains("\"body\": \"{\\\"name\\\":\\\"Ada\\\"}\""))
        let missing = CLIHarness.run(["run", "function", "api.getContact", "--args", "\"missing\"", "--record", PathName.join(directory, "missing.json")] + base,
                                     environment: environment)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("HTTP 404 for GET http://127.0.0.1:\(port)/v1/contacts/missing"))
        server.waitUntilExit()
        // The server is gone: the recorded replies answer the same request offline.
        let offline = CLIHarness.run(["run", "function", "api.createContact", "--args", "{\"name\":\"Ada\"}", "--http", replies] + base)
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout.contains("-> 200 (reply 2)"))
        #expect(offline.stdout.contains("\"method\": \"POST\""))
        let offlineGet = CLIHarness.run(["run", "function", "api.getContact", "--args", "\"c-1\"", "--http", replies] + base)
        #expect(offlineGet.status == 0, "\(offlineGet.stderr)")
        #expect(offlineGet.stdout.contains("-> 200 (reply 1)"))
    }

    @Test("--record and --http together are a usage error")
    func recordWithReplies() {
        let result = CLIHarness.run(["run", "function", "api.getContact", "-C", Self.acme, "--http", "x.json", "--record", "y.json"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: '--record' sends requests for real; it cannot be combined with '--http'"))
    }

    @Test("package dependencies come from their git source at the version resolve picks, cached")
    func gitDependency() throws {
        guard let git = GitTestSupport.git else {
            print("skipped: git not found; dependency checkouts not checked")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let repository = PathName.join(directory, "oauth")
        let fileSystem = LocalFileSystem()
        let environment = GitTestSupport.environment(home: directory)
        try fileSystem.createDirectory(PathName.join(repository, "scripts"))
        let fixture = PathName.join(PackageRoot.path, "Fixtures/runtime/oauth-lite")
        for path in ["package.json", "scripts/functions.js"] {
            try fileSystem.writeFileAtomically(PathName.join(repository, path), try fileSystem.readFile(PathName.join(fixture, path)))
        }
        _ = try GitTestSupport.run(git, ["-C", repository, "init", "-q"])
        _ = try GitTestSupport.run(git, ["-C", repository, "add", "."])
        _ = try GitTestSupport.run(git, ["-C", repository, "commit", "-qm", "oauth"])
        _ = try GitTestSupport.run(git, ["-C", repository, "tag", "v1.0.36"])
        // A later major version that ^v1.0.34 must not pick.
        try fileSystem.writeFileAtomically(PathName.join(repository, "scripts/functions.js"), Array("exports.connectUser = function () { throw new Error('v2'); };\n".utf8))
        _ = try GitTestSupport.run(git, ["-C", repository, "commit", "-qam", "v2"])
        _ = try GitTestSupport.run(git, ["-C", repository, "tag", "v2.0.0"])
        let arguments = ["run", "function", "api.connect", "-C", PathName.join(PackageRoot.path, "Fixtures/runtime/calendar"),
                         "--git", "oauth=" + repository, "--set", "clientId=abc"]
        let result = CLIHarness.run(arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[oauth] connecting user 000000000000000000000001 with client abc"))
        let cached = try fileSystem.contentsOfDirectory(PathName.join(directory, ".cache/slingr-pkg/packages"))
        #expect(cached.count == 1)
        // Offline, the checkout in the cache is enough.
        let offline = CLIHarness.run(arguments + ["--offline"], environment: environment)
        #expect(offline.status == 0, "\(offline.stderr)")
    }
}
