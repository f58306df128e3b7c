import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg test`: runs the package's `test/**/*.test.js` files on the emulated runtime and
/// reports one line per test and a summary, JSON, or JUnit XML.
enum TestCommand: Command {
    static let spec = CommandSpec(
        name: "test",
        abstract: "Run the package's tests (test/**/*.test.js) on the emulated Slingr runtime.",
        discussion: """
        Test files see the package as its own scripts do (pkg, config, sys, dependencies) plus a small test API: test(name, fn) (also it, test.skip), describe(name, fn), beforeEach, afterEach, expect(value) with toBe, toEqual, toBeTruthy, toBeFalsy, toBeNull, toBeUndefined, toBeDefined, toBeGreaterThan, toBeLessThan (and OrEqual), toContain, toHaveLength, toHaveProperty, toMatch and toThrow (each with .not); http.reply(request, response) for replies of one test (same format as the --http file, request may be 'GET https://...'), http.requests(), logs(), events() and storage() for what the test did; runStep(name, inputs), runListener(name, event) and webhookEvent(body, headers) to drive steps and listeners. Each test file runs in a runtime of its own; each test starts with the storage of --storage (or empty) and has its own step budget. Exit status: 0 when every test passed, 1 when a test failed or a file did not load, 2 for usage errors, unreadable input or no test files.
        """,
        arguments: [ArgumentSpec("dir", help: "The package repository (default: the current folder, or --package).", isOptional: true)],
        options: [
            OptionSpec("grep", valueName: "text", help: "Run only the tests whose full name (describe names and test name joined with ' > ') contains the text."),
        ] + RuntimeSetup.options.filter { $0.name != "record" } + [.format(["text", "json", "junit"])]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let setup: RuntimeSetup
        switch RuntimeSetup.load(arguments, command: spec, context: context, directory: arguments.positionals.first) {
        case .failure(let status): return status
        case .success(let loaded): setup = loaded
        }
        let files = PackageTestRunner.testFiles(setup.repository)
        guard !files.isEmpty else {
            context.stderr.write("Error: no test files in '\(setup.repository.displayPath("test"))' (test/**/*.test.js)\n")
            return .usage
        }
        let runOptions = setup.options
        let report: TestRunReport
        do {
            report = try PackageTestRunner.run(setup.repository, files: files, options: runOptions, grep: arguments.value("grep"))
        } catch {
            if !error.diagnostics.isEmpty { context.stderr.write(DiagnosticTextRenderer(sources: [:]).render(error.diagnostics)) }
            context.stderr.write("Error: \(error.message)\n")
            return .failure
        }
        var sources: [String: SourceFile] = [:]
        for path in setup.repository.javaScriptFiles + files {
            if let source = setup.repository.source(path) { sources[source.path] = source }
        }
        let renderer = TestReportRenderer(style: context.style(for: arguments), sources: sources)
        switch arguments.value("format") {
        case "json": context.stdout.write(renderer.renderJSON(report))
        case "junit": context.stdout.write(renderer.renderJUnit(report))
        default: context.stdout.write(renderer.renderText(report))
        }
        if let grep = arguments.value("grep"), report.total == 0 {
            context.stderr.write("Error: no test name contains '\(grep)'\n")
            return .failure
        }
        return report.failed == 0 ? .success : .failure
    }
}
