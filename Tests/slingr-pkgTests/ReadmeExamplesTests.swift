#if canImport(Glibc)
import Glibc
#endif
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// Every `slingr-pkg ...` command line shown in a code block of the README runs as printed,
/// in order, in a scratch folder: none may fail with a usage error or crash. Lines are picked
/// up as they are written (`slingr-pkg ...`, `$ slingr-pkg ...`, `- run: slingr-pkg ...`,
/// `swift run slingr-pkg ...`), so examples added to the README later are checked too; a
/// `cd` line moves the following commands into that folder, as in a shell.
///
/// Every folder commands run in gets what the examples name: a link `Fixtures` to the
/// repository's fixtures, `registry.json`, `values.json` and `replies.json`.
@Suite("README examples")
struct ReadmeExamplesTests {
    /// One line of a README code block: a command, or a change of folder.
    enum Step: Equatable {
        case command([String], line: Int)
        case changeDirectory(String)
    }

    static func steps(in readme: String) -> [Step] {
        var steps: [Step] = []
        var inBlock = false
        var pending = ""
        var pendingLine = 0
        for (index, raw) in readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Self.trimmed(raw)
            if line.hasPrefix("```") {
                inBlock.toggle()
                pending = ""
                continue
            }
            guard inBlock else { continue }
            // A line ending in a backslash goes on on the next one, as in a shell.
            if line.hasSuffix("\\") {
                if pending.isEmpty { pendingLine = index }
                pending += String(line.dropLast()) + " "
                continue
            }
            var number = index
            if !pending.isEmpty {
                line = pending + line
                number = pendingLine
                pending = ""
            }
            if line.hasPrefix("cd "), !line.contains("&&") {
                steps.append(.changeDirectory(Self.trimmed(line.dropFirst(3))))
                continue
            }
            var text = Substring(line)
            for prefix in ["$ ", "- run: ", "swift run "] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
            guard text.hasPrefix("slingr-pkg ") else { continue }
            var words = ShellWords.split(String(text))
            // What follows a redirection or another command is the shell's business.
            if let end = words.firstIndex(where: { [">", ">>", "|", "||", "&&", ";", "<", "2>"].contains($0) || $0.hasPrefix(">") }) {
                words.removeSubrange(end...)
            }
            steps.append(.command(Array(words.dropFirst()), line: number + 1))
        }
        return steps
    }

    static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    static func trimmed(_ text: String) -> String { trimmed(Substring(text)) }

    @Test("command lines are found in code blocks only, with prompts, CI prefixes and redirections removed")
    func extraction() {
        let readme = """
        Run `slingr-pkg lint` (not a code block).
        ```sh
        slingr-pkg new acme --oauth
        cd acme
        $ slingr-pkg eval "1 + 1" --set a='${A}'
        - run: slingr-pkg lint --format sarif > slingr.sarif || true
        swift run slingr-pkg rules \\
            unknown-key
        swift run slingr-pkg rules
        cp .build/release/slingr-pkg /usr/local/bin/
        ```
        """
        #expect(Self.steps(in: readme) == [
            .command(["new", "acme", "--oauth"], line: 3),
            .changeDirectory("acme"),
            .command(["eval", "1 + 1", "--set", "a=${A}"], line: 5),
            .command(["lint", "--format", "sarif"], line: 6),
            .command(["rules", "unknown-key"], line: 7),
            .command(["rules"], line: 9),
        ])
    }

    /// Gives `folder` what the examples name, without replacing anything already there.
    static func furnish(_ folder: String) throws {
        let fileSystem = LocalFileSystem()
        let fixtures = PathName.join(PackageRoot.path, "Fixtures")
        if !fileSystem.exists(PathName.join(folder, "Fixtures")) { symlink(fixtures, PathName.join(folder, "Fixtures")) }
        for (name, source) in [("registry.json", "registry/registry.json"), ("values.json", "runtime/acme/values.json"),
                               ("replies.json", "runtime/acme/replies.json")] where !fileSystem.exists(PathName.join(folder, name)) {
            try fileSystem.writeFileAtomically(PathName.join(folder, name), try fileSystem.readFile(PathName.join(fixtures, source)))
        }
    }

    @Test("every command line of the README runs without a usage error or a crash")
    func readmeCommands() throws {
        let fileSystem = LocalFileSystem()
        let readme = String(decoding: try fileSystem.readFile(PathName.join(PackageRoot.path, "README.md")), as: UTF8.self)
        let steps = Self.steps(in: readme)
        #expect(steps.count >= 15, "found only \(steps.count) command lines in README.md")
        let scratch = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-readme")
        defer { try? fileSystem.removeItem(scratch) }
        var directory = scratch
        try Self.furnish(directory)
        for step in steps {
            switch step {
            case .changeDirectory(let path):
                directory = PathName.normalize(PathName.join(directory, path))
                #expect(fileSystem.isDirectory(directory), "README: 'cd \(path)' enters a folder the commands before it did not create")
                try Self.furnish(directory)
            case .command(let arguments, let line):
                let result = CLIHarness.run(arguments, environment: ["NO_COLOR": "1"], currentDirectory: directory)
                let shown = "README.md:\(line): slingr-pkg \(arguments.joined(separator: " "))"
                #expect([0, 1, 2].contains(result.status), "\(shown) ended with status \(result.status)")
                #expect(!(result.status == 2 && result.stderr.contains("\nUsage: ")), "\(shown) is a usage error: \(result.stderr)")
                #expect(!result.stderr.contains("Fatal error"), "\(shown) crashed: \(result.stderr)")
            }
        }
    }
}
