#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import SlingrDiagnostics

@Suite("Unified diff")
struct UnifiedDiffTests {
    @Test("equal texts give no diff")
    func equal() {
        #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", oldPath: "a", newPath: "b").isEmpty)
    }

    @Test("hunks have three lines of context and correct ranges")
    func hunk() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\nline 5.5\n")
        let diff = UnifiedDiff.render(old: old, new: new, oldPath: "a/x", newPath: "b/x")
        #expect(diff == """
            --- a/x
            +++ b/x
            @@ -2,7 +2,8 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
            +line 5.5
             line 6
             line 7
             line 8

            """)
    }

    @Test("agrees with diff -u on random edits", .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/diff")))
    func agreesWithDiff() throws {
        let directory = NSTemporaryDirectory() + "slingr-diff-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<40 {
            var lines = (0..<(5 + next(30))).map { _ in "l\(next(8))" }
            let old = lines.map { $0 + "\n" }.joined()
            for _ in 0..<(1 + next(4)) {
                switch next(3) {
                case 0: if !lines.isEmpty { lines.remove(at: next(lines.count)) }
                case 1: lines.insert("new\(next(5))", at: next(lines.count + 1))
                default: if !lines.isEmpty { lines[next(lines.count)] = "changed" }
                }
            }
            let new = lines.map { $0 + "\n" }.joined()
            let a = directory + "/a\(round)", b = directory + "/b\(round)"
            try old.write(toFile: a, atomically: true, encoding: .utf8)
            try new.write(toFile: b, atomically: true, encoding: .utf8)
            let ours = UnifiedDiff.render(old: old, new: new, oldPath: "a", newPath: "b")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
            process.arguments = ["-u", "--label", "a", "--label", "b", a, b]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let theirs = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            // Both are minimal edit scripts; when several exist they may differ in which lines
            // they pair up, so compare what each diff changes: the counts of removed and added lines.
            func counts(_ diff: String) -> (Int, Int) {
                let body = diff.split(separator: "\n").filter { !$0.hasPrefix("---") && !$0.hasPrefix("+++") }
                return (body.filter { $0.hasPrefix("-") }.count, body.filter { $0.hasPrefix("+") }.count)
            }
            #expect(counts(ours) == counts(theirs), "round \(round)\n\(ours)\n\(theirs)")
        }
    }

    /// `old` with the hunks of `diff` applied (context and removed lines checked).
    static func patched(_ old: String, with diff: String) -> String? {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        var result: [String] = []
        var position = 0
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("---") || line.hasPrefix("+++") || line.isEmpty { continue }
            if line.hasPrefix("@@") {
                let start = Int(line.dropFirst(4).prefix { $0.isNumber }) ?? 0
                let target = max(0, start - 1)
                guard target >= position else { return nil }
                result += oldLines[position..<target]
                position = target
            } else if line.hasPrefix("+") {
                result.append(String(line.dropFirst()))
            } else {
                guard position < oldLines.count, oldLines[position] == String(line.dropFirst()) else { return nil }
                if line.hasPrefix(" ") { result.append(oldLines[position]) }
                position += 1
            }
        }
        result += oldLines[position...]
        return result.map { $0 + "\n" }.joined()
    }

    @Test("tens of thousands of changed lines: linear work and memory, and the diff still applies")
    func largeDifferences() {
        let old = (0..<100_000).map { "line \($0)\n" }.joined()
        // One block of 60,000 new lines (what --fix adds to a big metadata array)...
        var lines = (0..<100_000).map { "line \($0)" }
        lines.insert(contentsOf: (0..<60_000).map { "entry \($0)" }, at: 50_000)
        let inserted = lines.map { $0 + "\n" }.joined()
        let first = UnifiedDiff.render(old: old, new: inserted, oldPath: "a", newPath: "b")
        #expect(Self.patched(old, with: first) == inserted)
        // ...and 5,000 scattered changes, past the differences a shortest script is looked for.
        var scattered = (0..<100_000).map { "line \($0)" }
        for index in stride(from: 7, to: 100_000, by: 20) { scattered[index] = "changed \(index)" }
        let changed = scattered.map { $0 + "\n" }.joined()
        let second = UnifiedDiff.render(old: old, new: changed, oldPath: "a", newPath: "b")
        #expect(Self.patched(old, with: second) == changed)
    }

    @Test("random edits give diffs that turn the old text into the new one")
    func diffsApply() {
        var generator = SplitMix64(seed: 77)
        for _ in 0..<200 {
            var lines = (0..<Int(generator.next() % 60)).map { _ in "l\(generator.next() % 6)" }
            let old = lines.map { $0 + "\n" }.joined()
            for _ in 0..<Int(1 + generator.next() % 6) {
                let at = Int(generator.next() % UInt64(lines.count + 1))
                switch generator.next() % 3 {
                case 0: if at < lines.count { lines.remove(at: at) }
                case 1: lines.insert("new\(generator.next() % 4)", at: at)
                default: if at < lines.count { lines[at] = "changed" }
                }
            }
            let new = lines.map { $0 + "\n" }.joined()
            #expect(Self.patched(old, with: UnifiedDiff.render(old: old, new: new, oldPath: "a", newPath: "b")) == new, "\(old) -> \(new)")
        }
    }
}
