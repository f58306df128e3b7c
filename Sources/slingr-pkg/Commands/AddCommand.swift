import SlingrDiagnostics
import SlingrPackage
import SlingrVersions

/// `slingr-pkg add <kind> <name>`: adds one part to an existing package: its files, and its
/// entries in package.json through the format-preserving editor.
enum AddCommand: Command {
    static let kinds = ["flow-step", "ui-service", "script", "listener", "event", "field", "dependency"]

    static let spec = CommandSpec(
        name: "add",
        abstract: "Add a flow step, UI service, script, listener, event, field or dependency to a package.",
        discussion: """
        Creates the files of the new part and inserts its entries into package.json, keeping the file's \
        indentation, key order, line endings and final newline: only the inserted lines change. An entry \
        or file that already exists is refused, and nothing is changed when anything fails.

        flow-step: flowSteps/<name>/ with step.json, step.js, icon.png, and a metadata entry. ui-service: \
        uiServices/<name>/ with uiService.json and uiService.js. script: scripts/<name>.js. listener: \
        listeners/<name>.js listening to the http service's webhooks on '/<package name>', plus the http \
        dependency and the '<name>' event it triggers when missing. event: an entry in 'events'. field: \
        an entry in 'configuration' (--type, default text; --label; --required). dependency: an entry in \
        'dependencies' (--type service|package, default service for http, ftp and pdf; --version vX.Y.Z \
        with an optional ^ or ~).

        Without --version, a dependency gets '^' and its latest release: from its git repository when \
        the package's .slingr-pkg.json lists one under 'sources', else from the registry file given with \
        --registry or named by 'registry' in .slingr-pkg.json; failing that, the defaults ^v1.9.1 for \
        http, ^v1.0.36 for oauth, ^v1.2.0 for pdf and ^v1.0.4 for ftp.
        """,
        arguments: [
            ArgumentSpec("kind", help: "What to add: \(kinds.joined(separator: ", ")).", choices: kinds),
            ArgumentSpec("name", help: "Its name: letters and digits, starting with a letter."),
        ],
        options: [
            OptionSpec("dir", valueName: "dir", help: "Folder of the package (default: the current folder)."),
            OptionSpec("label", valueName: "label", help: "Label of the step, service, listener, event or field (default: from the name)."),
            OptionSpec("type", valueName: "type", help: "Field type for 'field' (default: text); 'service' or 'package' for 'dependency'.",
                       completion: .words(ScaffoldField.offeredTypes.map(\.rawValue) + ["service", "package"])),
            OptionSpec("required", help: "Make the field required ('field' only)."),
            OptionSpec("version", valueName: "version", help: "Version of the dependency, such as '^v1.2.0' ('dependency' only)."),
            OptionSpec("registry", valueName: "file", help: "Registry file to take dependency versions from (default: 'registry' in .slingr-pkg.json)."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let kind = arguments.positionals[0]
        let name = arguments.positionals[1]
        guard kinds.contains(kind) else {
            var message = "unknown kind '\(kind)'; expected one of: \(kinds.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: kind, in: kinds) { message += "; did you mean '\(suggestion)'?" }
            return SlingrPkg.usageError(message, command: spec, context: context)
        }
        let applicable: [String: [String]] = [
            "label": ["flow-step", "ui-service", "listener", "event", "field"],
            "type": ["field", "dependency"],
            "required": ["field"],
            "version": ["dependency"],
            "registry": ["dependency", "listener"],
        ]
        for (option, kinds) in applicable.sorted(by: { $0.key < $1.key }) where !kinds.contains(kind) {
            if arguments.value(option) != nil || arguments.flag(option) {
                return SlingrPkg.usageError("'--\(option)' does not apply to 'add \(kind)'", command: spec, context: context)
            }
        }
        let label = arguments.value("label")
        let request: AddRequest
        switch kind {
        case "flow-step": request = .flowStep(name: name, label: label)
        case "ui-service": request = .uiService(name: name, label: label)
        case "script": request = .script(name: name)
        case "listener": request = .listener(name: name, label: label)
        case "event": request = .event(name: name, label: label)
        case "field": request = .field(name: name, type: arguments.value("type"), label: label, required: arguments.flag("required"))
        default: request = .dependency(name: name, type: arguments.value("type"), version: arguments.value("version"))
        }
        let (directory, displayDirectory) = context.packageRoot(arguments.value("dir"))
        func add() -> ExitStatus {
            let change: PackageChange
            do throws(ScaffoldError) {
                var versions = DependencyVersions.defaults
                if let registry = arguments.value("registry") {
                    versions = try DependencyVersions.loading(registry: context.absolutePath(registry), displayPath: registry, fileSystem: context.fileSystem)
                } else if kind == "listener" || (kind == "dependency" && arguments.value("version") == nil) {
                    versions = try DependencyVersions.configured(forPackageAt: directory, displayDirectory: displayDirectory, fileSystem: context.fileSystem,
                                                                 names: [kind == "listener" ? "http" : name],
                                                                 git: GitClient(runner: ProcessRunner(baseEnvironment: context.environment)))
                }
                change = try PackageAdder(fileSystem: context.fileSystem, directory: directory, displayDirectory: displayDirectory, versions: versions)
                    .plan(request)
                try ScaffoldInstaller(fileSystem: context.fileSystem).apply(change, in: directory, displayDirectory: displayDirectory)
            } catch {
                if error.kind == .invalidInput { return SlingrPkg.usageError(error.message, command: spec, context: context) }
                context.stderr.write("Error: \(error.message)\n")
                return .usage
            }
            context.stdout.write(change.summary.joined(separator: "\n") + "\n")
            return .success
        }
        // package.json is read under its lock, so a concurrent writer's change is never lost.
        // (Without the folder there is nothing to lock; planning says what is missing.)
        guard context.fileSystem.isDirectory(directory) else { return add() }
        // The README too: its generated sections follow the descriptor (and 'docs' writes it).
        let locked = ["package.json", "README.md"].map { name in
            (target: PathName.join(directory, name), shown: PathName.normalize(PathName.join(displayDirectory, name)))
        }
        return context.withLocks(locked, add)
    }
}
