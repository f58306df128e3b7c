#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// Hostile repositories on disk: symbolic links leading out of the package to a file holding a
/// marker, paths in `.slingr-pkg.json` that leave it, FIFOs and devices where files should be.
/// The marker never appears in any output, no command waits on a FIFO, and what cannot be read
/// is an error naming the file and the reason (exit status 2), never "missing" or skipped.
@Suite("Repository boundary, end to end")
struct RepositoryBoundaryTests {
    static let marker = "MARKER-7f3a9c"

    /// A fresh package `pkg` (made by `new`, so it lints clean) in a temporary folder, next to
    /// `secret.txt` holding the marker. `setup` runs with the package's absolute path.
    static func workspace(_ setup: (String) throws -> Void) throws -> String {
        let fileSystem = LocalFileSystem()
        let root = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-boundary")
        try fileSystem.writeFileAtomically(PathName.join(root, "secret.txt"), Array("\(marker) {\"a\": 1}\n".utf8))
        let made = CLIHarness.run(["new", "pkg", "--flow-step", "send", "--ui-service", "popup", "--license", "none"], currentDirectory: root)
        #expect(made.status == 0, "\(made.stderr)")
        try setup(PathName.join(root, "pkg"))
        return root
    }

    /// Runs the CLI in-process, giving up after 10 seconds: a command that blocks on a FIFO is
    /// released by opening the FIFO's other end, and recorded as a failure.
    static func run(_ arguments: [String], in root: String, fifos: [String] = []) -> (stdout: String, stderr: String, status: Int32, seconds: Double) {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.global().async {
            box.result = CLIHarness.run(arguments, currentDirectory: root)
            done.signal()
        }
        if done.wait(timeout: .now() + 10) == .timedOut {
            Issue.record("'\(arguments.joined(separator: " "))' did not return within 10 seconds")
            for fifo in fifos {
                let descriptor = open(fifo, O_RDWR | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            }
            done.wait()
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let result = box.result ?? ("", "", -1)
        return (result.stdout, result.stderr, result.status, seconds)
    }

    final class ResultBox: @unchecked Sendable {
        var result: (stdout: String, stderr: String, status: Int32)?
    }

    /// One hostile arrangement and the commands run against it, each with its exit status.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var setup: @Sendable (String, String) -> Void
        var commands: [([String], Int32)]
        var description: String { name }
    }

    static func link(_ target: String, _ path: String) {
        unlink(path)
        symlink(target, path)
    }

    static func fifo(_ path: String) {
        unlink(path)
        mkfifo(path, 0o644)
    }

    static func write(_ text: String, _ path: String) {
        try? LocalFileSystem().writeFileAtomically(path, Array(text.utf8))
    }

    static let cases: [Case] = [
        Case(name: ".slingr-pkg.json links to a secret", setup: { pkg, secret in link(secret, pkg + "/.slingr-pkg.json") },
             commands: [(["lint", "pkg"], 2), (["resolve", "pkg", "--offline"], 2), (["outdated", "pkg"], 2), (["add", "dependency", "foo", "--dir", "pkg"], 2)]),
        Case(name: "registry climbs out with ..", setup: { pkg, _ in write(#"{"registry": "../secret.txt"}"#, pkg + "/.slingr-pkg.json") },
             commands: [(["resolve", "pkg"], 2), (["outdated", "pkg"], 2), (["add", "dependency", "foo", "--dir", "pkg"], 2)]),
        Case(name: "registry is an absolute path outside", setup: { pkg, secret in write(#"{"registry": "\#(secret)"}"#, pkg + "/.slingr-pkg.json") },
             commands: [(["resolve", "pkg"], 2), (["add", "dependency", "foo", "--dir", "pkg"], 2)]),
        Case(name: "registry is a link leading out", setup: { pkg, secret in
            link(secret, pkg + "/registry.json")
            write(#"{"registry": "registry.json"}"#, pkg + "/.slingr-pkg.json")
        }, commands: [(["resolve", "pkg"], 2), (["add", "dependency", "foo", "--dir", "pkg"], 2)]),
        Case(name: "a git source climbs out", setup: { pkg, _ in write(#"{"sources": {"foo": "../../elsewhere"}}"#, pkg + "/.slingr-pkg.json") },
             commands: [(["resolve", "pkg"], 2), (["add", "dependency", "foo", "--dir", "pkg"], 2)]),
        Case(name: "package.json links to a secret", setup: { pkg, secret in link(secret, pkg + "/package.json") },
             commands: [(["lint", "pkg"], 2), (["resolve", "pkg", "--offline"], 2), (["preview", "pkg"], 2), (["add", "field", "x", "--dir", "pkg"], 2)]),
        Case(name: "package.json links to /dev/zero", setup: { pkg, _ in link("/dev/zero", pkg + "/package.json") },
             commands: [(["lint", "pkg"], 2), (["resolve", "pkg", "--offline"], 2), (["preview", "pkg"], 2), (["add", "field", "x", "--dir", "pkg"], 2)]),
        Case(name: "step.json links out", setup: { pkg, secret in link(secret, pkg + "/flowSteps/send/step.json") },
             commands: [(["lint", "pkg"], 2), (["preview", "pkg", "--step", "send"], 2)]),
        Case(name: "step.js links out", setup: { pkg, secret in link(secret, pkg + "/flowSteps/send/step.js") }, commands: [(["lint", "pkg"], 2)]),
        Case(name: "icon.png links out", setup: { pkg, secret in link(secret, pkg + "/flowSteps/send/icon.png") }, commands: [(["lint", "pkg"], 2)]),
        Case(name: "uiService.json links out", setup: { pkg, secret in link(secret, pkg + "/uiServices/popup/uiService.json") }, commands: [(["lint", "pkg"], 2)]),
        Case(name: "a step folder links out", setup: { pkg, _ in
            let outside = PathName.join(PathName.parent(pkg), "outside-step")
            try? LocalFileSystem().createDirectory(outside)
            write("\(marker)", outside + "/step.json")
            link(outside, pkg + "/flowSteps/other")
        }, commands: [(["lint", "pkg"], 2)]),
        Case(name: "package.json is a FIFO", setup: { pkg, _ in fifo(pkg + "/package.json") },
             commands: [(["lint", "pkg"], 2), (["resolve", "pkg", "--offline"], 2), (["preview", "pkg"], 2), (["validate", "pkg/package.json"], 2),
                        (["add", "field", "x", "--dir", "pkg"], 2)]),
        Case(name: "step.json is a FIFO", setup: { pkg, _ in fifo(pkg + "/flowSteps/send/step.json") },
             commands: [(["lint", "pkg"], 2), (["preview", "pkg", "--step", "send"], 2)]),
        Case(name: "step.js is a FIFO", setup: { pkg, _ in fifo(pkg + "/flowSteps/send/step.js") }, commands: [(["lint", "pkg"], 2)]),
        Case(name: "icon.png is a FIFO", setup: { pkg, _ in fifo(pkg + "/flowSteps/send/icon.png") }, commands: [(["lint", "pkg"], 2)]),
        Case(name: "uiService.json is a FIFO", setup: { pkg, _ in fifo(pkg + "/uiServices/popup/uiService.json") }, commands: [(["lint", "pkg"], 2)]),
        Case(name: ".slingr-pkg.json is a FIFO", setup: { pkg, _ in fifo(pkg + "/.slingr-pkg.json") },
             commands: [(["lint", "pkg"], 2), (["resolve", "pkg", "--offline"], 2), (["add", "dependency", "foo", "--dir", "pkg"], 2)]),
        Case(name: "a script is a FIFO", setup: { pkg, _ in fifo(pkg + "/scripts/extra.js") }, commands: [(["lint", "pkg"], 2)]),
    ]

    @Test("no output quotes the target, nothing waits on a FIFO, every refusal is exit 2", arguments: cases)
    func hostile(_ hostile: Case) throws {
        let root = try Self.workspace { hostile.setup($0, PathName.join(PathName.parent($0), "secret.txt")) }
        defer { try? LocalFileSystem().removeItem(root) }
        let fifos = ["package.json", ".slingr-pkg.json", "flowSteps/send/step.json", "flowSteps/send/step.js", "flowSteps/send/icon.png",
                     "uiServices/popup/uiService.json", "scripts/extra.js"].map { PathName.join(root, "pkg/" + $0) }
        for (arguments, status) in hostile.commands {
            let result = Self.run(arguments, in: root, fifos: fifos)
            let shown = arguments.joined(separator: " ")
            #expect(!(result.stdout + result.stderr).contains(Self.marker), "'\(shown)' printed the target: \(result.stdout)\(result.stderr)")
            #expect(result.status == status, "'\(shown)': \(result.stdout)\(result.stderr)")
            #expect(result.seconds < 3, "'\(shown)' took \(result.seconds) s")
            #expect(!(result.stdout + result.stderr).contains("is missing"), "'\(shown)' called an unreadable file missing")
        }
    }

    @Test("add refuses to write through a symbolic link and leaves it a link")
    func addThroughLink() throws {
        let root = try Self.workspace { pkg in
            _ = rename(pkg + "/package.json", pkg + "/real.json")
            Self.link("real.json", pkg + "/package.json")
        }
        defer { try? LocalFileSystem().removeItem(root) }
        let result = CLIHarness.run(["add", "field", "region", "--dir", "pkg"], currentDirectory: root)
        #expect(result.status == 2)
        #expect(result.stderr == "Error: 'pkg/package.json' is a symbolic link; 'add' does not write through links\n")
        #expect(LocalFileSystem().info(PathName.join(root, "pkg/package.json"), followSymlinks: false)?.kind == .symbolicLink)
    }

    @Test("add creates no file through a folder that links out")
    func addThroughLinkedFolder() throws {
        let root = try Self.workspace { pkg in
            try LocalFileSystem().createDirectory(PathName.join(PathName.parent(pkg), "elsewhere"))
            try LocalFileSystem().removeItem(pkg + "/scripts")
            Self.link("../elsewhere", pkg + "/scripts")
        }
        defer { try? LocalFileSystem().removeItem(root) }
        let result = CLIHarness.run(["add", "script", "tools", "--dir", "pkg"], currentDirectory: root)
        #expect(result.status == 2)
        #expect(result.stderr == "Error: cannot write 'pkg/scripts/tools.js': 'scripts' is a symbolic link that leads outside the repository; nothing was changed\n")
        #expect(try LocalFileSystem().contentsOfDirectory(PathName.join(root, "elsewhere")).isEmpty)
    }

    @Test("a 45,000-level dotted --set is a usage error, not a crash")
    func deepSet() {
        let path = Array(repeating: "a", count: 45_000).joined(separator: ".")
        let result = CLIHarness.run(["preview", "Fixtures/forms/oauth", "--set", path + "=1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: '--set' name 'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a....' is nested 45000 levels deep; fields nest at most 64 levels\n"))
    }

    /// Transcripts of the commonest refusals, recorded under `Fixtures/golden/boundary/`.
    static let transcripts: [(name: String, arguments: [String], setup: @Sendable (String, String) -> Void)] = [
        ("lint-package-fifo", ["lint", "pkg"], { pkg, _ in fifo(pkg + "/package.json") }),
        ("lint-step-json-link", ["lint", "pkg"], { pkg, secret in link(secret, pkg + "/flowSteps/send/step.json") }),
        ("lint-icon-fifo-json", ["lint", "pkg", "--format", "json"], { pkg, _ in fifo(pkg + "/flowSteps/send/icon.png") }),
        ("lint-settings-link", ["lint", "pkg"], { pkg, secret in link(secret, pkg + "/.slingr-pkg.json") }),
        ("resolve-registry-outside", ["resolve", "pkg"], { pkg, _ in write("{\n  \"registry\": \"../secret.txt\"\n}\n", pkg + "/.slingr-pkg.json") }),
        ("preview-package-link", ["preview", "pkg"], { pkg, secret in link(secret, pkg + "/package.json") }),
        ("validate-fifo", ["validate", "pkg/package.json"], { pkg, _ in fifo(pkg + "/package.json") }),
    ]

    @Test("golden transcripts of refusals", arguments: transcripts.map(\.name))
    func golden(_ name: String) throws {
        let entry = try #require(Self.transcripts.first { $0.name == name })
        let root = try Self.workspace { entry.setup($0, PathName.join(PathName.parent($0), "secret.txt")) }
        defer { try? LocalFileSystem().removeItem(root) }
        let result = Self.run(entry.arguments, in: root, fifos: [PathName.join(root, "pkg/package.json"), PathName.join(root, "pkg/flowSteps/send/icon.png")])
        var actual = "$ slingr-pkg " + entry.arguments.joined(separator: " ") + "\n" + result.stdout
        if !result.stdout.isEmpty, !result.stdout.hasSuffix("\n") { actual += "\n" }
        actual += "--- stderr\n" + result.stderr
        if !result.stderr.isEmpty, !result.stderr.hasSuffix("\n") { actual += "\n" }
        actual += "[exit \(result.status)]\n"
        try ScaffoldCLISupport.compare(actual, with: "Fixtures/golden/boundary/\(name).txt")
    }
}

/// Files and folders without read permission, seen by a user who cannot read them: the tests
/// run the built binary as `nobody` through `setpriv` when they run as root (root reads
/// everything), directly otherwise.
@Suite("Unreadable files, as a user without permission")
struct PermissionTests {
    /// The command prefix that runs as a user without root's powers, `nil` when impossible.
    static var unprivileged: [String]? {
        if getuid() != 0 { return [] }
        guard LocalFileSystem().isFile("/usr/bin/setpriv") else { return nil }
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }

    static func run(_ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        guard let prefix = unprivileged, let binary = TerminalDriver.binary else { throw Skip() }
        let process = Process()
        let command = prefix + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    struct Skip: Error {}

    @Test("a script, a folder or package.json without read permission is an error naming it (exit 2), never missing or skipped")
    func permissions() throws {
        guard Self.unprivileged != nil, TerminalDriver.binary != nil else {
            print("skipped: neither a non-root user nor setpriv, or the built slingr-pkg binary not found")
            return
        }
        let fileSystem = LocalFileSystem()
        let root = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-permissions")
        defer { try? fileSystem.removeItem(root) }
        chmod(root, 0o755)
        #expect(CLIHarness.run(["new", "pkg", "--flow-step", "send", "--license", "none"], currentDirectory: root).status == 0)
        let package = PathName.join(root, "pkg")
        try fileSystem.writeFileAtomically(PathName.join(package, "scripts/hidden.js"), Array("exports.a = 1;\n".utf8))
        chmod(PathName.join(package, "scripts/hidden.js"), 0o000)
        chmod(PathName.join(package, "flowSteps/send"), 0o000)
        defer { chmod(PathName.join(package, "flowSteps/send"), 0o755) }
        let lint = try Self.run(["lint", "pkg"], in: root)
        #expect(lint.status == 2, "\(lint.output)")
        #expect(lint.output.contains("pkg/scripts/hidden.js: error: cannot read 'scripts/hidden.js': permission denied [unreadable-file]"), "\(lint.output)")
        #expect(lint.output.contains("pkg/flowSteps/send: error: cannot read 'flowSteps/send': permission denied [unreadable-file]"), "\(lint.output)")
        #expect(!lint.output.contains("is missing"), "\(lint.output)")
        chmod(PathName.join(package, "package.json"), 0o000)
        for arguments in [["lint", "pkg"], ["preview", "pkg"], ["validate", "pkg/package.json"], ["resolve", "pkg", "--offline"]] {
            let result = try Self.run(arguments, in: root)
            #expect(result.status == 2, "\(arguments): \(result.output)")
            #expect(result.output.contains("package.json") && result.output.contains("permission denied"), "\(arguments): \(result.output)")
            #expect(!result.output.contains("no package.json"), "\(arguments): \(result.output)")
        }
    }
}
