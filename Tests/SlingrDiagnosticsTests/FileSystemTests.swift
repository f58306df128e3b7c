#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SlingrDiagnostics

@Suite("File systems")
struct FileSystemTests {
    static func temporaryDirectory() throws -> String {
        try LocalFileSystem().makeTemporaryDirectory(in: "/tmp", prefix: "slingr-pkg-test")
    }

    @Test("the local file system writes atomically, keeps permissions and lists in byte order")
    func local() throws {
        let fileSystem = LocalFileSystem()
        let directory = try Self.temporaryDirectory()
        defer { try? fileSystem.removeItem(directory) }
        let path = PathName.join(directory, "b.txt")
        try fileSystem.writeFileAtomically(path, Array("one".utf8))
        chmod(path, 0o600)
        try fileSystem.writeFileAtomically(path, Array("two".utf8))
        #expect(try fileSystem.readFile(path) == Array("two".utf8))
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o777 == 0o600)
        try fileSystem.writeFileAtomically(PathName.join(directory, "a.txt"), [])
        try fileSystem.createDirectory(PathName.join(directory, "c/d"))
        #expect(try fileSystem.contentsOfDirectory(directory) == ["a.txt", "b.txt", "c"])
        #expect(fileSystem.isDirectory(PathName.join(directory, "c/d")))
    }

    @Test("reading refuses folders, missing files and files over the limit")
    func readErrors() throws {
        let fileSystem = LocalFileSystem()
        let directory = try Self.temporaryDirectory()
        defer { try? fileSystem.removeItem(directory) }
        #expect(throws: FileSystemError(path: directory, reason: .isDirectory)) { try fileSystem.readFile(directory) }
        let missing = PathName.join(directory, "nope")
        #expect(throws: FileSystemError(path: missing, reason: .notFound)) { try fileSystem.readFile(missing) }
        let big = PathName.join(directory, "big")
        try fileSystem.writeFileAtomically(big, [UInt8](repeating: 65, count: 100))
        #expect(throws: FileSystemError(path: big, reason: .tooLarge(limit: 10))) { try fileSystem.readFile(big, limit: 10) }
    }

    @Test("a failed atomic write leaves the old file and no temporary behind")
    func failedWrite() throws {
        let fileSystem = LocalFileSystem()
        let directory = try Self.temporaryDirectory()
        defer { try? fileSystem.removeItem(directory) }
        let target = PathName.join(directory, "sub")
        try fileSystem.createDirectory(target)
        #expect(throws: FileSystemError.self) { try fileSystem.writeFileAtomically(target, Array("x".utf8)) }
        #expect(fileSystem.isDirectory(target))
        #expect(try fileSystem.contentsOfDirectory(directory) == ["sub"])
    }

    @Test("the in-memory file system follows symbolic links like the disk")
    func inMemoryLinks() throws {
        let fileSystem = InMemoryFileSystem(files: ["/repo/a/file.txt": "hi", "/outside/secret": "s"])
        fileSystem.addSymbolicLink("/repo/link", target: "a")
        fileSystem.addSymbolicLink("/repo/escape", target: "../outside")
        #expect(try fileSystem.readFile("/repo/link/file.txt") == Array("hi".utf8))
        #expect(fileSystem.resolvedPath("/repo/escape/secret") == "/outside/secret")
        #expect(fileSystem.info("/repo/link", followSymlinks: false)?.kind == .symbolicLink)
        #expect(fileSystem.info("/repo/link")?.kind == .directory)
        #expect(try fileSystem.contentsOfDirectory("/repo") == ["a", "escape", "link"])
    }

    @Test("an overlay changes reads without touching the base")
    func overlay() throws {
        let base = InMemoryFileSystem(files: ["/a.txt": "old"])
        let overlay = OverlayFileSystem(base: base)
        try overlay.writeFileAtomically("/a.txt", Array("new".utf8))
        #expect(try overlay.readFile("/a.txt") == Array("new".utf8))
        #expect(try base.readFile("/a.txt") == Array("old".utf8))
        #expect(overlay.changes.keys.sorted() == ["/a.txt"])
    }

    @Test("path arithmetic normalises and keeps escapes visible")
    func paths() {
        #expect(PathName.normalize("a/./b/../c/") == "a/c")
        #expect(PathName.normalize("../a") == "../a")
        #expect(PathName.normalize("/../a") == "/a")
        #expect(PathName.join("a", "/b") == "/b")
        #expect(PathName.isWithin("/r/a", root: "/r"))
        #expect(!PathName.isWithin("/rx", root: "/r"))
        #expect(PathName.relative("/r/a/b", to: "/r") == "a/b")
    }
}
