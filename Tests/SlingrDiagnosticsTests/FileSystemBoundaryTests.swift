#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SlingrDiagnostics

/// The repository boundary: paths resolve component by component without following links out,
/// and only regular files inside are read, without blocking and within the size limit.
@Suite("File-system boundary")
struct FileSystemBoundaryTests {
    static func tree() -> InMemoryFileSystem {
        let fileSystem = InMemoryFileSystem(files: [
            "/repo/package.json": "{}",
            "/repo/scripts/api.js": "exports.a = 1;",
            "/repo/shared/step.json": "{}",
            "/outside/secret": "MARKER",
        ])
        fileSystem.addSymbolicLink("/repo/alias", target: "scripts")
        fileSystem.addSymbolicLink("/repo/flowSteps", target: "/repo/shared")
        fileSystem.addSymbolicLink("/repo/up", target: "../outside")
        fileSystem.addSymbolicLink("/repo/absolute", target: "/outside/secret")
        fileSystem.addSymbolicLink("/repo/scripts/deep", target: "../../outside/secret")
        fileSystem.addSymbolicLink("/repo/loop", target: "loop")
        fileSystem.addSymbolicLink("/repo/back", target: "scripts/../package.json")
        fileSystem.addSpecialFile("/repo/pipe", kind: .fifo)
        return fileSystem
    }

    static let boundary = FileSystemBoundary(root: "/repo", name: "the repository", fileSystem: tree())

    @Test("resolves paths inside, through links that stay inside", arguments: [
        ("/scripts/api.js", "scripts/api.js"),
        ("scripts/./api.js", "scripts/api.js"),
        ("alias/api.js", "scripts/api.js"),
        ("flowSteps/step.json", "shared/step.json"),
        ("back", "package.json"),
        ("scripts/../package.json", "package.json"),
        ("missing/../package.json", "package.json"),
        ("missing/file.js", "missing/file.js"),
        ("/", "."),
    ])
    func inside(path: String, resolved: String) {
        #expect(Self.boundary.locate(path) == .inside(resolved))
    }

    @Test("refuses paths that leave, naming the link and never its target", arguments: [
        ("../outside/secret", "'..' leads outside the repository", nil),
        ("scripts/../../outside", "'..' leads outside the repository", nil),
        ("missing/../../x", "'..' leads outside the repository", nil),
        ("up/secret", "'up' is a symbolic link that leads outside the repository", "up"),
        ("absolute", "'absolute' is a symbolic link that leads outside the repository", "absolute"),
        ("alias/deep", "'scripts/deep' is a symbolic link that leads outside the repository", "scripts/deep"),
        ("loop", "'loop' is a symbolic link that cannot be resolved inside the repository", "loop"),
    ] as [(String, String, String?)])
    func outside(path: String, reason: String, link: String?) {
        #expect(Self.boundary.locate(path) == .outside(reason: reason, link: link))
    }

    @Test("reads regular files only, within the limit")
    func reading() throws {
        let boundary = Self.boundary
        #expect(try boundary.readFile("alias/api.js") == Array("exports.a = 1;".utf8))
        #expect(throws: FileSystemError(path: "pipe", reason: .notRegularFile(.fifo))) { try boundary.readFile("pipe") }
        #expect(throws: FileSystemError(path: "up/secret", reason: .outsideBoundary("'up' is a symbolic link that leads outside the repository"))) {
            try boundary.readFile("up/secret")
        }
        #expect(throws: FileSystemError(path: "package.json", reason: .tooLarge(limit: 1))) { try boundary.readFile("package.json", limit: 1) }
        #expect(throws: FileSystemError(path: "scripts", reason: .isDirectory)) { try boundary.readFile("scripts") }
        #expect(boundary.kind("alias") == .directory)
        #expect(boundary.kind("up") == nil)
        #expect(boundary.kind("pipe") == .fifo)
    }

    @Test("messages name the file and the reason, never what a link points at")
    func messages() {
        let cases: [(FileSystemError, String)] = [
            (FileSystemError(path: "a/icon.png", reason: .notRegularFile(.fifo)), "cannot read 'a/icon.png': it is a named pipe (FIFO), not a regular file"),
            (FileSystemError(path: "p", reason: .outsideBoundary("'p' is a symbolic link that leads outside the repository")),
             "cannot read 'p': 'p' is a symbolic link that leads outside the repository"),
            (FileSystemError(path: "r.json", reason: .outsideBoundary("'..' leads outside the repository")), "cannot read 'r.json': '..' leads outside the repository"),
            (FileSystemError(path: "big", reason: .tooLarge(limit: 64 << 20)), "'big' is larger than the 64 MB limit"),
            (FileSystemError(path: "x", reason: .symbolicLink), "'x' is a symbolic link, which is not followed"),
        ]
        for (error, message) in cases { #expect(error.description == message) }
    }

    @Test("on disk: links out, FIFOs and devices are refused at once; the target is never read")
    func onDisk() throws {
        let fileSystem = LocalFileSystem()
        let directory = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-boundary")
        defer { try? fileSystem.removeItem(directory) }
        let repository = PathName.join(directory, "repo")
        try fileSystem.createDirectory(PathName.join(repository, "scripts"))
        try fileSystem.writeFileAtomically(PathName.join(directory, "secret"), Array("MARKER".utf8))
        try fileSystem.writeFileAtomically(PathName.join(repository, "scripts/api.js"), Array("ok".utf8))
        symlink("../secret", PathName.join(repository, "relative"))
        symlink(PathName.join(directory, "secret"), PathName.join(repository, "absolute"))
        symlink("/dev/zero", PathName.join(repository, "zero"))
        symlink(PathName.join(repository, "scripts/api.js"), PathName.join(repository, "inside"))
        mkfifo(PathName.join(repository, "pipe"), 0o644)
        let boundary = FileSystemBoundary(root: repository, name: "the repository", fileSystem: fileSystem)
        #expect(try boundary.readFile("inside") == Array("ok".utf8))
        for name in ["relative", "absolute", "zero"] {
            #expect(throws: FileSystemError(path: name, reason: .outsideBoundary("'\(name)' is a symbolic link that leads outside the repository"))) {
                try boundary.readFile(name)
            }
        }
        #expect(throws: FileSystemError(path: "pipe", reason: .notRegularFile(.fifo))) { try boundary.readFile("pipe") }
        // Read as a path given by the user, a FIFO or a device is refused too, never waited on.
        let pipe = PathName.join(repository, "pipe")
        #expect(throws: FileSystemError(path: pipe, reason: .notRegularFile(.fifo))) { try fileSystem.readFile(pipe) }
        #expect(throws: FileSystemError(path: "/dev/zero", reason: .notRegularFile(.characterDevice))) { try fileSystem.readFile("/dev/zero") }
        // No following at the last component either.
        let link = PathName.join(repository, "inside")
        #expect(throws: FileSystemError(path: link, reason: .symbolicLink)) { try fileSystem.readFile(link, limit: 100, followSymlinks: false) }
    }

    @Test("writes replace files but never a symbolic link; exclusive creation fails when taken")
    func writes() throws {
        for fileSystem in [LocalFileSystem() as any FileSystem, InMemoryFileSystem()] {
            try fileSystem.createDirectory("/tmp")
            let directory = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-writes")
            defer { try? fileSystem.removeItem(directory) }
            let target = PathName.join(directory, "target.json")
            let link = PathName.join(directory, "link.json")
            try fileSystem.writeFileAtomically(target, Array("old".utf8))
            if let memory = fileSystem as? InMemoryFileSystem {
                memory.addSymbolicLink(link, target: "target.json")
            } else {
                symlink("target.json", link)
            }
            #expect(throws: FileSystemError(path: link, reason: .symbolicLink)) { try fileSystem.writeFileAtomically(link, Array("new".utf8)) }
            #expect(fileSystem.info(link, followSymlinks: false)?.kind == .symbolicLink)
            #expect(try fileSystem.readFile(target) == Array("old".utf8))
            let lock = PathName.join(directory, "target.json.lock")
            try fileSystem.createFileExclusively(lock, Array("1".utf8))
            #expect(throws: FileSystemError(path: lock, reason: .alreadyExists)) { try fileSystem.createFileExclusively(lock, []) }
            #expect(throws: FileSystemError(path: link, reason: .alreadyExists)) { try fileSystem.createFileExclusively(link, []) }
        }
    }
}
