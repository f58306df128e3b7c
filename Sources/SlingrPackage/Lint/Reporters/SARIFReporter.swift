import SlingrDiagnostics

/// SARIF 2.1.0, the format GitHub code scanning ingests: one run with the tool's rules and a
/// result per finding. Columns are Unicode code points, as the diagnostics count them.
public struct SARIFReporter: FindingsReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public init() {}

    /// Every rule of the catalogue is listed in `tool.driver.rules`, so code scanning can show
    /// the rule's help for any finding and configuration can name any rule.
    public func render(_ report: FindingsReport) -> String {
        Self.render(report.diagnostics, rules: report.catalogue.all, toolVersion: report.toolVersion)
    }

    public static func render(_ diagnostics: [Diagnostic], rules: [RuleDescription], toolVersion: String) -> String {
        let ordered = diagnostics.sorted(by: Diagnostic.reportOrder)
        let listed = rules
        var index: [String: Int] = [:]
        for (position, rule) in listed.enumerated() { index[rule.id] = position }
        let driver: JSONOutput = .object([
            ("name", .string("slingr-pkg")),
            ("version", .string(toolVersion)),
            ("informationUri", .string("https://github.com/slingr-stack")),
            ("rules", .array(listed.map(rule))),
        ])
        let run: JSONOutput = .object([
            ("tool", .object([("driver", driver)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(ordered.map { result($0, ruleIndex: index[$0.ruleId]) })),
        ])
        let document: JSONOutput = .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return document.rendered(indent: 2) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    private static func rule(_ rule: RuleDescription) -> JSONOutput {
        .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.explanation))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("help", .object([("text", .string("\(rule.summary) \(rule.explanation) Run 'slingr-pkg rules \(rule.id)' for examples."))])),
        ])
    }

    private static func result(_ diagnostic: Diagnostic, ruleIndex: Int?) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("ruleId", .string(diagnostic.ruleId))]
        if let ruleIndex { members.append(("ruleIndex", .integer(ruleIndex))) }
        members.append(("level", .string(level(diagnostic.severity))))
        members.append(("message", .object([("text", .string(diagnostic.message))])))
        if let file = diagnostic.file {
            members.append(("locations", .array([location(file: file, start: diagnostic.location, end: diagnostic.endLocation)])))
        }
        let related = diagnostic.notes.compactMap { note -> JSONOutput? in
            guard let file = note.file ?? diagnostic.file else { return nil }
            guard case .object(var fields) = location(file: file, start: note.location, end: nil) else { return nil }
            fields.append(("message", .object([("text", .string(note.message))])))
            return .object(fields)
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if let pointer = diagnostic.pointer {
            members.append(("properties", .object([("jsonPointer", .string(pointer))])))
        }
        return .object(members)
    }

    private static func location(file: String, start: SourceLocation?, end: SourceLocation?) -> JSONOutput {
        var physical: [(String, JSONOutput)] = [("artifactLocation", .object([("uri", .string(uri(file)))]))]
        if let start {
            var region: [(String, JSONOutput)] = [("startLine", .integer(start.line)), ("startColumn", .integer(start.column))]
            if let end {
                region.append(("endLine", .integer(end.line)))
                region.append(("endColumn", .integer(end.column)))
            }
            physical.append(("region", .object(region)))
        }
        return .object([("physicalLocation", .object(physical))])
    }

    /// A relative URI reference for a path: `/`-separated, with reserved characters escaped.
    static func uri(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            let unreserved = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar)
            if unreserved {
                result.unicodeScalars.append(scalar)
            } else {
                let digits = Array("0123456789ABCDEF")
                result += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            }
        }
        return result
    }
}
