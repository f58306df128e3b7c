import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg schema <kind>` prints the JSON Schema of a descriptor or of `.slingr-pkg.json`;
/// `--write` writes them all into the package, where its `.vscode/settings.json` points.
enum SchemaCommand: Command {
    static let kinds = SchemaKind.allCases.map(\.rawValue)

    static let spec = CommandSpec(
        name: "schema",
        abstract: "Print the JSON Schema of package.json, step.json, uiService.json or .slingr-pkg.json.",
        discussion: """
        The schemas are JSON Schema draft-07, generated from the same declarations the validator reads: \
        keys with their descriptions, enumerations, typeOptions per field type, version patterns and \
        snippets for new fields, inputs and outputs. A descriptor without missing-key, wrong-type, \
        unknown-key, invalid-value, invalid-name, unknown-field-type, unknown-input-type, \
        button-multiplicity or version-syntax findings validates against its schema.

        --write writes all four into .slingr-pkg/schemas/ of the package (the folder 'new' creates \
        them in, and its .vscode/settings.json points at); run it after upgrading slingr-pkg.
        """,
        arguments: [ArgumentSpec("kind", help: "Which schema: \(kinds.joined(separator: ", ")).", isOptional: true, choices: kinds)],
        options: [
            OptionSpec("write", help: "Write every schema into .slingr-pkg/schemas/ of the package instead of printing one."),
            OptionSpec("dir", valueName: "dir", help: "The package folder for --write (default: the current folder)."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let kind = arguments.positionals.first.flatMap(SchemaKind.init(rawValue:))
        if let given = arguments.positionals.first, kind == nil {
            var message = "unknown schema '\(given)'; expected one of: \(kinds.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: given, in: kinds) { message += "; did you mean '\(suggestion)'?" }
            return SlingrPkg.usageError(message, command: spec, context: context)
        }
        guard arguments.flag("write") else {
            guard let kind else { return SlingrPkg.usageError("missing expected argument '<kind>' (or --write)", command: spec, context: context) }
            context.stdout.write(JSONSchemaGenerator(catalogue: .complete).schema(kind).rendered(indent: 2) + "\n")
            return .success
        }
        let shownRoot = arguments.value("dir") ?? "."
        let root = context.absolutePath(shownRoot)
        guard context.fileSystem.isDirectory(root) else {
            context.stderr.write("Error: '\(shownRoot)' is not a folder\n")
            return .usage
        }
        let files = EditorSettings.schemaFiles(catalogue: .complete).filter { kind == nil || $0.path == kind?.relativePath }
        do {
            try context.fileSystem.createDirectory(PathName.join(root, SchemaKind.folder))
            for file in files {
                try context.fileSystem.writeFileAtomically(PathName.join(root, file.path), file.bytes)
                context.stdout.write("wrote \(PathName.normalize(PathName.join(shownRoot, file.path)))\n")
            }
        } catch {
            context.stderr.write("Error: \(error.description)\n")
            return .usage
        }
        return .success
    }
}
