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
}
