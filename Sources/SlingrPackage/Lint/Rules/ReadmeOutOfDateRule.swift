import SlingrDiagnostics

/// A generated section of `README.md` (between `<!-- slingr-pkg:begin ... -->` markers) that
/// no longer matches the package. Only READMEs with markers are checked: the markers are how a
/// package opts in (`slingr-pkg new` writes them, `slingr-pkg docs` adds them).
struct ReadmeOutOfDateRule: LintRule {
    static let description = RuleDescription(
        id: "readme-out-of-date",
        severity: .warning,
        summary: "A generated section of README.md that does not match the package any more.",
        explanation: "slingr-pkg docs writes the configuration fields, flow steps, events, dependencies and UI services into README.md between marker comments; when the package changes and the README does not, readers get wrong instructions. lint --fix (or slingr-pkg docs) rewrites the sections between the markers and nothing else. A marker without its partner is reported too, without a fix.",
        isFixable: true,
        triggering: [
            .package("an event added after the README was generated", events: #"[{"label": "Webhook", "name": "webhook", "description": "Webhooks from the service"}]"#,
                     files: ["README.md": "# Sample\n\nWhat the package does.\n\n<!-- slingr-pkg:begin events -->\n↓## Events\n\nThis package triggers no events.\n<!-- slingr-pkg:end events -->\n\n## License\n\nApache 2.0\n"],
                     expected: [.marked(message(.events))]),
            .package("a begin marker without its end",
                     files: ["README.md": "# Sample\n\n↓<!-- slingr-pkg:begin dependencies -->\n## Dependencies\n"],
                     expected: [.marked("marker '<!-- slingr-pkg:begin dependencies -->' has no '<!-- slingr-pkg:end dependencies -->'")]),
        ],
        nonTriggering: [
            .package("a current section", dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5"}]"#,
                     files: ["README.md": "# Sample\n\n<!-- slingr-pkg:begin dependencies -->\n## Dependencies\n\n| Type | Name | Version |\n|---|---|---|\n| service | `http` | `v1.8.5` |\n<!-- slingr-pkg:end dependencies -->\n"]),
            .package("a README without markers", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     files: ["README.md": "# Sample\n\nWritten by hand.\n"]),
        ]
    )

    static func message(_ section: ReadmeSection) -> String {
        "generated section '\(section.rawValue)' of README.md is out of date; run 'slingr-pkg docs' or 'slingr-pkg lint --fix'"
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        guard !repository.isIgnored(ReadmeSync.fileName), repository.kind(ReadmeSync.fileName) == .file,
              let source = repository.source(ReadmeSync.fileName) else { return }
        let document = ReadmeDocument(bytes: source.bytes)
        for problem in document.problems {
            context.report(Self.self, problem.message, in: source, range: SourceRange(start: problem.offset, end: problem.offset + 4))
        }
        guard !document.marked.isEmpty else { return }
        let generator = ReadmeGenerator(repository: repository)
        for (section, edit) in document.edits(generator.render) {
            let start = edit.range.start
            context.report(Self.self, Self.message(section), in: source, range: SourceRange(start: start, end: min(start + 1, max(edit.range.end, start))),
                           fixIt: FixIt(message: "regenerate section '\(section.rawValue)'", edits: [edit]))
        }
    }
}
