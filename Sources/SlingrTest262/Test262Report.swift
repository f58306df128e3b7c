/// Pass rates of a run, overall and per folder.
public struct Test262Report: Sendable {
    public struct Row: Sendable, Equatable {
        /// The folder below `test/` (`built-ins/Array`), or `total`.
        public var folder: String
        public var passedRuns: Int
        public var runs: Int
        /// Files whose every run passed.
        public var passedFiles: Int
        public var files: Int
        /// Runs left out of the rates: the test uses a construct the engine does not support.
        public var unsupportedRuns: Int = 0

        public var runRate: Double { runs == 0 ? 1 : Double(passedRuns) / Double(runs) }
        public var fileRate: Double { files == 0 ? 1 : Double(passedFiles) / Double(files) }
    }

    /// One row per folder, in folder order.
    public var rows: [Row]
    public var total: Row

    /// Groups results by the first `depth` folders below `test/` (2: `built-ins/Array`).
    public init(results: [Test262Result], depth: Int = 2) {
        var runsByFolder: [String: (passed: Int, total: Int)] = [:]
        var fileVerdicts: [String: Bool] = [:]
        var unsupportedByFolder: [String: Int] = [:]
        for result in results {
            let folder = Self.folder(of: result.path, depth: depth)
            if result.verdict.isUnsupported {
                unsupportedByFolder[folder, default: 0] += 1
                continue
            }
            runsByFolder[folder, default: (0, 0)].total += 1
            if result.verdict.passed { runsByFolder[folder, default: (0, 0)].passed += 1 }
            fileVerdicts[result.path] = (fileVerdicts[result.path] ?? true) && result.verdict.passed
        }
        var filesByFolder: [String: (passed: Int, total: Int)] = [:]
        for (path, passed) in fileVerdicts {
            let folder = Self.folder(of: path, depth: depth)
            filesByFolder[folder, default: (0, 0)].total += 1
            if passed { filesByFolder[folder, default: (0, 0)].passed += 1 }
        }
        rows = Set(runsByFolder.keys).union(unsupportedByFolder.keys).sorted().map { folder in
            let runs = runsByFolder[folder] ?? (0, 0)
            let files = filesByFolder[folder] ?? (0, 0)
            return Row(
                folder: folder, passedRuns: runs.passed, runs: runs.total, passedFiles: files.passed, files: files.total,
                unsupportedRuns: unsupportedByFolder[folder] ?? 0)
        }
        total = Row(
            folder: "total", passedRuns: rows.reduce(0) { $0 + $1.passedRuns }, runs: rows.reduce(0) { $0 + $1.runs },
            passedFiles: rows.reduce(0) { $0 + $1.passedFiles }, files: rows.reduce(0) { $0 + $1.files },
            unsupportedRuns: rows.reduce(0) { $0 + $1.unsupportedRuns })
    }

    /// `test/built-ins/Array/from/x.js` at depth 2 → `built-ins/Array`.
    public static func folder(of path: String, depth: Int) -> String {
        var components = path.split(separator: "/").dropLast()
        if components.first == "test" { components = components.dropFirst() }
        return components.prefix(depth).joined(separator: "/")
    }

    /// A text table: folder, passed/total runs and rate, passed/total files and rate, and the
    /// runs left out as unsupported.
    public func table() -> String {
        let width = max(10, (rows.map(\.folder.count).max() ?? 0) + 2)
        func line(_ row: Row) -> String {
            let folder = row.folder.padding(toLength: width, withPad: " ", startingAt: 0)
            let runs = "\(row.passedRuns)/\(row.runs)".leftPadded(to: 13)
            let files = "\(row.passedFiles)/\(row.files)".leftPadded(to: 13)
            let unsupported = (row.unsupportedRuns == 0 ? "" : "\(row.unsupportedRuns)").leftPadded(to: 13)
            return "\(folder)\(runs) \(Self.percent(row.runRate).leftPadded(to: 7))\(files) \(Self.percent(row.fileRate).leftPadded(to: 7))\(unsupported)"
        }
        let header = "folder".padding(toLength: width, withPad: " ", startingAt: 0)
            + "runs".leftPadded(to: 13) + "".leftPadded(to: 8) + "files".leftPadded(to: 13) + "".leftPadded(to: 8)
            + "unsupported".leftPadded(to: 13)
        return ([header] + rows.map(line) + [line(total)]).joined(separator: "\n")
    }

    /// `97.4 %`-style text with one decimal, rounded down so 99.96 % never shows as 100.0 %.
    public static func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded(.down))
        return "\(tenths / 10).\(tenths % 10) %"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
