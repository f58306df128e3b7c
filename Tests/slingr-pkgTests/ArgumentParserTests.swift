import SlingrDiagnostics
import Testing
@testable import slingr_pkg

@Suite("Argument parsing")
struct ArgumentParserTests {
    static let spec = CommandSpec(
        name: "test", abstract: "A test command.",
        arguments: [ArgumentSpec("file", help: "Files.", isRepeating: true)],
        options: [
            .format(),
            OptionSpec("set", valueName: "pair", help: "Pairs.", isRepeatable: true),
            OptionSpec("offline", help: "A flag."),
        ]
    )

    @Test("values with a space or '=', repeated options in order, flags, defaults")
    func values() throws {
        let parsed = try ArgumentParser.parse(["a", "--format=json", "--set", "x=1", "b", "--set=y=2", "--offline"], spec: Self.spec)
        #expect(parsed.positionals == ["a", "b"])
        #expect(parsed.value("format") == "json")
        #expect(parsed.all("set") == ["x=1", "y=2"])
        #expect(parsed.flag("offline"))
        #expect(parsed.pairs("set").compactMap { $0?.0 } == ["x", "y"])
        #expect(try ArgumentParser.parse(["a"], spec: Self.spec).value("format") == "text")
        #expect(try ArgumentParser.parse(["a"], spec: Self.spec).value("color") == "auto")
    }

    @Test("'--' ends options and '-' is a positional")
    func endOfOptions() throws {
        let parsed = try ArgumentParser.parse(["-", "--", "--format", "-x"], spec: Self.spec)
        #expect(parsed.positionals == ["-", "--format", "-x"])
        #expect(parsed.value("format") == "text")
    }

    @Test("a partial command line (being completed) is read as far as it goes, mistakes passed over")
    func partial() throws {
        let parsed = try ArgumentParser.parse(["--fromat", "x", "--offline=yes", "--format", "jsno", "--set", "a=1", "-q", "--set"], spec: Self.spec, partial: true)
        #expect(parsed.positionals == ["x"])
        #expect(parsed.value("format") == "jsno" && parsed.all("set") == ["a=1"] && !parsed.flag("offline"))
        let empty = try ArgumentParser.parse([], spec: Self.spec, partial: true)
        #expect(empty.positionals.isEmpty && empty.value("format") == "text")
    }

    @Test("mistakes are usage errors with suggestions", arguments: [
        (["a", "--fromat", "json"], "unknown option '--fromat'; did you mean '--format'?"),
        (["a", "--format"], "missing value for '--format <format>'"),
        (["a", "--format", "jsno"], "invalid value 'jsno' for '--format'; expected one of: text, json; did you mean 'json'?"),
        (["a", "--offline=yes"], "option '--offline' does not take a value"),
        (["a", "-z"], "unknown option '-z'"),
        ([], "missing expected argument '<file>'"),
    ])
    func mistakes(arguments: [String], message: String) {
        #expect(throws: UsageError.self) { try ArgumentParser.parse(arguments, spec: Self.spec) }
        do {
            _ = try ArgumentParser.parse(arguments, spec: Self.spec)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("-h and --help skip the argument checks")
    func help() throws {
        #expect(try ArgumentParser.parse(["-h"], spec: Self.spec).flag("help"))
        #expect(try ArgumentParser.parse(["--help"], spec: Self.spec).flag("help"))
    }
}

@Suite("Colour")
struct ColourTests {
    static func context(environment: [String: String], terminal: Bool) -> CommandContext {
        CommandContext(fileSystem: InMemoryFileSystem(), environment: environment, currentDirectory: "/",
                       stdout: OutputSink(), stderr: OutputSink(), stdoutIsTerminal: terminal, stdinIsTerminal: false,
                       readStandardInput: { [] }, prompt: { _, _ in nil })
    }

    @Test("on a terminal by default, never with NO_COLOR or --color never, forced with --color always")
    func decisions() throws {
        let auto = try ArgumentParser.parse(["x"], spec: ArgumentParserTests.spec)
        let never = try ArgumentParser.parse(["x", "--color", "never"], spec: ArgumentParserTests.spec)
        let always = try ArgumentParser.parse(["x", "--color=always"], spec: ArgumentParserTests.spec)
        #expect(Self.context(environment: [:], terminal: true).style(for: auto).enabled)
        #expect(!Self.context(environment: [:], terminal: false).style(for: auto).enabled)
        #expect(!Self.context(environment: ["NO_COLOR": "1"], terminal: true).style(for: auto).enabled)
        #expect(!Self.context(environment: [:], terminal: true).style(for: never).enabled)
        #expect(Self.context(environment: [:], terminal: false).style(for: always).enabled)
        #expect(!Self.context(environment: ["NO_COLOR": "1"], terminal: false).style(for: always).enabled)
        #expect(Self.context(environment: ["NO_COLOR": ""], terminal: true).style(for: auto).enabled)
    }

    @Test("lint output on a terminal is coloured, and plain with NO_COLOR")
    func endToEnd() {
        let coloured = CLIHarness.run(["lint", "--color", "always", "Fixtures/lint/broken"])
        #expect(coloured.stdout.contains("\u{1B}[1;31merror"))
        let plain = CLIHarness.run(["lint", "--color", "always", "Fixtures/lint/broken"], environment: ["NO_COLOR": "1"])
        #expect(!plain.stdout.contains("\u{1B}["))
    }
}
