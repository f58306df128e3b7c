import SlingrDiagnostics
import SlingrPackage
import Testing
@testable import slingr_pkg

/// Helpers for the `new`/`add` command tests: fixtures into memory, golden comparison, text
/// rendering of generated files.
enum ScaffoldCLISupport {
    static var isRecording: Bool {
        ProcessEnvironment.entries().contains { $0.0 == "SLINGR_RECORD" && $0.1 == "1" }
    }

    /// Copies `Fixtures/scaffold/<name>` (every file, recursively) to `destination`.
    static func copyFixture(_ name: String, to destination: String, in fileSystem: InMemoryFileSystem) throws {
        let local = LocalFileSystem()
        let source = PathName.join(PackageRoot.path, "Fixtures/scaffold/\(name)")
        func copy(_ relative: String) throws {
            let path = relative.isEmpty ? source : PathName.join(source, relative)
            if local.isDirectory(path) {
                try fileSystem.createDirectory(relative.isEmpty ? destination : PathName.join(destination, relative))
                for entry in try local.contentsOfDirectory(path) { try copy(relative.isEmpty ? entry : PathName.join(relative, entry)) }
            } else {
                try fileSystem.writeFileAtomically(PathName.join(destination, relative), try local.readFile(path))
            }
        }
        try copy("")
    }

    /// Text files as they are (with `␍` for carriage returns); PNG files as their header facts.
    /// Schemas written by `new` are long and have goldens of their own (Fixtures/golden/schema):
    /// a tree says whether each equals what `slingr-pkg schema <kind>` prints.
    static func schemaSummary(path: String, bytes: [UInt8]) -> String? {
        guard let kind = SchemaKind.allCases.first(where: { path.hasSuffix("/" + $0.relativePath) }) else { return nil }
        let printed = CLIHarness.run(["schema", kind.rawValue]).stdout
        return printed == String(decoding: bytes, as: UTF8.self) ? "(the output of 'slingr-pkg schema \(kind.rawValue)')\n"
                                                                 : "(DIFFERS from the output of 'slingr-pkg schema \(kind.rawValue)')\n"
    }

    static func rendered(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), bytes.count > 24 {
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return "(PNG image, \(width)x\(height), \(bytes.count) bytes, FNV-1a \(String(hash, radix: 16)))\n"
        }
        let text = GoldenDiff.visible(String(decoding: bytes, as: UTF8.self))
        return bytes.last == 0x0A ? text : text + "\n(no newline at end of file)\n"
    }

    static func compare(_ actual: String, with relative: String) throws {
        let fileSystem = LocalFileSystem()
        let path = PathName.join(PackageRoot.path, relative)
        if isRecording {
            try fileSystem.createDirectory(PathName.parent(path))
            try fileSystem.writeFileAtomically(path, Array(actual.utf8))
            return
        }
        guard let expected = try? fileSystem.readFile(path) else {
            Issue.record("\(relative) is missing; run SLINGR_RECORD=1 swift test to create it")
            return
        }
        #expect(actual == String(decoding: expected, as: UTF8.self), "\(relative) differs; run SLINGR_RECORD=1 swift test and review git diff")
    }

    static func shellQuoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./^~=".contains($0) }) { return word }
        return "'" + word + "'"
    }

    /// Every file under `root` in `fileSystem`, relative to it.
    static func files(under root: String, in fileSystem: InMemoryFileSystem) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for (path, bytes) in fileSystem.allFiles() where PathName.isWithin(path, root: root) && path != root {
            result[String(path.dropFirst(root.count + 1))] = bytes
        }
        return result
    }
}
