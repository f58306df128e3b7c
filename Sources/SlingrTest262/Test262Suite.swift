import Foundation
import SlingrDiagnostics

/// An unpacked test262 checkout (or subset): its harness and the tests a selection keeps.
public struct Test262Suite: Sendable {
    public var root: String
    public var harness: Test262Harness
    /// Selected tests, in path order.
    public var tests: [Test262Test]
    /// Tests left out, with the reason, in path order.
    public var skipped: [(path: String, reason: String)]
    /// Files whose frontmatter could not be read (they count as failures of the runner).
    public var malformed: [String]

    /// Reads the harness and every test under the selection's roots, on `threads` threads.
    public init(
        root: String, selection: Test262Selection, fileSystem: any FileSystem = LocalFileSystem(), threads: Int = 1
    ) throws(FileSystemError) {
        self.root = root
        var harnessFiles: [String: String] = [:]
        let harnessFolder = PathName.join(root, "harness")
        for name in try fileSystem.contentsOfDirectory(harnessFolder) where name.hasSuffix(".js") {
            harnessFiles[name] = String(decoding: try fileSystem.readFile(PathName.join(harnessFolder, name)), as: UTF8.self)
        }
        harness = Test262Harness(files: harnessFiles)
        tests = []
        skipped = []
        malformed = []
        var files: [String] = []
        for testRoot in selection.roots { try Self.collect(testRoot, under: root, into: &files, fileSystem: fileSystem) }
        files.sort()
        let read = Self.read(files, root: root, fileSystem: fileSystem, threads: threads)
        for (path, outcome) in zip(files, read) {
            switch outcome {
            case .failure(let error): throw error
            case .success(nil): malformed.append(path)
            case .success(let (metadata, bytes)?):
                if let reason = selection.skipReason(path: path, metadata: metadata) {
                    skipped.append((path, reason))
                } else {
                    tests.append(Test262Test(path: path, metadata: metadata, source: String(decoding: bytes, as: UTF8.self)))
                }
            }
        }
    }

    private typealias ReadOutcome = Result<(Test262Metadata, [UInt8])?, FileSystemError>

    /// Each file's metadata and bytes, in the order of `files`, read in parallel.
    private static func read(_ files: [String], root: String, fileSystem: any FileSystem, threads: Int) -> [ReadOutcome] {
        let slots = ResultSlots(count: files.count)
        let chunks = max(1, threads) * 8
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < files.count {
                let outcome = ReadOutcome { () throws(FileSystemError) in
                    let bytes = try fileSystem.readFile(PathName.join(root, files[index]))
                    return Test262Metadata(utf8: bytes).map { ($0, bytes) }
                }
                slots.store(outcome, at: index)
                index += chunks
            }
        }
        return slots.values
    }

    /// Results written by several threads, each to its own indices.
    private final class ResultSlots: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<ReadOutcome?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            storage.deinitialize()
            storage.deallocate()
        }

        func store(_ outcome: ReadOutcome, at index: Int) { storage[index] = outcome }

        var values: [ReadOutcome] { storage.map { $0 ?? .success(nil) } }
    }

    /// Every `.js` file below `folder` (relative to `root`), as relative paths. Walks with
    /// Foundation's enumerator: sorting each folder's names, as `FileSystem` does, costs more
    /// than the whole walk in debug builds, and the caller sorts the result once anyway.
    private static func collect(_ folder: String, under root: String, into files: inout [String], fileSystem: any FileSystem)
        throws(FileSystemError)
    {
        let absolute = PathName.join(root, folder)
        guard fileSystem.isDirectory(absolute), let enumerator = FileManager.default.enumerator(atPath: absolute) else { return }
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".js") { files.append(folder + "/" + relative) }
        }
    }

    /// Every run of the selected tests: one per mode the flags ask for.
    public var jobs: [Test262Job] {
        tests.flatMap { test in Test262Selection.modes(for: test.metadata).map { Test262Job(test: test, mode: $0, harness: harness) } }
    }
}
