/// A unified diff of two texts by lines (longest common subsequence, three lines of context),
/// for golden files of `add`: reviewing them shows exactly what changed in package.json.
/// Carriage returns are shown as `␍` so CRLF files stay visible and survive any checkout.
enum UnifiedDiff {
    static func render(old: [UInt8], new: [UInt8], context: Int = 3) -> String {
        let before = lines(old)
        let after = lines(new)
        var table = Array(repeating: Array(repeating: 0, count: after.count + 1), count: before.count + 1)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                table[i][j] = before[i] == after[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        // Edit script: (" ", "-", "+") with line numbers in the old and new text.
        var script: [(kind: Character, text: String, old: Int, new: Int)] = []
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i] == after[j] {
                script.append((" ", before[i], i, j)); i += 1; j += 1
            } else if i < before.count, j == after.count || table[i + 1][j] >= table[i][j + 1] {
                script.append(("-", before[i], i, j)); i += 1
            } else {
                script.append(("+", after[j], i, j)); j += 1
            }
        }
        var output = ""
        var index = 0
        while index < script.count {
            guard let firstChange = script[index...].firstIndex(where: { $0.kind != " " }) else { break }
            var end = firstChange
            // Extend the hunk while changes are closer than twice the context.
            var scan = firstChange
            while scan < script.count {
                if script[scan].kind != " " { end = scan; scan += 1; continue }
                if scan - end > context * 2 { break }
                scan += 1
            }
            let start = max(index, firstChange - context)
            let stop = min(script.count, end + context + 1)
            let hunk = script[start..<stop]
            let oldCount = hunk.filter { $0.kind != "+" }.count
            let newCount = hunk.filter { $0.kind != "-" }.count
            let oldStart = (hunk.first?.old ?? 0) + (oldCount == 0 ? 0 : 1)
            let newStart = (hunk.first?.new ?? 0) + (newCount == 0 ? 0 : 1)
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for line in hunk { output += String(line.kind) + visible(line.text) + "\n" }
            index = stop
        }
        if old.last != 0x0A || new.last != 0x0A {
            output += "(old file \(old.last == 0x0A ? "ends" : "does not end") with a newline; new file \(new.last == 0x0A ? "ends" : "does not end") with a newline)\n"
        }
        return output
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        var parts = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if bytes.last == 0x0A { parts.removeLast() }
        return parts
    }

    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" { result += "␍" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
