import SlingrDiagnostics

/// Applies the safe, mechanical fixes of fixable rules (booleans written as strings, malformed
/// version prefixes, metadata entries for unlisted steps and UI services). Fixes are applied in
/// memory, the repository is linted again, and so on until nothing more can be fixed, so fixes
/// that touch the same place (two entries appended to one array) never collide. Nothing is
/// written here: the caller writes each changed file atomically, or prints the diff.
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
    }

    static let maximumRounds = 8

    public static func fix(root: String, displayRoot: String, fileSystem: any FileSystem, linter: Linter) -> Result {
        let overlay = OverlayFileSystem(base: fileSystem)
        let fixable = Set(RuleRegistry.all.filter(\.isFixable).map(\.id))
        var originals: [String: (display: String, bytes: [UInt8])] = [:]
        var applied = 0
        for _ in 0..<maximumRounds {
            let repository = PackageRepository(root: root, displayRoot: displayRoot, fileSystem: overlay)
            let report = linter.lint(repository)
            var editsByFile: [String: (display: String, edits: [TextEdit])] = [:]
            for diagnostic in report.diagnostics where fixable.contains(diagnostic.ruleId) {
                guard let fixIt = diagnostic.fixIt, let file = diagnostic.file,
                      let relative = repository.relativePath(ofDisplayPath: file) else { continue }
                editsByFile[repository.absolutePath(relative), default: (file, [])].edits += fixIt.edits
            }
            var changedThisRound = 0
            for (path, entry) in editsByFile.sorted(by: { $0.key < $1.key }) {
                guard let bytes = try? overlay.readFile(path) else { continue }
                let (fixed, count) = apply(entry.edits, to: bytes)
                guard count > 0 else { continue }
                if originals[path] == nil { originals[path] = (entry.display, bytes) }
                overlay.override(path, with: fixed)
                changedThisRound += count
            }
            applied += changedThisRound
            if changedThisRound == 0 { break }
        }
        let changes = overlay.changes.keys.sorted().compactMap { path -> ChangedFile? in
            guard let original = originals[path], let fixed = overlay.changes[path], fixed != original.bytes else { return nil }
            return ChangedFile(absolutePath: path, displayPath: original.display, original: original.bytes, fixed: fixed)
        }
        return Result(changes: changes, fixesApplied: applied)
    }

    /// Applies non-overlapping edits (the first of overlapping or same-place edits wins; the
    /// others wait for the next round) and says how many were applied.
    static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> ([UInt8], Int) {
        var chosen: [TextEdit] = []
        for edit in edits.sorted(by: { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }) {
            guard edit.range.start >= 0, edit.range.end <= bytes.count else { continue }
            if let last = chosen.last, edit.range.start < last.range.end || edit.range.start == last.range.start { continue }
            chosen.append(edit)
        }
        var result = bytes
        for edit in chosen.reversed() {
            result.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.replacement.utf8))
        }
        return (result, chosen.count)
    }
}
