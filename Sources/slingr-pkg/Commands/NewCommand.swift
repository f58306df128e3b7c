import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg new <name>`: creates a complete package in a new folder, atomically. On a
/// terminal, without a name, it asks for the name, label and choices instead.
enum NewCommand: Command {
    static let spec = CommandSpec(
        name: "new",
        abstract: "Create a new package with its descriptor, scripts, README and license.",
        discussion: """
        Writes package.json (all sections, with metadata entries for everything created), scripts/api.js, \
        README.md, LICENSE, .gitignore and icon48.png, the JSON Schemas of its files in .slingr-pkg/schemas \
        with .vscode/settings.json pointing VS Code at them, plus the listener, flow steps (step.json, step.js, \
        an 18x18 icon.png), UI services and configurationBuilder.js that the options ask for. The package \
        is built in a temporary folder next to the target and renamed into place, so a failure leaves \
        nothing behind. A non-empty target folder is refused unless --force is given.

        Dependency versions: '^' and the latest release listed in the --registry file; without one, or for \
        a name it does not list, http ^v1.9.1 and oauth ^v1.0.36 (the latest releases when this version of \
        slingr-pkg was made; '^' accepts later releases with the same major version); 'add dependency' also \
        knows pdf ^v1.2.0 and ftp ^v1.0.4.

        On a terminal, running 'slingr-pkg new' without a name asks for the name, label and the choices \
        above (those given as options are not asked); without a terminal it never asks.
        """,
        arguments: [ArgumentSpec("name", help: "Package name: letters and digits, starting with a letter (scripts call it as pkg.<name>).",
                                 isOptional: true)],
        options: [
            OptionSpec("label", valueName: "label", help: "Human name of the package (default: from the name, 'myPackage' gives 'My package')."),
            OptionSpec("description", valueName: "text", help: "One-line description for package.json and README.md."),
            OptionSpec("dir", valueName: "dir", help: "Folder to create the package in (default: ./<name>)."),
            OptionSpec("http", help: "Depend on the http service, with a 'Base URL' field and request helpers in scripts/api.js."),
            OptionSpec("oauth", help: "Depend on the oauth package, with client id and secret fields and a configurationBuilder.js that builds config.oauth."),
            OptionSpec("listener", help: "Add listeners/webhook.js, a listener for the http service's webhooks on '/<name>', and the 'webhook' event it triggers; implies --http."),
            OptionSpec("flow-step", valueName: "name", help: "Add a flow step (repeatable).", isRepeatable: true),
            OptionSpec("ui-service", valueName: "name", help: "Add a UI service (repeatable).", isRepeatable: true),
            OptionSpec("license", valueName: "license", help: "License of the package.", choices: PackageLicense.allCases.map(\.rawValue),
                       defaultValue: PackageLicense.apache2.rawValue),
            OptionSpec("registry", valueName: "file", help: "Registry file ({\"packages\": {name: [tags]}, \"services\": {...}}) to take dependency versions from."),
            OptionSpec("git", help: "Run 'git init' in the new package and make the first commit."),
            OptionSpec("force", help: "Write into the target folder even if it is not empty, replacing files of the same names."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        var options: NewPackageOptions
        var makeRepository = arguments.flag("git")
        if let name = arguments.positionals.first {
            options = NewPackageOptions(name: name)
            options.label = arguments.value("label")
            options.description = arguments.value("description")
            options.http = arguments.flag("http")
            options.oauth = arguments.flag("oauth")
            options.listener = arguments.flag("listener")
            options.flowSteps = arguments.all("flow-step")
            options.uiServices = arguments.all("ui-service")
            options.license = arguments.value("license").flatMap(PackageLicense.init(rawValue:)) ?? .apache2
        } else if context.stdinIsTerminal {
            guard let answered = NewPackageInterview(arguments: arguments, context: context).run() else {
                context.stderr.write("Error: no package was created\n")
                return .usage
            }
            options = answered.options
            makeRepository = answered.git
        } else {
            return SlingrPkg.usageError("missing expected argument '<name>' (questions are only asked on a terminal)", command: spec, context: context)
        }
        options.catalogue = .complete
        if let registry = arguments.value("registry") {
            do {
                options.versions = try DependencyVersions.loading(registry: context.absolutePath(registry), displayPath: registry, fileSystem: context.fileSystem)
            } catch {
                context.stderr.write("Error: \(error.message)\n")
                return .usage
            }
        }
        let files: [GeneratedFile]
        do {
            files = try Scaffolder.newPackage(options)
        } catch {
            return SlingrPkg.usageError(error.message, command: spec, context: context)
        }
        let displayTarget = arguments.value("dir") ?? options.name
        let target = context.absolutePath(displayTarget)
        do {
            try ScaffoldInstaller(fileSystem: context.fileSystem)
                .installPackage(files, at: target, displayTarget: displayTarget, force: arguments.flag("force"))
        } catch {
            context.stderr.write("Error: \(error.message)\n")
            return .usage
        }
        var report = "Created package '\(options.name)' in '\(displayTarget)':\n"
        for file in files { report += "  \(file.path)\n" }
        context.stdout.write(report)
        if makeRepository {
            if let problem = GitRepositoryInitializer.initialize(target, environment: context.environment) {
                context.stderr.write("warning: the package was created, but \(problem)\n")
            } else {
                context.stdout.write("Initialized a git repository with the first commit.\n")
            }
        }
        return .success
    }
}
