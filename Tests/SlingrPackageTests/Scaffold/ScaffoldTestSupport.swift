import Foundation
import SlingrDiagnostics
@testable import SlingrPackage

/// Shared by the scaffolding tests: fixture paths, option combinations, line diffs, and running
/// external checkers (node, python3, file) once per batch.
enum ScaffoldTestSupport {
    /// The package root, found from this file's location.
    static let packageRoot: String = {
        var path = PathName.parent(#filePath)
        let fileSystem = LocalFileSystem()
        while path != "/", !fileSystem.isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    static func fixture(_ relative: String) -> String { PathName.join(packageRoot, "Fixtures/scaffold/\(relative)") }

    /// Option combinations the generated-package checks run over.
    static var optionCombinations: [(String, NewPackageOptions)] {
        var plain = NewPackageOptions(name: "plain")
        plain.license = .none
        var http = NewPackageOptions(name: "weather")
        http.http = true
        http.label = "Weather \"Now\" | Co"
        http.description = "Forecasts from the weather API; it's 'quoted' */ safely."
        var oauth = NewPackageOptions(name: "calendar")
        oauth.oauth = true
        oauth.license = .mit
        var full = NewPackageOptions(name: "shop2")
        full.http = true
        full.oauth = true
        full.listener = true
        full.flowSteps = ["createOrder", "getOrder"]
        full.uiServices = ["cartBanner"]
        var listenerOnly = NewPackageOptions(name: "hooks")
        listenerOnly.listener = true
        listenerOnly.uiServices = ["notifier"]
        return [("plain", plain), ("http", http), ("oauth", oauth), ("full", full), ("listener", listenerOnly)]
    }

    /// Lines added to `old` to make `new`, in blocks, when no original line changed or went
    /// away (what a unified diff would show as pure insertions); `nil` otherwise.
    static func insertedBlocks(old: [UInt8], new: [UInt8]) -> [[String]]? {
        let before = lines(old)
        let after = lines(new)
        // Longest common subsequence table, filled from the end.
        var table = Array(repeating: Array(repeating: 0, count: after.count + 1), count: before.count + 1)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                table[i][j] = before[i] == after[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        guard table[0][0] == before.count else { return nil }
        var blocks: [[String]] = []
        var current: [String] = []
        var i = 0
        var j = 0
        while j < after.count {
            if i < before.count, before[i] == after[j], table[i][j] == table[i + 1][j + 1] + 1 {
                if !current.isEmpty { blocks.append(current); current = [] }
                i += 1
            } else {
                current.append(after[j])
            }
            j += 1
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// Lines split at `\n`, each keeping a `\r` before it, so line endings are compared too.
    static func lines(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Path of an executable on the PATH, or `nil`.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program; returns its exit status and standard output and error together.
    static func run(_ program: String, _ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A fresh folder under the system's temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "slingr-scaffold-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes generated files under `root` on the real disk.
    static func write(_ files: [GeneratedFile], under root: String) throws {
        let fileSystem = LocalFileSystem()
        for file in files {
            let path = PathName.join(root, file.path)
            try fileSystem.createDirectory(PathName.parent(path))
            try fileSystem.writeFileAtomically(path, file.bytes)
        }
    }
}
