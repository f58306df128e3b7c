/// The machine-readable report every command shares with CI scripts:
/// `{"diagnostics": [{"ruleId", "severity", "message", "file", "line", "column", ...}], "summary": {...}}`.
///
/// `file`, `line` and `column` are always present (`null` when unknown); `endLine`/`endColumn`,
/// `pointer`, `notes` and `fix` appear only when they apply. Fix edits use UTF-8 byte offsets.
public enum DiagnosticJSONRenderer {
    public static func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        report(diagnostics, summary: summary).rendered(indent: 2) + "\n"
    }

    public static func report(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> JSONOutput {
        .object([
            ("diagnostics", .array(diagnostics.sorted(by: Diagnostic.reportOrder).map(object))),
            ("summary", .object([
                ("errors", .integer(summary.errors)),
                ("warnings", .integer(summary.warnings)),
                ("notes", .integer(summary.notes)),
                ("files", .integer(summary.files)),
            ])),
        ])
    }

    public static func object(_ diagnostic: Diagnostic) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("ruleId", .string(diagnostic.ruleId)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("file", .optional(diagnostic.file)),
            ("line", diagnostic.location.map { .integer($0.line) } ?? .null),
            ("column", diagnostic.location.map { .integer($0.column) } ?? .null),
        ]
        if let end = diagnostic.endLocation {
            members.append(("endLine", .integer(end.line)))
            members.append(("endColumn", .integer(end.column)))
        }
        if let pointer = diagnostic.pointer { members.append(("pointer", .string(pointer))) }
        if !diagnostic.notes.isEmpty {
            members.append(("notes", .array(diagnostic.notes.map { note in
                var fields: [(String, JSONOutput)] = [("message", .string(note.message))]
                if let file = note.file { fields.append(("file", .string(file))) }
                if let location = note.location {
                    fields.append(("line", .integer(location.line)))
                    fields.append(("column", .integer(location.column)))
                }
                return .object(fields)
            })))
        }
        if let fixIt = diagnostic.fixIt {
            members.append(("fix", .object([
                ("message", .string(fixIt.message)),
                ("edits", .array(fixIt.edits.map { edit in
                    .object([
                        ("start", .integer(edit.range.start)),
                        ("end", .integer(edit.range.end)),
                        ("text", .string(edit.replacement)),
                    ])
                })),
            ])))
        }
        return .object(members)
    }
}
