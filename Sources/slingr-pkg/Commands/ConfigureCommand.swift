import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// `slingr-pkg configure [DIR] --output FILE`: asks the configuration form field by field on
/// the terminal and writes the answers as a values file for `preview --values`.
enum ConfigureCommand: Command {
    static let spec = CommandSpec(
        name: "configure",
        abstract: "Fill in a package's configuration form on the terminal and write a values file.",
        discussion: """
        Asks every visible field in form order; visibility and requiredness are evaluated again after each answer. Press Enter to keep the value in brackets, '-' to clear it. Drop-downs and button groups take an option's number, name or label (comma-separated for several); toggles take y/n; passwords are not echoed. Answers are checked as they are given. The file is written atomically at the end; if input ends early nothing is written. Needs a terminal. \(ScriptLimitOptions.summary(Limits(), expressions: FormEvaluator.expressionLimits, timed: "Each evaluation of the form")) Exit status: 0 when written, 1 when input ended early, 2 for usage errors, unreadable input or no terminal.
        """,
        arguments: [ArgumentSpec("dir", help: "The package repository (default: the current folder).", isOptional: true)],
        options: [
            OptionSpec("output", short: "o", valueName: "file", help: "Where to write the values (JSON)."),
            OptionSpec("values", valueName: "file", help: "Start from the values in this JSON file."),
            OptionSpec("set", valueName: "name=value", help: "Start with this value; dotted names reach into groups.", isRepeatable: true),
            OptionSpec("env", valueName: "name=value", help: "Value of a ${NAME} environment placeholder.", isRepeatable: true),
            OptionSpec("app", valueName: "name", help: "App name for the platform values (default: myapp)."),
            OptionSpec("environment", valueName: "env", help: "App environment for the platform values (default: dev)."),
        ] + ScriptLimitOptions.options(defaultSteps: Limits().maxSteps, expressionSteps: FormEvaluator.expressionLimits.maxSteps)
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        guard let output = arguments.value("output") else {
            return SlingrPkg.usageError("missing '--output <file>': where to write the values", command: spec, context: context)
        }
        guard context.stdinIsTerminal else {
            context.stderr.write("Error: 'configure' asks its questions on a terminal, and standard input is not one; write the values file by hand and check it with 'slingr-pkg preview --values \(output) --check'\n")
            return .usage
        }
        let setup: PreviewSetup
        switch PreviewSetup.load(arguments, command: spec, context: context, allowStep: false) {
        case .failure(let status): return status
        case .success(let loaded): setup = loaded
        }
        // Every answer would be lost if the file could not be written at the end: check the
        // place now, and hold the file's lock through the questions (creating the lock file
        // proves the folder is writable).
        let target = context.absolutePath(output)
        let folder = PathName.parent(target)
        guard context.fileSystem.isDirectory(folder) else {
            context.stderr.write("Error: cannot write '\(output)': the folder '\(PathName.parent(output))' does not exist\n")
            return .usage
        }
        switch context.fileSystem.info(target, followSymlinks: false)?.kind {
        case nil, .file?:
            break
        case .symbolicLink?:
            context.stderr.write("Error: '\(output)' is a symbolic link; 'configure' does not write through links\n")
            return .usage
        case let kind?:
            context.stderr.write("Error: cannot write '\(output)': it is \(kind.description), not a regular file\n")
            return .usage
        }
        return context.withLock(target, shown: output) { ask(setup, output: output, context: context) }
    }

    /// Asks the questions and writes the answers (mode 0600 when they hold a password).
    private static func ask(_ setup: PreviewSetup, output: String, context: CommandContext) -> ExitStatus {
        let definition = setup.definition
        var session = ConfigureSession(evaluator: setup.evaluator, values: setup.values)
        context.stderr.write("Configuring \(definition.title) (\(definition.packageName)); Enter keeps the value in brackets, '-' clears it.\n")
        while let step = session.next() {
            switch step {
            case .heading(let title, let depth):
                context.stderr.write("\n" + indent(depth) + "== " + title + " ==\n")
            case .note(let lines, let depth):
                context.stderr.write("\n" + lines.map { indent(depth) + $0 + "\n" }.joined())
            case .question(let question):
                context.stderr.write(question.intro.map { indent(question.depth) + $0 + "\n" }.joined())
                while true {
                    guard let answer = context.prompt(indent(question.depth) + question.prompt, question.isSecret) else {
                        context.stderr.write("\nError: input ended before the form was complete; nothing was written\n")
                        return .failure
                    }
                    guard let problem = session.answer(answer) else { break }
                    context.stderr.write(indent(question.depth) + "  ! " + problem + "\n")
                }
            }
        }
        let json = ConfigurationValues.jsonOutput(session.evaluator.orderedValues(session.values)).rendered(indent: 2) + "\n"
        do {
            let holdsSecrets = definition.allFields.contains { field in
                guard field.type == .password, let value = session.values.value(at: field.path) else { return false }
                if case .string(let text) = value { return !text.isEmpty }
                return value != .undefined && value != .null
            }
            try context.fileSystem.writeFileAtomically(context.absolutePath(output), Array(json.utf8), mode: holdsSecrets ? 0o600 : nil)
        } catch {
            context.stderr.write("Error: cannot write '\(output)': \(error.description)\n")
            return .usage
        }
        context.stderr.write("Wrote \(output); preview it with 'slingr-pkg preview --values \(output)'\n")
        return .success
    }

    private static func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }
}
