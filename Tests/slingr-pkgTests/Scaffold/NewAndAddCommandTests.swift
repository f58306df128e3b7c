import Foundation
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// A file system that reads through to another and refuses every change, like a read-only
/// mount: it stands in for a read-only target when tests run as root, which ignores modes.
final class ReadOnlyFileSystem: FileSystem {
    let base: any FileSystem
    init(_ base: any FileSystem) { self.base = base }
    private func refuse(_ path: String) -> FileSystemError { FileSystemError(path: path, reason: .permissionDenied) }

    func readFile(_ path: String, limit: Int, followSymlinks: Bool) throws(FileSystemError) -> [UInt8] {
        try base.readFile(path, limit: limit, followSymlinks: followSymlinks)
    }
    func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: Int?) throws(FileSystemError) { throw refuse(path) }
    func createFileExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) { throw refuse(path) }
    func info(_ path: String, followSymlinks: Bool) -> FileInfo? { base.info(path, followSymlinks: followSymlinks) }
    func symbolicLinkTarget(_ path: String) -> String? { base.symbolicLinkTarget(path) }
    func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] { try base.contentsOfDirectory(path) }
    func createDirectory(_ path: String) throws(FileSystemError) { if !base.isDirectory(path) { throw refuse(path) } }
    func removeItem(_ path: String) throws(FileSystemError) { throw refuse(path) }
    func moveItem(from source: String, to destination: String) throws(FileSystemError) { throw refuse(destination) }
    func resolvedPath(_ path: String) -> String? { base.resolvedPath(path) }
    func makeTemporaryDirectory(in parent: String, prefix: String) throws(FileSystemError) -> String { throw refuse(parent) }
}

@Suite("new and add commands")
struct NewAndAddCommandTests {
    static func workspace(fixture: String? = nil) throws -> InMemoryFileSystem {
        let fileSystem = InMemoryFileSystem()
        try fileSystem.createDirectory("/work")
        if let fixture { try ScaffoldCLISupport.copyFixture(fixture, to: "/work/pkg", in: fileSystem) }
        return fileSystem
    }

    /// Commands given to `new` for the generated-package checks.
    static let generated: [[String]] = [
        ["new", "plain", "--license", "none"],
        ["new", "crm", "--http", "--oauth", "--label", "CRM \"Pro\"", "--description", "It's <b>CRM</b> */ | done"],
        ["new", "shop", "--listener", "--oauth", "--flow-step", "createOrder", "--flow-step", "getOrder", "--ui-service", "cartBanner"],
        ["new", "hooks", "--listener", "--ui-service", "notifier", "--license", "mit"],
    ]

    /// Everything `add` can add, applied to each generated package before checking it.
    static let additions: [[String]] = [
        ["add", "flow-step", "extraStep"], ["add", "ui-service", "extraService", "--label", "Extra 'UI'"], ["add", "script", "extraScript"],
        ["add", "listener", "extraListener"], ["add", "event", "extraEvent"], ["add", "dependency", "pdf", "--version", "~v1.4.0"],
        ["add", "dependency", "oauthHelper", "--type", "package", "--version", "v1.0.0"],
    ] + ScaffoldFieldTypes.offered.map { ["add", "field", "\($0)Field", "--type", $0] }

    @Test("refused new and add commands exit 2 and change nothing", arguments: [
        (["new", "demo"], "Error: directory 'demo' is not empty; use --force to write the package into it\n"),
        (["new", "bad-name"], "Error: invalid package name 'bad-name': use only letters and digits, starting with a letter; did you mean 'badName'?\n"),
        (["new", "demo", "--dir", "pkg/package.json"], "Error: 'pkg/package.json' already exists and is not a directory\n"),
        (["add", "event", "forecastChanged", "--dir", "pkg"], "Error: event 'forecastChanged' is already in 'pkg/package.json' (/events/0)\n"),
        (["add", "flow-step", "1step", "--dir", "pkg"], "Error: invalid flow step name '1step': use only letters and digits, starting with a letter; did you mean 'step'?\n"),
        (["add", "script", "api", "--dir", "pkg"], "Error: script 'api' is already in 'pkg/package.json' (/metadata/0)\n"),
    ])
    func refusalsChangeNothing(_ arguments: [String], _ firstLine: String) throws {
        let fileSystem = try Self.workspace(fixture: "indent-4")
        try fileSystem.createDirectory("/work/demo")
        try fileSystem.writeFileAtomically("/work/demo/NOTES.md", Array("mine\n".utf8))
        let before = fileSystem.allFiles()
        let result = CLIHarness.run(arguments, currentDirectory: "/work", fileSystem: fileSystem)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(firstLine), "\(result.stderr)")
        #expect(fileSystem.allFiles() == before)
        #expect(try fileSystem.contentsOfDirectory("/work") == ["demo", "pkg"])
    }

    @Test("a read-only target is refused with a clear message and nothing written")
    func readOnlyTarget() throws {
        let base = try Self.workspace(fixture: "indent-4")
        let before = base.allFiles()
        let readOnly = ReadOnlyFileSystem(base)
        let new = CLIHarness.run(["new", "demo"], currentDirectory: "/work", fileSystem: readOnly)
        #expect(new.status == 2)
        #expect(new.stderr == "Error: cannot create 'demo': permission denied\n")
        let add = CLIHarness.run(["add", "flow-step", "getForecast", "--dir", "pkg"], currentDirectory: "/work", fileSystem: readOnly)
        #expect(add.status == 2)
        // The lock file next to package.json is the first thing written, so it is what fails.
        #expect(add.stderr == "Error: cannot lock 'pkg/package.json': cannot create 'pkg/package.json.lock': permission denied\n")
        let field = CLIHarness.run(["add", "field", "units", "--dir", "pkg"], currentDirectory: "/work", fileSystem: readOnly)
        #expect(field.stderr == "Error: cannot lock 'pkg/package.json': cannot create 'pkg/package.json.lock': permission denied\n")
        #expect(base.allFiles() == before)
    }

    @Test("--force writes into a non-empty folder and keeps other files")
    func force() throws {
        let fileSystem = try Self.workspace()
        try fileSystem.createDirectory("/work/demo")
        try fileSystem.writeFileAtomically("/work/demo/NOTES.md", Array("mine\n".utf8))
        let result = CLIHarness.run(["new", "demo", "--force"], currentDirectory: "/work", fileSystem: fileSystem)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try fileSystem.readFile("/work/demo/NOTES.md") == Array("mine\n".utf8))
        #expect(fileSystem.isFile("/work/demo/package.json"))
        #expect(try fileSystem.contentsOfDirectory("/work") == ["demo"])
    }

    @Test("interactive new gives up cleanly at the end of input")
    func interactiveEndOfInput() throws {
        let fileSystem = try Self.workspace()
        // One answer only: the name; the label question then meets the end of input.
        let result = CLIHarness.run(["new"], currentDirectory: "/work", fileSystem: fileSystem, answers: ["chat"])
        #expect(result.status == 2)
        #expect(result.stderr == "Package name: Label [Chat]: \nError: no package was created\n")
        #expect(try fileSystem.contentsOfDirectory("/work").isEmpty)
        let retries = CLIHarness.run(["new"], currentDirectory: "/work", fileSystem: fileSystem, answers: ["a-b", "c-d", "e-f"])
        #expect(retries.status == 2)
        #expect(retries.stderr.components(separatedBy: "invalid package name").count == 4)
    }

    @Test("interactive new does not ask again for what the command line gives")
    func interactiveSkipsGivenOptions() throws {
        let fileSystem = try Self.workspace()
        let result = CLIHarness.run(["new", "--http", "--flow-step", "ping", "--label", "Pinger", "--license", "mit"],
                                    currentDirectory: "/work", fileSystem: fileSystem, answers: ["pinger", "", "n", "n", "", "", "n"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "Package name: Description (optional): Use OAuth (oauth package and configuration builder)? [y/N]: "
            + "Add a webhook listener (implies http)? [y/N]: UI services (names separated by commas, optional): License (apache-2.0, mit, none) [mit]: "
            + "Create a git repository with a first commit? [y/N]: ")
        let descriptor = String(decoding: try fileSystem.readFile("/work/pinger/package.json"), as: UTF8.self)
        #expect(descriptor.contains("\"label\": \"Pinger\""))
        #expect(descriptor.contains("\"namespace\": \"ping\""))
        #expect(descriptor.contains("\"name\": \"http\""))
        #expect(fileSystem.isFile("/work/pinger/LICENSE"))
    }

    @Test("on a real terminal, new asks its questions and creates the package")
    func pseudoTerminal() throws {
        guard TerminalDriver.python != nil, let tool = TerminalDriver.binary else {
            print("skipped: python3 or the built slingr-pkg binary not found")
            return
        }
        // 'swift test' may not relink the executable: make sure it is this build's.
        guard try GitTestSupport.run(tool, ["new", "--help"]) == HelpFormatter.help(NewCommand.spec) else {
            print("skipped: \(tool) is older than these sources; run 'swift build' before 'swift test' to exercise the terminal")
            return
        }
        let local = LocalFileSystem()
        let directory = try local.makeTemporaryDirectory(in: NSTemporaryDirectory(), prefix: "slingr-new-tty-")
        defer { try? local.removeItem(directory) }
        let (status, transcript) = try TerminalDriver.run(["new"], in: directory, script: [
            ("Package name: ", "bad-name\n"), ("Package name: ", "acme\n"), ("Label [Acme]: ", "\n"),
            ("Description (optional): ", "Talks to Acme\n"), ("http service? [y/N]: ", "y\n"),
            ("configuration builder)? [y/N]: ", "n\n"), ("(implies http)? [y/N]: ", "n\n"),
            ("Flow steps (names separated by commas, optional): ", "ping\n"),
            ("UI services (names separated by commas, optional): ", "\n"),
            ("[apache-2.0]: ", "mit\n"), ("first commit? [y/N]: ", "n\n"),
        ])
        #expect(status == 0, "\(transcript)")
        #expect(transcript.contains("invalid package name"), "a bad name is refused and asked again")
        let root = PathName.join(directory, "acme")
        let descriptor = String(decoding: try local.readFile(PathName.join(root, "package.json")), as: UTF8.self)
        #expect(descriptor.contains("\"label\": \"Acme\""))
        #expect(descriptor.contains("\"description\": \"Talks to Acme\""))
        #expect(descriptor.contains("\"name\": \"http\""))
        #expect(local.isFile(PathName.join(root, "flowSteps/ping/icon.png")))
        #expect(String(decoding: try local.readFile(PathName.join(root, "LICENSE")), as: UTF8.self).contains("MIT License"))
    }

    @Test("without a terminal and without a name, new never prompts")
    func noPromptWithoutTerminal() throws {
        let fileSystem = try Self.workspace()
        let result = CLIHarness.run(["new"], currentDirectory: "/work", fileSystem: fileSystem)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: missing expected argument '<name>' (questions are only asked on a terminal)\n"))
        #expect(try fileSystem.contentsOfDirectory("/work").isEmpty)
    }

    @Test("generated packages validate with zero findings through the CLI", arguments: generated)
    func validateClean(_ arguments: [String]) throws {
        let fileSystem = try Self.workspace()
        #expect(CLIHarness.run(arguments, currentDirectory: "/work", fileSystem: fileSystem).status == 0)
        for request in Self.additions {
            let added = CLIHarness.run(request + ["--dir", arguments[1]], currentDirectory: "/work", fileSystem: fileSystem)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let root = "/work/\(arguments[1])"
        let descriptors = ScaffoldCLISupport.files(under: root, in: fileSystem).keys
            .filter { ["package.json", "step.json", "uiService.json"].contains(PathName.lastComponent($0)) }.sorted()
        let result = CLIHarness.run(["validate"] + descriptors, currentDirectory: root, fileSystem: fileSystem)
        #expect(result.stdout == "\(descriptors.count) files checked: 0 errors, 0 warnings, 0 notes\n")
        #expect(result.status == 0)
    }

    @Test("generated packages are lint-clean",
          .enabled(if: SlingrPkg.command(named: "lint") != nil,
                   "'slingr-pkg lint' is not in this build yet; generated packages are checked with validate and node --check meanwhile"),
          arguments: generated)
    func lintClean(_ arguments: [String]) throws {
        let fileSystem = try Self.workspace()
        let fresh = CLIHarness.run(["lint"], currentDirectory: "/work/\(arguments[1])", fileSystem: try {
            let copy = try Self.workspace()
            _ = CLIHarness.run(arguments, currentDirectory: "/work", fileSystem: copy)
            return copy
        }())
        #expect(fresh.stdout.hasSuffix(" checked: 0 errors, 0 warnings, 0 notes\n"), "\(fresh.stdout)\(fresh.stderr)")
        #expect(CLIHarness.run(arguments, currentDirectory: "/work", fileSystem: fileSystem).status == 0)
        for request in Self.additions {
            #expect(CLIHarness.run(request + ["--dir", arguments[1]], currentDirectory: "/work", fileSystem: fileSystem).status == 0)
        }
        let result = CLIHarness.run(["lint"], currentDirectory: "/work/\(arguments[1])", fileSystem: fileSystem)
        Self.expectOnlyUnusedAddedDependency(result.stdout)
        #expect(result.stderr.isEmpty)
        #expect(result.status == 0)
    }

    /// After `additions`, lint finds nothing but the notes that the dependencies just added are
    /// not used yet.
    static func expectOnlyUnusedAddedDependency(_ stdout: String) {
        let findings = stdout.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") || $0.contains(": note: ") }
        let unused = ["pdf", "oauthHelper"].map { "note: dependency '\($0)' is not used by any script, listener, step, builder or expression [unused-dependency]" }
        #expect(findings.count == 2 && zip(findings, unused).allSatisfy { $0.hasSuffix($1) }, "\(stdout)")
        #expect(stdout.hasSuffix(" checked: 0 errors, 0 warnings, 2 notes\n"), "\(stdout)")
    }

    @Test("packages in every layout stay lint-clean as parts are added",
          .enabled(if: SlingrPkg.command(named: "lint") != nil, "'slingr-pkg lint' is not in this build yet"),
          arguments: ["indent-2", "indent-3", "indent-4", "indent-tab", "empty-sections", "with-registry"])
    func lintCleanAfterAdding(_ fixture: String) throws {
        let fileSystem = try Self.workspace(fixture: fixture)
        for request in Self.additions {
            let added = CLIHarness.run(request + ["--dir", "pkg"], currentDirectory: "/work", fileSystem: fileSystem)
            #expect(added.status == 0, "\(request): \(added.stderr)")
        }
        let result = CLIHarness.run(["lint", "pkg"], currentDirectory: "/work", fileSystem: fileSystem)
        Self.expectOnlyUnusedAddedDependency(result.stdout)
        #expect(result.status == 0)
    }

    @Test("--git makes a repository with one commit holding every file")
    func git() throws {
        guard let git = GitTestSupport.git else {
            print("skipped: git not found")
            return
        }
        let root = try GitTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = CLIHarness.run(["new", "demo", "--git", "--flow-step", "send"], environment: GitTestSupport.environment(home: root),
                                    currentDirectory: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Initialized a git repository with the first commit.\n"))
        let log = try GitTestSupport.run(git, ["-C", root + "/demo", "log", "--format=%s"])
        #expect(log == "Create the package with slingr-pkg new\n")
        let files = try GitTestSupport.run(git, ["-C", root + "/demo", "ls-files"]).split(separator: "\n")
        #expect(files.count == 16, "the .vscode settings and the schemas are committed too: \(files)")
        #expect(try GitTestSupport.run(git, ["-C", root + "/demo", "status", "--porcelain"]).isEmpty)
        // Without git on the PATH the package is still created, with a warning.
        let noGit = CLIHarness.run(["new", "other", "--git"], environment: ["PATH": root], currentDirectory: root)
        #expect(noGit.status == 0)
        #expect(noGit.stderr == "warning: the package was created, but git was not found on the PATH\n")
        #expect(LocalFileSystem().isFile(root + "/other/package.json"))
    }

    @Test("add dependency takes the latest release from a git source in .slingr-pkg.json")
    func gitSource() throws {
        guard let git = GitTestSupport.git else {
            print("skipped: git not found")
            return
        }
        let root = try GitTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A repository may only name paths inside itself: the source lives in the package.
        let repository = root + "/pkg/sources/oauth-package"
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        _ = try GitTestSupport.run(git, ["-C", repository, "init", "--quiet"])
        for tag in ["v1.0.0", "v1.2.0", "v2.0.0-dev", "develop", "v.0.0.5"] {
            _ = try GitTestSupport.run(git, ["-C", repository, "commit", "--quiet", "--allow-empty", "--message", tag])
            _ = try GitTestSupport.run(git, ["-C", repository, "tag", tag])
        }
        let package = root + "/pkg"
        try FileManager.default.createDirectory(atPath: package, withIntermediateDirectories: true)
        try #"{"name": "demo", "label": "Demo", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#
            .write(toFile: package + "/package.json", atomically: true, encoding: .utf8)
        try #"{"sources": {"oauth": "sources/oauth-package", "broken": "sources/nowhere"}}"#.write(toFile: package + "/.slingr-pkg.json", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["add", "dependency", "oauth", "--dir", "pkg"], currentDirectory: root)
        #expect(result.stdout == "added dependency 'oauth' ^v1.2.0 to 'dependencies' in pkg/package.json\n", "\(result.stderr)")
        let broken = CLIHarness.run(["add", "dependency", "broken", "--dir", "pkg"], currentDirectory: root)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("Error: cannot read the releases of 'broken' from 'sources/nowhere': "), "\(broken.stderr)")
        #expect(broken.stderr.hasSuffix("; give the version with --version\n"))
        // A source outside the package is refused without running git.
        try #"{"sources": {"oauth": "../elsewhere"}}"#.write(toFile: package + "/.slingr-pkg.json", atomically: true, encoding: .utf8)
        let outside = CLIHarness.run(["add", "dependency", "oauth", "--dir", "pkg"], currentDirectory: root)
        #expect(outside.status == 2)
        #expect(outside.stderr == "Error: 'pkg/.slingr-pkg.json': source 'oauth' must be a URL or a path inside the repository ('..' leads outside the repository); a repository elsewhere can only be given on the command line (--git oauth=PATH)\n")
        // Given explicitly, the version is taken as it is and no source is asked.
        let given = CLIHarness.run(["add", "dependency", "broken", "--version", "v3.0.0", "--dir", "pkg"], currentDirectory: root)
        #expect(given.status == 0, "\(given.stderr)")
    }
}

/// The field types `add field` offers, as the command line spells them.
enum ScaffoldFieldTypes {
    static let offered = ["text", "password", "toggle", "buttonsGroup", "dropDown", "label", "info", "button", "fieldsGroup"]
}

/// Running git and other programs from tests, isolated from the user's configuration.
enum GitTestSupport {
    static var git: String? { executable("git") }

    static func executable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The command's environment: the PATH, and git told to ignore global and system
    /// configuration and who the author is.
    static func environment(home: String) -> [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home,
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Scaffold Test", "GIT_AUTHOR_EMAIL": "scaffold@example.com",
            "GIT_COMMITTER_NAME": "Scaffold Test", "GIT_COMMITTER_EMAIL": "scaffold@example.com",
        ]
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "slingr-new-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment(home: NSTemporaryDirectory())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
