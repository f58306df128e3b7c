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


    @Test("on a real terminal: options by number, the password not echoed, the file written")
    func realTerminal() throws {
        guard TerminalDriver.python != nil, TerminalDriver.binary != nil else {
            print("skipped: python3 or the built slingr-pkg binary not found")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        let (status, transcript) = try TerminalDriver.run(
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
        guard TerminalDriver.python != nil, TerminalDriver.binary != nil else {
            print("skipped: python3 or the built slingr-pkg binary not found")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        let ended = try TerminalDriver.run(["configure", "Fixtures/packages/sample", "--output", output],
                                           script: [("Authentication * [oauth]: ", "\n"), ("Client ID *: ", "\u{04}")])
        #expect(ended.status == 1, "\(ended.output)")
        #expect(ended.output.contains("nothing was written"))
        let interrupted = try TerminalDriver.run(["configure", "Fixtures/packages/sample", "--output", output],
                                                 script: [("Authentication * [oauth]: ", "\n"), ("Client ID *: ", "\u{03}")])
        #expect(interrupted.status == -2, "killed by SIGINT: \(interrupted.output)")
        #expect(!LocalFileSystem().exists(output))
        // The values file's lock, held through the questions, went with the process.
        #expect(!LocalFileSystem().exists(output + ".lock"))
    }

    @Test("without a terminal it refuses with exit status 2")
    func refusesWithoutTerminal() throws {
        guard TerminalDriver.python != nil, let binary = TerminalDriver.binary else {
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
