#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// What writers promise: a lock per package so no update is lost, no answer typed into
/// `configure` lost to an unwritable file, secrets written privately, and output that cannot
/// be written reported rather than lost.
@Suite("Writers: locks, checked outputs, write failures")
struct WriterSafetyTests {
    static func temporaryDirectory() throws -> String {
        try LocalFileSystem().makeTemporaryDirectory(in: "/tmp", prefix: "slingr-writers")
    }

    /// A package made by `new` in a fresh folder; returns (folder, package path).
    static func package() throws -> (String, String) {
        let root = try temporaryDirectory()
        let made = CLIHarness.run(["new", "pkg", "--license", "none"], currentDirectory: root)
        #expect(made.status == 0, "\(made.stderr)")
        return (root, PathName.join(root, "pkg"))
    }

    @Test("a held lock makes a second writer wait, then fail with exit 2 naming the lock")
    func heldLock() throws {
        let (root, package) = try Self.package()
        defer { try? LocalFileSystem().removeItem(root) }
        let lock = try FileLock.acquire(for: PathName.join(package, "package.json"), fileSystem: LocalFileSystem())
        for arguments in [["add", "field", "region", "--dir", "pkg"], ["lint", "--fix", "pkg"]] {
            let stderr = OutputSink()
            let context = CommandContext(fileSystem: LocalFileSystem(), environment: [:], currentDirectory: root, stdout: OutputSink(), stderr: stderr,
                                         stdoutIsTerminal: false, stdinIsTerminal: false, readStandardInput: { [] }, prompt: { _, _ in nil })
            context.lockWaitMilliseconds = 200
            let status = SlingrPkg.run(arguments, context: context)
            #expect(status == .usage)
            #expect(stderr.text == "Error: another slingr-pkg is changing 'pkg/package.json': its lock file 'pkg/package.json.lock' stayed for 200 ms; try again, or remove the lock file if no other slingr-pkg is running\n")
        }
        lock.release()
        let added = CLIHarness.run(["add", "field", "region", "--dir", "pkg"], currentDirectory: root)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(!LocalFileSystem().exists(PathName.join(package, "package.json.lock")))
        // --fix --dry-run writes nothing, so it needs no lock.
        let held = try FileLock.acquire(for: PathName.join(package, "package.json"), fileSystem: LocalFileSystem())
        defer { held.release() }
        #expect(CLIHarness.run(["lint", "--fix", "--dry-run", "pkg"], currentDirectory: root).status == 0)
    }

    @Test("concurrent writers in one process: every field survives or its writer failed with exit 2")
    func concurrentAdds() throws {
        let (root, package) = try Self.package()
        defer { try? LocalFileSystem().removeItem(root) }
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: 40) { index in
            let result = CLIHarness.run(["add", "field", "field\(index)", "--dir", "pkg"], currentDirectory: root)
            statuses.record(index, result.status)
        }
        let text = String(decoding: try LocalFileSystem().readFile(PathName.join(package, "package.json")), as: UTF8.self)
        for (index, status) in statuses.all {
            #expect(status == 0 || status == 2)
            #expect(text.contains("\"field\(index)\"") == (status == 0), "field\(index): exit \(status)")
        }
        #expect(!LocalFileSystem().exists(PathName.join(package, "package.json.lock")))
    }

    final class Statuses: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Int32] = [:]
        func record(_ index: Int, _ status: Int32) { lock.lock(); values[index] = status; lock.unlock() }
        var all: [(Int, Int32)] { lock.lock(); defer { lock.unlock() }; return values.sorted { $0.key < $1.key } }
    }

    @Test("200 parallel add field processes on one package: every field survives or its writer failed with exit 2")
    func parallelProcesses() throws {
        guard let binary = TerminalDriver.binary else {
            print("skipped: the built slingr-pkg binary was not found")
            return
        }
        let (root, package) = try Self.package()
        defer { try? LocalFileSystem().removeItem(root) }
        let count = 200
        var processes: [(Int, Process)] = []
        for index in 0..<count {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["add", "field", "field\(index)", "--dir", package]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append((index, process))
        }
        var failed = 0
        let text = { String(decoding: (try? LocalFileSystem().readFile(PathName.join(package, "package.json"))) ?? [], as: UTF8.self) }
        for (_, process) in processes { process.waitUntilExit() }
        let final = text()
        for (index, process) in processes {
            let status = process.terminationStatus
            #expect(status == 0 || status == 2, "field\(index): exit \(status)")
            if status != 0 { failed += 1 }
            #expect(final.contains("\"field\(index)\"") == (status == 0), "field\(index): exit \(status)")
        }
        print("parallel add field: \(count - failed) of \(count) added, \(failed) gave up on the lock with exit 2")
        #expect(!LocalFileSystem().exists(PathName.join(package, "package.json.lock")))
        // The result is still one valid descriptor.
        #expect(CLIHarness.run(["validate", PathName.join(package, "package.json")]).status == 0)
    }

    @Test("parallel add flow-step never leaves a folder without its metadata entry")
    func parallelFlowSteps() throws {
        guard let binary = TerminalDriver.binary else {
            print("skipped: the built slingr-pkg binary was not found")
            return
        }
        let (root, package) = try Self.package()
        defer { try? LocalFileSystem().removeItem(root) }
        let processes = try (0..<30).map { index -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["add", "flow-step", "step\(index)", "--dir", package]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        let text = String(decoding: try LocalFileSystem().readFile(PathName.join(package, "package.json")), as: UTF8.self)
        let folders = (try? LocalFileSystem().contentsOfDirectory(PathName.join(package, "flowSteps"))) ?? []
        for (index, process) in processes.enumerated() {
            let listed = text.contains("\"/flowSteps/step\(index)\"")
            #expect(listed == (process.terminationStatus == 0), "step\(index): exit \(process.terminationStatus)")
            #expect(folders.contains("step\(index)") == listed, "step\(index): folder without metadata entry, or the reverse")
        }
        #expect(CLIHarness.run(["lint", package]).status == 0)
    }

    @Test("configure checks the output before the first question")
    func configureChecksOutput() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let missing = PathName.join(directory, "no-such-folder/values.json")
        let result = CLIHarness.run(["configure", "Fixtures/packages/sample", "--output", missing], answers: ["1", "client-1", "", "shh", "2", "", "n"])
        #expect(result.status == 2)
        #expect(result.stderr == "Error: cannot write '\(missing)': the folder '\(PathName.parent(missing))' does not exist\n")
        let link = PathName.join(directory, "link.json")
        symlink("elsewhere.json", link)
        let linked = CLIHarness.run(["configure", "Fixtures/packages/sample", "--output", link], answers: ["1"])
        #expect(linked.status == 2)
        #expect(linked.stderr == "Error: '\(link)' is a symbolic link; 'configure' does not write through links\n")
        #expect(CLIHarness.run(["configure", "Fixtures/packages/sample", "--output", directory], answers: ["1"]).stderr
            == "Error: cannot write '\(directory)': it is a directory, not a regular file\n")
    }

    @Test("configure writes a values file holding a password with mode 0600, and unlocks it")
    func privateValues() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? LocalFileSystem().removeItem(directory) }
        let output = PathName.join(directory, "values.json")
        try LocalFileSystem().writeFileAtomically(output, Array("{}".utf8))
        chmod(output, 0o644)
        let result = CLIHarness.run(["configure", "Fixtures/packages/sample", "--output", output], answers: ["1", "client-1", "", "shh", "2", "", "n"])
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        stat(output, &status)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(!LocalFileSystem().exists(output + ".lock"))
    }

    @Test("a full disk is an error with exit 2; a closed pipe ends quietly")
    func outputFailures() throws {
        signal(SIGPIPE, SIG_IGN)
        let full = open("/dev/full", O_WRONLY)
        if full >= 0 {
            defer { close(full) }
            let out = StandardStream(full)
            let errors = StandardStream(-1)
            out.write(ArraySlice("some text\n".utf8))
            #expect(out.failure != nil)
            #expect(StandardStream.finish(.success, stdout: out, stderr: errors) == .usage)
        } else {
            print("skipped: /dev/full does not exist here")
        }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        let closed = StandardStream(ends[1])
        closed.write(ArraySlice("first line\n".utf8))
        closed.write(ArraySlice("second line\n".utf8))
        close(ends[1])
        #expect(closed.readerClosed)
        #expect(closed.failure == nil)
        #expect(StandardStream.finish(.failure, stdout: closed, stderr: StandardStream(-1)) == .failure)
    }

    @Test("the built binary: > /dev/full exits 2 with a message; | head -1 ends quietly")
    func outputFailuresEndToEnd() throws {
        guard let binary = TerminalDriver.binary else {
            print("skipped: the built slingr-pkg binary was not found")
            return
        }
        guard LocalFileSystem().info("/dev/full")?.kind == .characterDevice else {
            print("skipped: /dev/full does not exist here")
            return
        }
        let full = Process()
        full.executableURL = URL(fileURLWithPath: "/bin/sh")
        full.arguments = ["-c", "'\(binary)' rules > /dev/full"]
        full.currentDirectoryURL = URL(fileURLWithPath: PackageRoot.path)
        let fullError = Pipe()
        full.standardError = fullError
        try full.run()
        full.waitUntilExit()
        #expect(full.terminationStatus == 2)
        #expect(String(decoding: fullError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            == "Error: cannot write the output: No space left on device\n")
        let piped = Process()
        // A megabyte of output, far more than a pipe holds, so the writer meets the closed end.
        piped.executableURL = URL(fileURLWithPath: "/bin/bash")
        piped.arguments = ["-c", "'\(binary)' eval \"'x'.repeat(1000000)\" | head -c 1 > /dev/null; echo ${PIPESTATUS[0]} >&2"]
        piped.currentDirectoryURL = URL(fileURLWithPath: PackageRoot.path)
        let pipedError = Pipe()
        piped.standardError = pipedError
        try piped.run()
        piped.waitUntilExit()
        // Nothing but slingr-pkg's own status (0: the evaluation succeeded) on standard error:
        // no "Broken pipe", no death by SIGPIPE (141).
        #expect(String(decoding: pipedError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "0\n")
    }
}
