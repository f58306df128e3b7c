import Foundation
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// `slingr-pkg configure`: in-process with scripted answers, and the built binary on a real
/// pseudo-terminal driven by Python's `pty` module (skipped when python3 is missing).
@Suite("configure command")
struct ConfigureCommandTests {
    static func temporaryDirectory() throws -> String {
        try LocalFileSystem().makeTemporaryDirectory(in: NSTemporaryDirectory(), prefix: "slingr-configure-")
    }

    @Test("answers become a values file that preview accepts")
    func writesValues() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        let result = CLIHarness.run(["configure", "Fixtures/packages/sample", "--output", output],
                                    answers: ["1", "client-1", "", "shh", "2", "", "n"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Client ID * [empty]: ") == false)
        #expect(result.stderr.contains("Client secret *: "))
        let written = String(decoding: try LocalFileSystem().readFile(output), as: UTF8.self)
        #expect(written == """
        {
          "authType": "oauth",
          "clientId": "client-1",
          "clientSecret": "shh",
          "region": "eu",
          "advanced": {
            "timeout": "5000",
            "verbose": false
          }
        }

        """)
        let check = CLIHarness.run(["preview", "Fixtures/packages/sample", "--values", output, "--check"])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("a rejected answer is asked again; end of input writes nothing and fails")
    func endOfInput() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        let result = CLIHarness.run(["configure", "Fixtures/packages/sample", "--output", output], answers: ["1", ""])
        #expect(result.status == 1)
        #expect(result.stderr.contains("  ! 'clientId' is required but has no value\n"))
        #expect(result.stderr.hasSuffix("Error: input ended before the form was complete; nothing was written\n"))
        #expect(!LocalFileSystem().exists(output))
    }

    // MARK: A real terminal

    /// The debug binary next to the test bundle (SwiftPM builds it with the tests).
    static var binary: String? {
        let fileSystem = LocalFileSystem()
        let candidates = [
            PathName.join(PathName.parent(CommandLine.arguments.first ?? ""), "slingr-pkg"),
            PathName.join(PackageRoot.path, ".build/debug/slingr-pkg"),
        ]
        return candidates.first { fileSystem.isFile($0) }
    }

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { LocalFileSystem().isFile($0) }
    }

    /// Runs the binary on a pseudo-terminal; `script` is a list of (wait for this text, then
    /// send these bytes). Returns the exit status (negative: killed by that signal) and the
    /// terminal's output.
    static func runOnTerminal(_ arguments: [String], script: [(String, String)]) throws -> (status: Int, output: String) {
        guard let python, let binary else { throw Skip() }
        let driver = """
        import json, os, pty, select, signal, sys, time
        argv = json.loads(sys.argv[1]); steps = json.loads(sys.argv[2])
        pid, fd = pty.fork()
        if pid == 0:
            # As from a shell: no signal blocked or ignored (the test runner's mask is inherited).
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT, signal.SIGHUP):
                signal.signal(number, signal.SIG_DFL)
            os.chdir(argv[0]); os.execv(argv[1], argv[1:])
        out = b''
        deadline = time.time() + 20
        def read_until(text, start):
            global out
            while out.find(text.encode(), start) < 0 and time.time() < deadline:
                ready, _, _ = select.select([fd], [], [], 0.2)
                if ready:
                    try:
                        chunk = os.read(fd, 4096)
                    except OSError:
                        return
                    if not chunk:
                        return
                    out += chunk
        seen = 0
        for wait, send in steps:
            read_until(wait, seen)
            seen = max(seen, out.find(wait.encode(), seen) + len(wait))
            os.write(fd, send.encode())
        status = None
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            else:
                reaped, status = os.waitpid(pid, os.WNOHANG)
                if reaped != 0:
                    break
                status = None
        if status is None:
            for _ in range(10):
                reaped, status = os.waitpid(pid, os.WNOHANG)
                if reaped != 0:
                    break
                status = None
                time.sleep(0.1)
        if status is None:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
        print(json.dumps({"status": code, "output": out.decode("utf-8", "replace")}))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        let argv = try JSONSerialization.data(withJSONObject: [PackageRoot.path, binary] + arguments)
        let steps = try JSONSerialization.data(withJSONObject: script.map { [$0.0, $0.1] })
        process.arguments = ["-c", driver, String(decoding: argv, as: UTF8.self), String(decoding: steps, as: UTF8.self)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((result?["status"] as? Int) ?? 99, (result?["output"] as? String) ?? "")
    }

    struct Skip: Error {}

    @Test("on a real terminal: options by number, the password not echoed, the file written")
    func realTerminal() throws {
        guard Self.python != nil, Self.binary != nil else {
            print("skipped: python3 or the built slingr-pkg binary not found")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        let (status, transcript) = try Self.runOnTerminal(
            ["configure", "Fixtures/packages/sample", "--output", output],
            script: [("Authentication * [oauth]: ", "2\n"), ("API key *: ", "hunter2\n"), ("Region [us]: ", "eu\n"),
                     ("Timeout (ms) [5000]: ", "soon\n"), ("positive integer.\r\n", ""), ("Timeout (ms) [5000]: ", "\n"),
                     ("Verbose logs (y/n) [n]: ", "y\n")])
        #expect(status == 0, "\(transcript)")
        #expect(!transcript.contains("hunter2"), "the password is not echoed")
        #expect(transcript.contains("Region [us]: eu"), "ordinary answers are echoed")
        #expect(transcript.contains("  1) OAuth 2.0 [oauth]"))
        let written = String(decoding: try LocalFileSystem().readFile(output), as: UTF8.self)
        #expect(transcript.contains("! 'advanced.timeout': The timeout must be a placeholder or a positive integer."),
                "an answer failing the validation function is asked again")
        #expect(written == "{\n  \"authType\": \"apiKey\",\n  \"apiKey\": \"hunter2\",\n  \"region\": \"eu\",\n  \"advanced\": {\n    \"timeout\": \"5000\",\n    \"verbose\": true\n  }\n}\n")
    }

    @Test("on a real terminal: Ctrl-D or Ctrl-C before the end writes nothing")
    func realTerminalInterrupted() throws {
        guard Self.python != nil, Self.binary != nil else {
            print("skipped: python3 or the built slingr-pkg binary not found")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        let ended = try Self.runOnTerminal(["configure", "Fixtures/packages/sample", "--output", output],
                                           script: [("Authentication * [oauth]: ", "\n"), ("Client ID *: ", "\u{04}")])
        #expect(ended.status == 1, "\(ended.output)")
        #expect(ended.output.contains("nothing was written"))
        let interrupted = try Self.runOnTerminal(["configure", "Fixtures/packages/sample", "--output", output],
                                                 script: [("Authentication * [oauth]: ", "\n"), ("Client ID *: ", "\u{03}")])
        #expect(interrupted.status == -2, "killed by SIGINT: \(interrupted.output)")
        #expect(!LocalFileSystem().exists(output))
    }

    @Test("without a terminal it refuses with exit status 2")
    func refusesWithoutTerminal() throws {
        guard Self.python != nil, let binary = Self.binary else {
            print("skipped: python3 or the built slingr-pkg binary not found")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["configure", PathName.join(PackageRoot.path, "Fixtures/packages/sample"), "--output", "/nonexistent/values.json"]
        process.standardInput = Pipe()
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("Error: 'configure' asks its questions on a terminal"))
    }
}
