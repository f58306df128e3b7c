import SlingrDiagnostics

/// GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=rule-id::message`,
/// which the runner turns into annotations on the pull request.
public struct GitHubActionsReporter: FindingsReporter {
    public init() {}

    public func render(_ report: FindingsReport) -> String { Self.render(report.diagnostics) }

    public static func render(_ diagnostics: [Diagnostic]) -> String {
        var output = ""
        for diagnostic in diagnostics.sorted(by: Diagnostic.reportOrder) {
            var properties: [String] = []
            if let file = diagnostic.file { properties.append("file=" + escapeProperty(file)) }
            if let location = diagnostic.location {
                properties.append("line=\(location.line)")
                properties.append("col=\(location.column)")
                if let end = diagnostic.endLocation {
                    properties.append("endLine=\(end.line)")
                    properties.append("endColumn=\(end.column)")
                }
            }
            properties.append("title=" + escapeProperty(diagnostic.ruleId))
            var message = diagnostic.message
            for note in diagnostic.notes { message += "\n" + note.message }
            output += "::\(command(diagnostic.severity)) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }
        return output
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "notice"
        }
    }

    /// Message text: `%`, carriage returns and line feeds are percent-encoded.
    static func escapeData(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case "\r\n": result += "%0D%0A"
            default: result.append(character)
            }
        }
        return result
    }

    /// Property values: as message text, plus `:` and `,` which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingCharacters([":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces single characters by strings (no Foundation needed).
    func replacingCharacters(_ replacements: [Character: String]) -> String {
        var result = ""
        for character in self { result += replacements[character] ?? String(character) }
        return result
    }
}
