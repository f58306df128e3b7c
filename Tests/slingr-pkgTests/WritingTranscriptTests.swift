import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// Transcripts of commands that change files (`docs`, `outdated --write`, `add`), under
/// `Fixtures/golden/writes/`: the command runs on an in-memory copy of every fixture it names,
/// and the transcript ends with each file it wrote (`--- wrote PATH`, then the new content), so a
/// review of the golden file shows exactly what the command did. Format and recording as in
/// GoldenTranscriptTests.
@Suite("Golden transcripts of commands that write")
struct WritingTranscriptTests {
    static let folder = "Fixtures/golden/writes"

    static var transcripts: [String] {
        ((try? LocalFileSystem().contentsOfDirectory(PathName.join(PackageRoot.path, folder))) ?? [])
            .filter { $0.hasSuffix(".txt") }.map { PathName.join(folder, $0) }
    }

    @Test("transcript matches, with the files written", arguments: transcripts)
    func transcriptMatches(_ path: String) throws {
        let local = LocalFileSystem()
        let absolute = PathName.join(PackageRoot.path, path)
        let expected = String(decoding: try local.readFile(absolute), as: UTF8.self)
        guard let commandLine = expected.split(separator: "\n", maxSplits: 1).first, commandLine.hasPrefix("$ slingr-pkg ") else {
            Issue.record("\(path) must start with '$ slingr-pkg ...'")
            return
        }
        let words = Array(ShellWords.split(String(commandLine.dropFirst(2))).dropFirst())
        let root = "/work"
        var files: [String: [UInt8]] = [:]
        for word in words where word.hasPrefix("Fixtures/") { try Self.copy(word, into: &files, root: root, from: local) }
        let memory = InMemoryFileSystem(binaryFiles: files)
        let result = CLIHarness.run(words, currentDirectory: root, fileSystem: memory)
        var actual = commandLine + "\n" + result.stdout
        if !result.stdout.isEmpty, !result.stdout.hasSuffix("\n") { actual += "\n" }
        actual += "--- stderr\n" + result.stderr
        if !result.stderr.isEmpty, !result.stderr.hasSuffix("\n") { actual += "\n" }
        actual += "[exit \(result.status)]\n"
        for written in Self.files(under: root, in: memory).sorted() {
            let bytes = try memory.readFile(written)
            guard bytes != files[written] else { continue }
            actual += "--- wrote \(PathName.relative(written, to: root) ?? written)\n" + String(decoding: bytes, as: UTF8.self)
            if !bytes.isEmpty, bytes.last != 0x0A { actual += "\n[no final newline]\n" }
        }
        if ProcessEnvironment.entries().contains(where: { $0.0 == "SLINGR_RECORD" && $0.1 == "1" }) {
            try local.writeFileAtomically(absolute, Array(actual.utf8))
            return
        }
        #expect(actual == expected, "\(path) differs; run SLINGR_RECORD=1 swift test and review git diff")
    }

    /// Copies a fixture file or folder (recursively) into `files`, at the same relative path
    /// under `root`.
    static func copy(_ relative: String, into files: inout [String: [UInt8]], root: String, from local: LocalFileSystem) throws {
        let source = PathName.join(PackageRoot.path, relative)
        if local.isFile(source) {
            files[PathName.join(root, relative)] = try local.readFile(source)
        } else if local.isDirectory(source) {
            for name in try local.contentsOfDirectory(source) { try copy(PathName.join(relative, name), into: &files, root: root, from: local) }
        }
    }

    /// Every file under `folder` of the in-memory file system.
    static func files(under folder: String, in fileSystem: InMemoryFileSystem) -> [String] {
        var found: [String] = []
        for name in (try? fileSystem.contentsOfDirectory(folder)) ?? [] {
            let path = PathName.join(folder, name)
            if fileSystem.isDirectory(path) { found += files(under: path, in: fileSystem) } else { found.append(path) }
        }
        return found
    }
}
