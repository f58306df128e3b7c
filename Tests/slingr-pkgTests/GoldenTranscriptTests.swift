import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// Every file under `Fixtures/golden/` is a transcript: its first line is the command
/// (`$ slingr-pkg validate Fixtures/... [< input]`), then standard output, `--- stderr`, standard
/// error and `[exit N]`. The test runs the command in-process from the package root and compares.
/// `SLINGR_RECORD=1 swift test` rewrites the transcripts; review them with `git diff Fixtures/golden`.
/// (`Fixtures/golden/reporters/` holds reporter output, not transcripts; ReporterTests owns it.
/// `Fixtures/golden/boundary/` holds transcripts run against hostile repositories built in a
/// temporary folder; RepositoryBoundaryTests owns it. `Fixtures/golden/writes/` holds transcripts
/// of commands that change files, run on an in-memory copy; WritingTranscriptTests owns it.)
@Suite("Golden CLI transcripts")
struct GoldenTranscriptTests {
    static let root = PackageRoot.path

    static var transcripts: [String] {
        let fileSystem = LocalFileSystem()
        var found: [String] = []
        func walk(_ relative: String) {
            let absolute = PathName.join(root, relative)
            guard let names = try? fileSystem.contentsOfDirectory(absolute) else { return }
            for name in names {
                let path = PathName.join(relative, name)
                if fileSystem.isDirectory(PathName.join(root, path)) {
                    if !["Fixtures/golden/reporters", "Fixtures/golden/boundary", "Fixtures/golden/writes"].contains(path) { walk(path) }
                } else if name.hasSuffix(".txt") {
                    found.append(path)
                }
            }
        }
        walk("Fixtures/golden")
        return found
    }

    @Test("transcript matches", arguments: transcripts)
    func transcriptMatches(_ path: String) throws {
        let fileSystem = LocalFileSystem()
        let absolute = PathName.join(Self.root, path)
        let expected = String(decoding: try fileSystem.readFile(absolute), as: UTF8.self)
        guard let commandLine = expected.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
              commandLine.hasPrefix("$ slingr-pkg") else {
            Issue.record("\(path) must start with '$ slingr-pkg ...'")
            return
        }
        let actual = CLIHarness.transcript(String(commandLine))
        if ProcessEnvironment.entries().contains(where: { $0.0 == "SLINGR_RECORD" && $0.1 == "1" }) {
            try fileSystem.writeFileAtomically(absolute, Array(actual.utf8))
            return
        }
        #expect(actual == expected, "\(path) differs; run SLINGR_RECORD=1 swift test and review git diff")
    }
}

/// Runs the CLI in-process with captured streams, from the package root.
enum CLIHarness {
    /// Runs `arguments` and returns (stdout, stderr, exit status).
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:],
                    currentDirectory: String = PackageRoot.path, fileSystem: any FileSystem = LocalFileSystem(),
                    answers: [String] = []) -> (stdout: String, stderr: String, status: Int32) {
        let stdout = OutputSink()
        let stderr = OutputSink()
        var remaining = answers
        let context = CommandContext(
            fileSystem: fileSystem, environment: environment, currentDirectory: currentDirectory,
            stdout: stdout, stderr: stderr, stdoutIsTerminal: false, stdinIsTerminal: !answers.isEmpty,
            readStandardInput: { stdin },
            prompt: { question, _ in
                stderr.write(question)
                return remaining.isEmpty ? nil : remaining.removeFirst()
            }
        )
        let status = SlingrPkg.run(arguments, context: context)
        return (stdout.text, stderr.text, status.rawValue)
    }

    /// The transcript of a `$ slingr-pkg ...` command line (simple shell quoting, `< file`).
    static func transcript(_ commandLine: String) -> String {
        var words = ShellWords.split(String(commandLine.dropFirst(2)))
        var stdin: [UInt8] = []
        if let redirect = words.firstIndex(of: "<"), redirect + 1 < words.count {
            stdin = (try? LocalFileSystem().readFile(PathName.join(PackageRoot.path, words[redirect + 1]))) ?? []
            words.removeSubrange(redirect...(redirect + 1))
        }
        let result = run(Array(words.dropFirst()), stdin: stdin)
        var text = commandLine + "\n" + result.stdout
        if !result.stdout.isEmpty, !result.stdout.hasSuffix("\n") { text += "\n" }
        text += "--- stderr\n" + result.stderr
        if !result.stderr.isEmpty, !result.stderr.hasSuffix("\n") { text += "\n" }
        return text + "[exit \(result.status)]\n"
    }
}

/// Splits a command line into words: spaces separate, single and double quotes group,
/// backslash escapes the next character outside single quotes.
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaping = false
        for character in line {
            if escaping { current.append(character); escaping = false; continue }
            if let open = quote {
                if character == open { quote = nil } else if character == "\\" && open == "\"" { escaping = true } else { current.append(character) }
                continue
            }
            switch character {
            case "'", "\"": quote = character; inWord = true
            case "\\": escaping = true; inWord = true
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(character); inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

/// The package root, found from this file's location.
enum PackageRoot {
    static let path: String = {
        var path = PathName.parent(#filePath)
        let fileSystem = LocalFileSystem()
        while path != "/", !fileSystem.isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()
}
