/// One finding: what rule found it, how bad it is, what it says and where.
///
/// Every command that reports problems (validate, lint, resolve, eval) produces these, and the
/// renderers turn them into text, JSON, SARIF or CI annotations.
public struct Diagnostic: Sendable, Hashable {
    /// Stable identifier of the check (`json-syntax`, `unknown-field-type`, ...).
    public var ruleId: String
    public var severity: Severity
    /// Compiler style: lower-case, no final period, names quoted.
    public var message: String
    /// File path as given by the user; `nil` for findings that belong to no file.
    public var file: String?
    public var location: SourceLocation?
    /// Where the offending text ends, when it spans more than a point.
    public var endLocation: SourceLocation?
    /// Byte range in the file, kept so fixes and excerpts can find the text again.
    public var range: SourceRange?
    /// RFC 6901 pointer of the JSON value concerned, for descriptor findings.
    public var pointer: String?
    public var notes: [Note]
    public var fixIt: FixIt?

    public init(
        ruleId: String,
        severity: Severity,
        message: String,
        file: String? = nil,
        location: SourceLocation? = nil,
        endLocation: SourceLocation? = nil,
        range: SourceRange? = nil,
        pointer: String? = nil,
        notes: [Note] = [],
        fixIt: FixIt? = nil
    ) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.endLocation = endLocation
        self.range = range
        self.pointer = pointer
        self.notes = notes
        self.fixIt = fixIt
    }

    /// A diagnostic located at a byte range of `source`.
    public init(
        ruleId: String,
        severity: Severity,
        message: String,
        in source: SourceFile,
        range: SourceRange,
        pointer: String? = nil,
        notes: [Note] = [],
        fixIt: FixIt? = nil
    ) {
        let start = source.location(of: range.start)
        let end = range.length > 0 ? source.location(of: range.end) : nil
        self.init(
            ruleId: ruleId, severity: severity, message: message, file: source.path,
            location: start, endLocation: end, range: range, pointer: pointer, notes: notes, fixIt: fixIt
        )
    }

    /// A supplementary message attached to a diagnostic, optionally with its own location.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var file: String?
        public var location: SourceLocation?

        public init(_ message: String, file: String? = nil, location: SourceLocation? = nil) {
            self.message = message
            self.file = file
            self.location = location
        }
    }
}

/// A mechanical correction: replace byte ranges of the diagnostic's file with new text.
public struct FixIt: Sendable, Hashable {
    public var message: String
    public var edits: [TextEdit]

    public init(message: String, edits: [TextEdit]) {
        self.message = message
        self.edits = edits
    }
}

/// Replace `range` (UTF-8 byte offsets) with `replacement`.
public struct TextEdit: Sendable, Hashable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

extension Diagnostic {
    /// The order reports use: by file, then position, then rule and message, so output is stable.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let lhsFile = lhs.file ?? ""
        let rhsFile = rhs.file ?? ""
        if lhsFile != rhsFile { return lhsFile < rhsFile }
        let lhsLocation = lhs.location ?? SourceLocation(line: 0, column: 0)
        let rhsLocation = rhs.location ?? SourceLocation(line: 0, column: 0)
        if lhsLocation != rhsLocation { return lhsLocation < rhsLocation }
        if lhs.ruleId != rhs.ruleId { return lhs.ruleId < rhs.ruleId }
        return lhs.message < rhs.message
    }
}

/// Counts per severity plus how many files were examined.
public struct DiagnosticSummary: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var files = 0

    public init(errors: Int = 0, warnings: Int = 0, notes: Int = 0, files: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.files = files
    }

    public init(_ diagnostics: [Diagnostic], files: Int) {
        self.files = files
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }
}
