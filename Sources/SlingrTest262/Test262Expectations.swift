/// The runs known to fail, grouped by reason: a text file kept with the project's fixtures.
///
/// ```
/// ## eval is not implemented
/// test/built-ins/eval/length.js
/// test/language/eval-code/direct/var-env.js strict
/// ```
///
/// `## ` starts a group whose heading is the reason. A line names a test file, optionally
/// followed by the one mode that fails (`sloppy`, `strict`, `raw`); without a mode every run
/// of the file is expected to fail. `#` lines are comments.
public struct Test262Expectations: Sendable, Equatable {
    /// One listed run (or all runs of a file, when `mode` is nil).
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var mode: Test262Mode?

        public init(path: String, mode: Test262Mode? = nil) {
            self.path = path
            self.mode = mode
        }

        func matches(_ result: Test262Result) -> Bool { path == result.path && (mode == nil || mode == result.mode) }
    }

    /// Reasons in file order, each with its entries in file order.
    public var groups: [(reason: String, entries: [Entry])]

    public static func == (lhs: Test262Expectations, rhs: Test262Expectations) -> Bool {
        lhs.groups.count == rhs.groups.count
            && zip(lhs.groups, rhs.groups).allSatisfy { $0.reason == $1.reason && $0.entries == $1.entries }
    }

    public init(groups: [(reason: String, entries: [Entry])] = []) { self.groups = groups }

    /// Reads the file's text; lines that are neither headings, comments nor entries are
    /// returned as problems (with their line number) rather than ignored.
    public init(text: String) throws(Test262ExpectationsError) {
        groups = []
        var problems: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || (line.hasPrefix("#") && !line.hasPrefix("## ")) { continue }
            if line.hasPrefix("## ") {
                groups.append((String(line.dropFirst(3).trimmingSpaces), []))
                continue
            }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard !groups.isEmpty, parts.count <= 2, parts[0].hasPrefix("test/"), parts[0].hasSuffix(".js") else {
                problems.append("line \(number + 1): '\(line)'")
                continue
            }
            var entry = Entry(path: String(parts[0]))
            if parts.count == 2 {
                guard let mode = Test262Mode(rawValue: String(parts[1])) else {
                    problems.append("line \(number + 1): unknown mode '\(parts[1])'")
                    continue
                }
                entry.mode = mode
            }
            groups[groups.count - 1].entries.append(entry)
        }
        if !problems.isEmpty { throw Test262ExpectationsError(problems: problems) }
    }

    public var entries: [Entry] { groups.flatMap(\.entries) }

    /// The reason a run is expected to fail, or nil when it is expected to pass.
    public func reason(for result: Test262Result) -> String? {
        groups.first { $0.entries.contains { $0.matches(result) } }?.reason
    }

    /// How a run's results differ from the expectations.
    public struct Comparison: Sendable {
        /// Runs that failed without being listed: regressions (or new tests).
        public var unexpectedFailures: [Test262Result] = []
        /// Listed runs that passed: the file can be tightened.
        public var unexpectedPasses: [Test262Result] = []
        /// Listed entries that matched no run (the test is gone or no longer selected).
        public var unmatched: [Entry] = []
    }

    public func compare(_ results: [Test262Result]) -> Comparison {
        var comparison = Comparison()
        var listed: [String: [Entry]] = [:]
        for entry in entries { listed[entry.path, default: []].append(entry) }
        var matched: Set<Entry> = []
        for result in results {
            let entry = listed[result.path]?.first { $0.matches(result) }
            if let entry { matched.insert(entry) }
            // An unsupported run is listed like a failure, so a construct that stops being
            // supported shows up as a change.
            switch (entry != nil, result.verdict.passed) {
            case (false, false): comparison.unexpectedFailures.append(result)
            case (true, true): comparison.unexpectedPasses.append(result)
            default: break
            }
        }
        comparison.unmatched = entries.filter { !matched.contains($0) }
        return comparison
    }

    /// The expectations the results call for: listed runs that still fail keep their reason,
    /// passing ones are dropped, and new failures are appended under `newReason` (one entry per
    /// file when all its runs fail). Used to rewrite the file after a deliberate change.
    /// Unsupported runs go under `unsupported: <message>` headings instead. Entries of the
    /// files in `keeping` (not run this time) stay as they are.
    public func updated(with results: [Test262Result], newReason: String, keeping: Set<String> = []) -> Test262Expectations {
        var failing: [String: Set<Test262Mode>] = [:]
        var runs: [String: Int] = [:]
        for result in results {
            runs[result.path, default: 0] += 1
            if !result.verdict.passed { failing[result.path, default: []].insert(result.mode) }
        }
        /// One entry for the whole file when every run fails, else one per failing mode.
        func entries(_ path: String, _ modes: Set<Test262Mode>) -> [Entry] {
            modes.count == runs[path] ? [Entry(path: path)] : modes.sorted().map { Entry(path: path, mode: $0) }
        }
        var covered: [String: Set<Test262Mode>] = [:]
        var groups: [(reason: String, entries: [Entry])] = []
        for group in self.groups {
            var kept: [Entry] = []
            for entry in group.entries {
                if keeping.contains(entry.path) {
                    kept.append(entry)
                    continue
                }
                let stillFailing = (failing[entry.path] ?? []).subtracting(covered[entry.path] ?? [])
                    .filter { entry.mode == nil || $0 == entry.mode }
                if stillFailing.isEmpty { continue }
                kept += entry.mode == nil ? entries(entry.path, stillFailing) : [entry]
                covered[entry.path, default: []].formUnion(stillFailing)
            }
            if !kept.isEmpty { groups.append((group.reason, kept)) }
        }
        var reasons: [String: [Test262Mode: String]] = [:]
        for result in results {
            if case .unsupported(let message) = result.verdict { reasons[result.path, default: [:]][result.mode] = "unsupported: " + message }
        }
        var fresh: [String: [Entry]] = [:]
        for path in failing.keys.sorted() {
            let uncovered = (failing[path] ?? []).subtracting(covered[path] ?? [])
            if uncovered.isEmpty { continue }
            var byReason: [String: Set<Test262Mode>] = [:]
            for mode in uncovered { byReason[reasons[path]?[mode] ?? newReason, default: []].insert(mode) }
            for (reason, modes) in byReason {
                fresh[reason, default: []] += covered[path] == nil && byReason.count == 1
                    ? entries(path, modes) : modes.sorted().map { Entry(path: path, mode: $0) }
            }
        }
        for reason in fresh.keys.sorted() {
            if let index = groups.firstIndex(where: { $0.reason == reason }) {
                groups[index].entries += fresh[reason] ?? []
            } else {
                groups.append((reason, fresh[reason] ?? []))
            }
        }
        return Test262Expectations(groups: groups)
    }

    /// The file's text, with `header` (comment lines) first.
    public func text(header: [String]) -> String {
        var lines = header.map { $0.isEmpty ? "#" : "# " + $0 }
        for group in groups {
            lines.append("")
            lines.append("## " + group.reason)
            for entry in group.entries { lines.append(entry.mode.map { "\(entry.path) \($0.rawValue)" } ?? entry.path) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

public struct Test262ExpectationsError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]

    public var description: String { "unreadable expectations: " + problems.joined(separator: "; ") }
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
