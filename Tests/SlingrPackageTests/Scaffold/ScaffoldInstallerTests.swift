import Foundation
import SlingrDiagnostics
import Synchronization
import Testing
@testable import SlingrPackage

/// Wraps a file system and fails chosen operations, or meddles with the disk just before a
/// rename, to show that a failure at any step leaves nothing behind.
final class FaultyFileSystem: FileSystem {
    enum Operation: Sendable { case write, move, createDirectory }

    let base: any FileSystem
    let failing: Operation?
    /// Fails the n-th call (from 1) of `failing`.
    let failAt: Int
    /// Runs before every move, e.g. to make the target non-empty.
    let beforeMove: (@Sendable () -> Void)?
    private let counts = Mutex<[Int]>([0, 0, 0])

    init(_ base: any FileSystem, failing: Operation? = nil, at failAt: Int = 1, beforeMove: (@Sendable () -> Void)? = nil) {
        self.base = base
        self.failing = failing
        self.failAt = failAt
        self.beforeMove = beforeMove
    }

    private func check(_ operation: Operation, _ path: String) throws(FileSystemError) {
        let index: Int
        switch operation {
        case .write: index = 0
        case .move: index = 1
        case .createDirectory: index = 2
        }
        let count = counts.withLock { counts -> Int in
            counts[index] += 1
            return counts[index]
        }
        if operation == failing, count == failAt { throw FileSystemError(path: path, reason: .permissionDenied) }
    }

    func readFile(_ path: String, limit: Int, followSymlinks: Bool) throws(FileSystemError) -> [UInt8] {
        try base.readFile(path, limit: limit, followSymlinks: followSymlinks)
    }
    func writeFileAtomically(_ path: String, _ bytes: [UInt8], mode: Int?) throws(FileSystemError) {
        try check(.write, path)
        try base.writeFileAtomically(path, bytes, mode: mode)
    }
    func createFileExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemError) {
        try check(.write, path)
        try base.createFileExclusively(path, bytes)
    }
    func info(_ path: String, followSymlinks: Bool) -> FileInfo? { base.info(path, followSymlinks: followSymlinks) }
    func symbolicLinkTarget(_ path: String) -> String? { base.symbolicLinkTarget(path) }
    func contentsOfDirectory(_ path: String) throws(FileSystemError) -> [String] { try base.contentsOfDirectory(path) }
    func createDirectory(_ path: String) throws(FileSystemError) {
        if !base.isDirectory(path) { try check(.createDirectory, path) }
        try base.createDirectory(path)
    }
    func removeItem(_ path: String) throws(FileSystemError) { try base.removeItem(path) }
    func moveItem(from source: String, to destination: String) throws(FileSystemError) {
        beforeMove?()
        try check(.move, destination)
        try base.moveItem(from: source, to: destination)
    }
    func resolvedPath(_ path: String) -> String? { base.resolvedPath(path) }
    func makeTemporaryDirectory(in parent: String, prefix: String) throws(FileSystemError) -> String {
        try base.makeTemporaryDirectory(in: parent, prefix: prefix)
    }
}

@Suite("Installing generated files")
struct ScaffoldInstallerTests {
    static func files() throws -> [GeneratedFile] {
        var options = NewPackageOptions(name: "demo")
        options.listener = true
        options.flowSteps = ["send"]
        return try Scaffolder.newPackage(options)
    }

    static func workspace() throws -> InMemoryFileSystem {
        let fileSystem = InMemoryFileSystem()
        try fileSystem.createDirectory("/work")
        return fileSystem
    }

    @Test("a new package appears whole, with nothing else left in the parent")
    func installsAtomically() throws {
        let fileSystem = try Self.workspace()
        let files = try Self.files()
        try ScaffoldInstaller(fileSystem: fileSystem).installPackage(files, at: "/work/demo", displayTarget: "demo", force: false)
        #expect(try fileSystem.contentsOfDirectory("/work") == ["demo"])
        let written = fileSystem.allFiles()
        #expect(written.count == files.count)
        for file in files { #expect(written["/work/demo/\(file.path)"] == file.bytes) }
        // An existing empty folder is fine too.
        try fileSystem.createDirectory("/work/empty")
        try ScaffoldInstaller(fileSystem: fileSystem).installPackage(files, at: "/work/empty", displayTarget: "empty", force: false)
        #expect(fileSystem.isFile("/work/empty/package.json"))
        #expect(try fileSystem.contentsOfDirectory("/work") == ["demo", "empty"])
    }

    @Test("occupied or impossible targets are refused and nothing changes")
    func refusals() throws {
        let fileSystem = try Self.workspace()
        try fileSystem.createDirectory("/work/taken")
        try fileSystem.writeFileAtomically("/work/taken/NOTES.md", Array("mine\n".utf8))
        try fileSystem.writeFileAtomically("/work/file", [])
        let before = fileSystem.allFiles()
        let installer = ScaffoldInstaller(fileSystem: fileSystem)
        let files = try Self.files()
        #expect(throws: ScaffoldError(.conflict, "directory 'taken' is not empty; use --force to write the package into it")) {
            try installer.installPackage(files, at: "/work/taken", displayTarget: "taken", force: false)
        }
        #expect(throws: ScaffoldError(.conflict, "'file' already exists and is not a directory")) {
            try installer.installPackage(files, at: "/work/file", displayTarget: "file", force: true)
        }
        #expect(throws: ScaffoldError(.conflict, "cannot create 'no/such/demo': its parent directory does not exist")) {
            try installer.installPackage(files, at: "/work/no/such/demo", displayTarget: "no/such/demo", force: false)
        }
        #expect(fileSystem.allFiles() == before)
        #expect(try fileSystem.contentsOfDirectory("/work") == ["file", "taken"])
    }

    @Test("--force merges into a non-empty folder, replacing only the package's files")
    func forceMerges() throws {
        let fileSystem = try Self.workspace()
        try fileSystem.createDirectory("/work/taken")
        try fileSystem.writeFileAtomically("/work/taken/NOTES.md", Array("mine\n".utf8))
        try fileSystem.writeFileAtomically("/work/taken/README.md", Array("old readme\n".utf8))
        let files = try Self.files()
        try ScaffoldInstaller(fileSystem: fileSystem).installPackage(files, at: "/work/taken", displayTarget: "taken", force: true)
        #expect(try fileSystem.readFile("/work/taken/NOTES.md") == Array("mine\n".utf8))
        #expect(try fileSystem.readFile("/work/taken/README.md") == files.first { $0.path == "README.md" }?.bytes)
        #expect(try fileSystem.contentsOfDirectory("/work") == ["taken"])
        #expect(fileSystem.allFiles().count == files.count + 1)
    }

    @Test("a failure at any write, folder or rename leaves the disk as it was", arguments: [FaultyFileSystem.Operation.write, .move, .createDirectory])
    func failuresLeaveNothing(_ operation: FaultyFileSystem.Operation) throws {
        let files = try Self.files()
        var failures = 0
        // Fail the first call, then the second, ... until the install gets through.
        for step in 1...100 {
            let base = try Self.workspace()
            let before = base.allFiles()
            let faulty = FaultyFileSystem(base, failing: operation, at: step)
            do {
                try ScaffoldInstaller(fileSystem: faulty).installPackage(files, at: "/work/demo", displayTarget: "demo", force: false)
                break
            } catch {
                failures += 1
                #expect(error.message.hasPrefix("cannot create 'demo': "), "\(error.message)")
                #expect(base.allFiles() == before, "step \(step)")
                #expect(try base.contentsOfDirectory("/work").isEmpty, "step \(step)")
            }
        }
        // One folder call for the staging folder, then one per folder holding files.
        let folders = Set(files.map { PathName.parent($0.path) }).subtracting(["."]).count + 1
        let expected = operation == .write ? files.count : (operation == .move ? 1 : folders)
        #expect(failures == expected)
    }

    @Test("a failed --force merge puts every replaced file back")
    func failedMergeRollsBack() throws {
        let files = try Self.files()
        var failures = 0
        for step in 1...100 {
            let base = try Self.workspace()
            try base.createDirectory("/work/taken/scripts")
            try base.writeFileAtomically("/work/taken/NOTES.md", Array("mine\n".utf8))
            try base.writeFileAtomically("/work/taken/README.md", Array("old readme\n".utf8))
            try base.writeFileAtomically("/work/taken/scripts/api.js", Array("exports.old = 1;\n".utf8))
            let before = base.allFiles()
            let faulty = FaultyFileSystem(base, failing: .move, at: step)
            do {
                try ScaffoldInstaller(fileSystem: faulty).installPackage(files, at: "/work/taken", displayTarget: "taken", force: true)
                break
            } catch {
                failures += 1
                #expect(error.message.hasSuffix("permission denied; nothing was changed"), "\(error.message)")
                #expect(base.allFiles() == before, "step \(step)")
                #expect(try base.contentsOfDirectory("/work") == ["taken"])
                #expect(try base.contentsOfDirectory("/work/taken") == ["NOTES.md", "README.md", "scripts"])
            }
        }
        // One move per file, plus one for each of the two files it replaces.
        #expect(failures == files.count + 2)
    }

    @Test("a target that appears while the package is built is left alone", arguments: [false, true])
    func targetAppearsInBetween(onDisk: Bool) throws {
        let root = onDisk ? try ScaffoldTestSupport.temporaryDirectory() : "/work"
        defer { if onDisk { try? FileManager.default.removeItem(atPath: root) } }
        let base: any FileSystem = onDisk ? LocalFileSystem() : try Self.workspace()
        let intruder = PathName.join(root, "demo/intruder.txt")
        // Someone creates the target, with a file in it, just before the rename.
        let faulty = FaultyFileSystem(base, beforeMove: {
            try? base.createDirectory(PathName.join(root, "demo"))
            try? base.writeFileAtomically(intruder, Array("first!\n".utf8))
        })
        #expect(throws: ScaffoldError(.conflict, "'demo' changed while the package was being written; nothing was written")) {
            try ScaffoldInstaller(fileSystem: faulty).installPackage(try Self.files(), at: PathName.join(root, "demo"), displayTarget: "demo", force: false)
        }
        #expect(try base.contentsOfDirectory(root) == ["demo"])
        #expect(try base.contentsOfDirectory(PathName.join(root, "demo")) == ["intruder.txt"])
    }

    @Test("an empty target folder that gets a file of the package's meanwhile is left alone", arguments: [false, true])
    func emptyTargetFillsInBetween(onDisk: Bool) throws {
        let root = onDisk ? try ScaffoldTestSupport.temporaryDirectory() : "/work"
        defer { if onDisk { try? FileManager.default.removeItem(atPath: root) } }
        let base: any FileSystem = onDisk ? LocalFileSystem() : try Self.workspace()
        try base.createDirectory(PathName.join(root, "demo"))
        let intruder = PathName.join(root, "demo/scripts/api.js")
        let faulty = FaultyFileSystem(base, beforeMove: {
            try? base.createDirectory(PathName.join(root, "demo/scripts"))
            try? base.writeFileAtomically(intruder, Array("exports.mine = 1;\n".utf8))
        })
        #expect(throws: ScaffoldError(.conflict, "'demo' changed while the package was being written; nothing was written")) {
            try ScaffoldInstaller(fileSystem: faulty).installPackage(try Self.files(), at: PathName.join(root, "demo"), displayTarget: "demo", force: false)
        }
        #expect(try base.contentsOfDirectory(root) == ["demo"])
        #expect(try base.contentsOfDirectory(PathName.join(root, "demo")) == ["scripts"])
        #expect(try base.readFile(intruder) == Array("exports.mine = 1;\n".utf8))
    }

    @Test("an existing empty folder is filled, not replaced, so a shell inside it sees the package")
    func existingFolderKeepsItsIdentity() throws {
        let root = try ScaffoldTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let target = PathName.join(root, "demo")
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        let before = try FileManager.default.attributesOfItem(atPath: target)[.systemFileNumber] as? NSNumber
        try ScaffoldInstaller(fileSystem: LocalFileSystem()).installPackage(try Self.files(), at: target, displayTarget: "demo", force: false)
        let after = try FileManager.default.attributesOfItem(atPath: target)[.systemFileNumber] as? NSNumber
        #expect(before != nil && before == after)
        #expect(LocalFileSystem().isFile(PathName.join(target, "package.json")))
        #expect(try LocalFileSystem().contentsOfDirectory(root) == ["demo"])
    }

    @Test("a read-only parent folder is refused with nothing created")
    func readOnlyParent() throws {
        if getuid() == 0 {
            // Root ignores permission bits, so the refusal cannot happen; the injected failures
            // above cover the same path (makeTemporaryDirectory and writes failing).
            print("skipped: running as root, which ignores the read-only mode")
            return
        }
        let root = try ScaffoldTestSupport.temporaryDirectory()
        defer {
            chmod(root, 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }
        chmod(root, 0o555)
        #expect(throws: ScaffoldError(.fileSystem, "cannot create 'demo': permission denied")) {
            try ScaffoldInstaller(fileSystem: LocalFileSystem()).installPackage(try Self.files(), at: PathName.join(root, "demo"), displayTarget: "demo", force: false)
        }
        #expect(try LocalFileSystem().contentsOfDirectory(root).isEmpty)
    }

    @Test("added files are removed again when package.json cannot be written")
    func addRollsBack() throws {
        let base = InMemoryFileSystem(files: ["/work/pkg/package.json": #"{"name": "demo", "label": "Demo", "metadata": []}"#])
        let change = try PackageAdder(fileSystem: base, directory: "/work/pkg", displayDirectory: "pkg").plan(.flowStep(name: "send", label: nil))
        let before = base.allFiles()
        // Three step files, then package.json: fail each write in turn.
        for step in 1...4 {
            let faulty = FaultyFileSystem(base, failing: .write, at: step)
            #expect(throws: ScaffoldError.self) { try ScaffoldInstaller(fileSystem: faulty).apply(change, in: "/work/pkg", displayDirectory: "pkg") }
            #expect(base.allFiles() == before, "step \(step)")
            #expect(try base.contentsOfDirectory("/work/pkg") == ["package.json"])
        }
        try base.writeFileAtomically("/work/pkg/package.json", Array(#"{"name": "demo", "label": "Changed", "metadata": []}"#.utf8))
        #expect(throws: ScaffoldError(.conflict, "package.json in 'pkg' changed while the change was being prepared; nothing was written")) {
            try ScaffoldInstaller(fileSystem: base).apply(change, in: "/work/pkg", displayDirectory: "pkg")
        }
    }

    @Test("the real disk gets the same tree, with ordinary folder permissions")
    func realDisk() throws {
        let root = try ScaffoldTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try Self.files()
        try ScaffoldInstaller(fileSystem: LocalFileSystem()).installPackage(files, at: PathName.join(root, "demo"), displayTarget: "demo", force: false)
        #expect(try LocalFileSystem().contentsOfDirectory(root) == ["demo"])
        for file in files { #expect(try LocalFileSystem().readFile(PathName.join(root, "demo/\(file.path)")) == file.bytes) }
        let attributes = try FileManager.default.attributesOfItem(atPath: PathName.join(root, "demo"))
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        #expect(permissions & 0o055 != 0, "the package folder is readable by others like any folder made by mkdir")
    }
}
