import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg validate <file>...`: checks descriptors one file at a time.
enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check package.json, step.json and uiService.json descriptors.",
        discussion: "The kind of each file comes from its name, or from --kind. Exit status: 0 when no errors were found, 1 when some were, 2 for usage errors and unreadable files.",
        arguments: [ArgumentSpec("file", help: "Descriptor files to check; '-' reads standard input.", isRepeating: true)],
        options: [
            OptionSpec("kind", valueName: "kind", help: "Descriptor kind for every file, whatever its name.", choices: DescriptorKind.allCases.map(\.rawValue)),
            FindingsOutput.formatOption(),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let forcedKind = arguments.value("kind").flatMap(DescriptorKind.init(rawValue:))
        var sources: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var unreadable = false
        for path in arguments.positionals {
            guard let kind = forcedKind ?? DescriptorKind(fileName: PathName.lastComponent(path)) else {
                let what = path == "-" ? "standard input" : "'\(path)'"
                return SlingrPkg.usageError("cannot tell which descriptor \(what) is; name it package.json, step.json or uiService.json, or use --kind",
                                            command: spec, context: context)
            }
            let source: SourceFile
            if path == "-" {
                source = SourceFile(path: "<stdin>", bytes: context.readStandardInput())
            } else {
                do {
                    source = try context.readSource(path)
                } catch {
                    context.stderr.write("Error: \(error.description)\n")
                    unreadable = true
                    continue
                }
            }
            sources.append(source)
            diagnostics += DescriptorValidator.validate(source, kind: kind).diagnostics
        }
        let report = FindingsReport(diagnostics: diagnostics, files: sources.count,
                                    sources: Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
                                    toolVersion: SlingrPkg.version, catalogue: .complete)
        FindingsOutput.write(report, format: FindingsOutput.format(arguments) ?? .text, arguments: arguments, context: context)
        if unreadable { return .usage }
        return report.summary.errors > 0 ? .failure : .success
    }
}
