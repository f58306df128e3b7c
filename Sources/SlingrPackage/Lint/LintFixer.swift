import SlingrDiagnostics
import SlingrJSON

/// Applies every fix the findings carry (only fixable rules carry them, and only where one
/// correction is certain). All fixes of a round are applied at once in memory, the repository
/// is linted again, and the next round applies what the first could not (two edits of the same
/// text), so the number of rounds stays small whatever the number of fixes. Nothing is written
/// here: the caller writes each changed file atomically, or prints the diff.
public enum LintFixer {
    public struct ChangedFile: Sendable {
        public var absolutePath: String
        public var displayPath: String
        public var original: [UInt8]
        public var fixed: [UInt8]
    }

    public struct Result: Sendable {
        public var changes: [ChangedFile]
        public var fixesApplied: Int
        /// The findings that remain after the fixes, as `lint` would report them.
        public var remaining: Linter.Report
    }

    /// Rounds at most: edits of the same text wait one round each, which real fixes never
    /// need more than a few of.
    static let maximumRounds = 6

    public static func fix(root: String, displayRoot: String, fileSystem: any FileSystem, linter: Linter) -> Result {
        let overlay = OverlayFileSystem(base: fileSystem)
        var originals: [String: (display: String, bytes: [UInt8])] = [:]
        var applied = 0
        var report = linter.lint(PackageRepository(root: root, displayRoot: displayRoot, fileSystem: overlay))
        for _ in 0..<maximumRounds {
            let repository = PackageRepository(root: root, displayRoot: displayRoot, fileSystem: overlay)
            var editsByFile: [String: (display: String, edits: [TextEdit])] = [:]
            for diagnostic in report.diagnostics {
                guard let fixIt = diagnostic.fixIt, let file = diagnostic.file,
                      let relative = repository.relativePath(ofDisplayPath: file) else { continue }
                editsByFile[repository.absolutePath(relative), default: (file, [])].edits += fixIt.edits
            }
            var changedThisRound = 0
            for (path, entry) in editsByFile.sorted(by: { $0.key < $1.key }) {
                guard let bytes = try? overlay.readFile(path) else { continue }
                let (fixed, count) = apply(entry.edits, to: bytes, isJSON: path.hasSuffix(".json"))
                guard count > 0 else { continue }
                if originals[path] == nil { originals[path] = (entry.display, bytes) }
                overlay.override(path, with: fixed)
                changedThisRound += count
            }
            applied += changedThisRound
            if changedThisRound == 0 { break }
            report = linter.lint(PackageRepository(root: root, displayRoot: displayRoot, fileSystem: overlay))
        }
        let changes = overlay.changes.keys.sorted().compactMap { path -> ChangedFile? in
            guard let original = originals[path], let fixed = overlay.changes[path], fixed != original.bytes else { return nil }
            return ChangedFile(absolutePath: path, displayPath: original.display, original: original.bytes, fixed: fixed)
        }
        return Result(changes: changes, fixesApplied: applied, remaining: report)
    }

    /// Applies the edits of one file in one pass and says how many were applied. Identical edits
    /// (two findings with the same fix) count once. Insertions at the same place are all made,
    /// in order, when the result still parses (appending entries to one array); otherwise, and
    /// for overlapping edits, the first wins and the others wait for the next round.
    static func apply(_ edits: [TextEdit], to bytes: [UInt8], isJSON: Bool) -> ([UInt8], Int) {
        var unique: [TextEdit] = []
        var seen = Set<TextEdit>()
        for edit in edits where seen.insert(edit).inserted { unique.append(edit) }
        let ordered = unique.enumerated().sorted { lhs, rhs in
            (lhs.element.range.start, lhs.element.range.end, lhs.offset) < (rhs.element.range.start, rhs.element.range.end, rhs.offset)
        }.map(\.element)
        if let merged = splice(ordered, into: bytes, mergingInsertions: true),
           !isJSON || !JSONParser.parse(SourceFile(path: "<fix>", bytes: merged.bytes)).hasErrors || JSONParser.parse(SourceFile(path: "<fix>", bytes: bytes)).hasErrors {
            return (merged.bytes, merged.count)
        }
        return splice(ordered, into: bytes, mergingInsertions: false).map { ($0.bytes, $0.count) } ?? (bytes, 0)
    }

    /// One pass over sorted edits: each is spliced in unless it overlaps the previous one (or,
    /// without merging, inserts where the previous one did).
    private static func splice(_ edits: [TextEdit], into bytes: [UInt8], mergingInsertions: Bool) -> (bytes: [UInt8], count: Int)? {
        var chosen: [TextEdit] = []
        for edit in edits {
            guard edit.range.start >= 0, edit.range.start <= edit.range.end, edit.range.end <= bytes.count else { continue }
            if let last = chosen.last {
                let bothInsert = last.range.length == 0 && edit.range.length == 0 && last.range.start == edit.range.start
                if edit.range.start < last.range.end || (edit.range.start == last.range.start && !(bothInsert && mergingInsertions)) { continue }
            }
            chosen.append(edit)
        }
        guard !chosen.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for edit in chosen {
            result.append(contentsOf: bytes[position..<edit.range.start])
            result.append(contentsOf: Array(edit.replacement.utf8))
            position = edit.range.end
        }
        result.append(contentsOf: bytes[position...])
        return (result, chosen.count)
    }
}
