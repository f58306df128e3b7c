/// Renders diagnostics the way compilers do, `path:line:col: severity: message [rule-id]`, so
/// editors and terminals turn them into links; with sources it adds the line and a caret.
public struct DiagnosticTextRenderer: Sendable {
    public var style: TextStyle
    /// Files by path, for excerpts; a diagnostic whose file is absent gets no excerpt.
    public var sources: [String: SourceFile]

    public init(style: TextStyle = .plain, sources: [String: SourceFile] = [:]) {
        self.style = style
        self.sources = sources
    }

    /// All diagnostics in report order, files separated by a blank line, each line ending in `\n`.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        var previousFile: String?? = .none
        for diagnostic in diagnostics.sorted(by: Diagnostic.reportOrder) {
            if let previous = previousFile, previous != diagnostic.file { output += "\n" }
            previousFile = .some(diagnostic.file)
            output += render(diagnostic)
        }
        return output
    }

    /// One diagnostic with its excerpt, notes and fix-it.
    public func render(_ diagnostic: Diagnostic) -> String {
        var output = style.bold(Self.position(file: diagnostic.file, location: diagnostic.location))
        output += style.severity(diagnostic.severity) + ": " + style.bold(Self.sanitized(diagnostic.message))
        output += " [" + diagnostic.ruleId + "]\n"
        if let file = diagnostic.file, let source = sources[file], let location = diagnostic.location {
            output += excerpt(source, location: location, end: diagnostic.endLocation)
        }
        for note in diagnostic.notes {
            output += style.bold(Self.position(file: note.file ?? diagnostic.file, location: note.location))
            output += style.severity(.note) + ": " + Self.sanitized(note.message) + "\n"
        }
        if let fixIt = diagnostic.fixIt {
            output += style.bold(Self.position(file: diagnostic.file, location: diagnostic.location))
            output += style.severity(.note) + ": fix: " + fixIt.message + "\n"
        }
        return output
    }

    /// Messages quote user text (keys, values); keep terminal control characters out of them.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { printable($0) != $0 }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map(printable)))
    }

    /// `path:line:col: ` with whatever parts are known.
    static func position(file: String?, location: SourceLocation?) -> String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let location { parts.append("\(location.line):\(location.column)") }
        return parts.isEmpty ? "" : parts.joined(separator: ":") + ": "
    }

    /// The source line and a caret under the column, with tildes to the end of the range when
    /// it stays on the same line. Tabs are kept so the caret lines up in a terminal; control
    /// characters are replaced so binary input cannot drive the terminal; long lines are cut to
    /// a window around the column.
    func excerpt(_ source: SourceFile, location: SourceLocation, end: SourceLocation?) -> String {
        var scalars = Array(source.lineText(location.line).unicodeScalars)
        var column = location.column
        var endColumn = end.map { $0.line == location.line ? $0.column : scalars.count + 1 } ?? column + 1
        let window = Self.excerptWidth
        var prefix = ""
        var suffix = ""
        if scalars.count > window {
            let start = max(0, min(column - 1 - window / 2, scalars.count - window))
            if start > 0 { prefix = "..." }
            if start + window < scalars.count { suffix = "..." }
            scalars = Array(scalars[start..<(start + window)])
            column = column - start + prefix.count
            endColumn = min(endColumn - start + prefix.count, scalars.count + prefix.count + 1)
        }
        let line = prefix + String(String.UnicodeScalarView(scalars.map(Self.printable))) + suffix
        var marker = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            marker.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        marker += "^"
        if endColumn > column + 1 { marker += String(repeating: "~", count: endColumn - column - 1) }
        return line + "\n" + style.green(marker) + "\n"
    }

    /// Longest excerpt shown, in Unicode scalars.
    static let excerptWidth = 160

    /// Control characters (but tab) and the byte-order mark shown as U+FFFD.
    static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return scalar }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF { return "\u{FFFD}" }
        return scalar
    }

    /// `3 files checked: 1 error, 2 warnings, 0 notes`.
    public static func summaryLine(_ summary: DiagnosticSummary) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let problems = [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.notes, "note")]
        return count(summary.files, "file") + " checked: " + problems.joined(separator: ", ")
    }
}
