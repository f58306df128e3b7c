/// Line differences between two texts in unified format (`---`/`+++` headers, `@@` hunks with
/// three lines of context), as `diff -u` and `git diff` print them.
public enum UnifiedDiff {
    /// The diff of `old` and `new`, or an empty string when they are equal.
    public static func render(old: String, new: String, oldPath: String, newPath: String, context: Int = 3) -> String {
        let a = lines(old)
        let b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- \(oldPath)\n+++ \(newPath)\n"
        var index = 0
        while index < script.count {
            guard let change = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var start = max(index, change - context)
            if index > 0, start < index { start = index }
            var end = change
            var lastChange = change
            while end < script.count {
                if script[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            let hunk = script[start..<end]
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0
            let newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: output += " " + a[step.oldIndex]
                case .delete: output += "-" + a[step.oldIndex]
                case .insert: output += "+" + b[step.newIndex]
                }
            }
            index = end
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        let first = count == 0 ? start : start + 1
        return count == 1 ? "\(first)" : "\(first),\(count)"
    }

    /// Lines with their terminators; a last line without one gets the `\ No newline` marker.
    private static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current + "\n\\ No newline at end of file\n") }
        return result
    }

    struct Step {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    /// Differences beyond which the middle of two texts is shown as removed and added whole:
    /// the minimal script would cost time and memory quadratic in their number.
    static let maximumDifferences = 2_000

    /// The edit script: common first and last lines kept, then Myers' O(ND) shortest edit
    /// script of the middle, or, past `maximumDifferences`, the middle deleted and inserted
    /// whole (still a correct diff, only not the shortest).
    static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var steps = (0..<prefix).map { Step(kind: .same, oldIndex: $0, newIndex: $0) }
        let oldMiddle = prefix..<(a.count - suffix)
        let newMiddle = prefix..<(b.count - suffix)
        if let middle = shortestScript(Array(a[oldMiddle]), Array(b[newMiddle])) {
            steps += middle.map { Step(kind: $0.kind, oldIndex: $0.oldIndex + prefix, newIndex: $0.newIndex + prefix) }
        } else {
            steps += oldMiddle.map { Step(kind: .delete, oldIndex: $0, newIndex: newMiddle.lowerBound) }
            steps += newMiddle.map { Step(kind: .insert, oldIndex: oldMiddle.upperBound, newIndex: $0) }
        }
        steps += (0..<suffix).map { Step(kind: .same, oldIndex: a.count - suffix + $0, newIndex: b.count - suffix + $0) }
        return steps
    }

    /// Myers' shortest edit script, or nil past `maximumDifferences`. Each round keeps only the
    /// diagonals it reached (2d + 1 of them), so memory is quadratic in the differences, not in
    /// the lengths.
    private static func shortestScript(_ a: [String], _ b: [String]) -> [Step]? {
        let n = a.count, m = b.count
        let limit = min(n + m, maximumDifferences)
        // v[k + offset]: the furthest x on diagonal k; trace[d] holds v[-d...d] after round d.
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        var found = false
        for d in 0...limit {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true; break }
            }
            trace.append(Array(v[(offset - d)...(offset + d)]))
            if found { break }
        }
        guard found else { return nil }
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let k = x - y
            // The diagonals round d - 1 reached, as round d read them.
            func reached(_ diagonal: Int) -> Int { d == 0 ? 0 : trace[d - 1][diagonal + d - 1] }
            let previousK: Int
            if k == -d || (k != d && reached(k - 1) < reached(k + 1)) { previousK = k + 1 } else { previousK = k - 1 }
            let previousX = d == 0 ? 0 : reached(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                steps.append(Step(kind: .same, oldIndex: x - 1, newIndex: y - 1))
                x -= 1; y -= 1
            }
            if d > 0 {
                if x == previousX {
                    steps.append(Step(kind: .insert, oldIndex: x, newIndex: y - 1))
                } else {
                    steps.append(Step(kind: .delete, oldIndex: x - 1, newIndex: y))
                }
            }
            x = previousX; y = previousY
        }
        return steps.reversed()
    }
}
