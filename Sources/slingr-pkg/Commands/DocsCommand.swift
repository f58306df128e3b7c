import SlingrDiagnostics
import SlingrPackage

/// `slingr-pkg docs [DIR]`: writes the generated sections of the package's README.md (between
/// marker comments) from its descriptors, leaving every other byte as it was; `--check` only
/// says whether they are current.
enum DocsCommand: Command {
    static let spec = CommandSpec(
        name: "docs",
        abstract: "Write the generated sections of a package's README.md, or check that they are current.",
        discussion: """
        The sections are: dependencies (with their versions), configuration (the fields as \
        'preview --format markdown' shows them), events (with the ids scripts trigger), flow-steps \
        (each step's inputs and outputs) and ui-services (with their functions). Each lies between \
        '<!-- slingr-pkg:begin NAME -->' and '<!-- slingr-pkg:end NAME -->'; only what is between \
        the markers is rewritten, and a README keeps just the sections whose markers it has. A README \
        without markers gets every section appended; a package without a README gets one with a title. \
        The file is written whole (a temporary file, then a rename) under its lock file.

        Exit status: 0 when the README is (or now is) current; with --check, 1 when 'docs' would change \
        it; 2 for usage errors and unreadable packages.
        """,
        arguments: [ArgumentSpec("dir", help: "The package folder (default: the current folder).", isOptional: true)],
        options: [
            OptionSpec("check", help: "Change nothing; exit with status 1 when a section is out of date."),
            OptionSpec("dry-run", help: "Print the change as a unified diff instead of writing it."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let given = arguments.positionals.first ?? "."
        guard context.fileSystem.isDirectory(context.absolutePath(given)) else {
            context.stderr.write("Error: '\(given)' is not a directory\n")
            return .usage
        }
        let (directory, displayDirectory) = context.packageRoot(given)
        let shownReadme = PathName.normalize(PathName.join(displayDirectory, ReadmeSync.fileName))
        let readme = PathName.join(directory, ReadmeSync.fileName)
        if context.fileSystem.info(readme, followSymlinks: false)?.kind == .symbolicLink {
            context.stderr.write("Error: '\(shownReadme)' is a symbolic link; 'docs' does not write through links\n")
            return .usage
        }
        func update() -> ExitStatus {
            let repository = PackageRepository(root: directory, displayRoot: displayDirectory, fileSystem: context.fileSystem)
            guard repository.package != nil else {
                context.stderr.write("Error: no readable package.json in '\(displayDirectory)'\n")
                return .usage
            }
            if let problem = repository.reportableAccessProblems.first(where: { $0.path == ReadmeSync.fileName }) {
                context.stderr.write("Error: \(problem.diagnostic.message)\n")
                return .usage
            }
            let plan = ReadmeSync(repository: repository).plan()
            for problem in plan.problems { context.stderr.write("warning: \(problem)\n") }
            let names = plan.changedSections.map(\.rawValue).joined(separator: ", ")
            if plan.isCurrent {
                context.stdout.write("\(shownReadme) is up to date\n")
                return .success
            }
            if arguments.flag("check") {
                let what = plan.current == nil ? "does not exist" : "is out of date (sections: \(names))"
                context.stdout.write("\(shownReadme) \(what); run 'slingr-pkg docs' to update it\n")
                return .failure
            }
            if arguments.flag("dry-run") {
                context.stdout.write(UnifiedDiff.render(old: String(decoding: plan.current ?? [], as: UTF8.self), new: String(decoding: plan.updated, as: UTF8.self),
                                                        oldPath: plan.current == nil ? "/dev/null" : "a/" + shownReadme, newPath: "b/" + shownReadme))
                return .success
            }
            do {
                try context.fileSystem.writeFileAtomically(readme, plan.updated)
            } catch {
                context.stderr.write("Error: cannot write '\(shownReadme)': \(error.description)\n")
                return .usage
            }
            context.stdout.write("\(plan.current == nil ? "wrote" : "updated") \(shownReadme) (sections: \(names))\n")
            return .success
        }
        if arguments.flag("check") || arguments.flag("dry-run") { return update() }
        return context.withLock(readme, shown: shownReadme, update)
    }
}
