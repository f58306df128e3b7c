import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// `slingr-pkg test` output: one line per test and a summary (text), one JSON document, or
/// JUnit XML as CI systems read it. Times are not measured (runs are reproducible), so JUnit
/// `time` attributes are 0.
public struct TestReportRenderer: Sendable {
    public var style: TextStyle
    public var sources: [String: SourceFile]

    public init(style: TextStyle = .plain, sources: [String: SourceFile] = [:]) {
        self.style = style
        self.sources = sources
    }

    // MARK: Text

    public func renderText(_ report: TestRunReport) -> String {
        var text = ""
        for file in report.files where !file.tests.isEmpty || file.loadFailure != nil {
            text += style.bold(file.path) + "\n"
            if let failure = file.loadFailure {
                text += "  " + style.red("FAIL") + "  (loading the file)\n"
                text += details(failure, logs: [])
            }
            for test in file.tests {
                switch test.status {
                case .passed: text += "  " + style.green("pass") + "  " + test.name + "\n"
                case .skipped: text += "  " + style.yellow("skip") + "  " + test.name + "\n"
                case .failed:
                    text += "  " + style.red("FAIL") + "  " + test.name + "\n"
                    if let failure = test.failure { text += details(failure, logs: test.logs) }
                }
            }
        }
        var summary = "\(report.passed) passed, \(report.failed) failed"
        if report.skipped > 0 { summary += ", \(report.skipped) skipped" }
        return text + summary + "\n"
    }

    private func details(_ failure: RunFailure, logs: [LogEntry]) -> String {
        var text = "        " + failure.description + "\n"
        for frame in failure.frames { text += "          \(frame)\n" }
        if let diagnostic = failure.diagnostic, let file = diagnostic.file, let source = sources[file], let location = diagnostic.location,
           location.line <= source.lineCount {
            text += "          | " + source.lineText(location.line).trimmingLeadingSpaces + "\n"
        }
        for log in logs { text += "        [\(log.level.rawValue)] \(log.message)\n" }
        return text
    }

    // MARK: JSON

    public func renderJSON(_ report: TestRunReport) -> String {
        let files: [JSONOutput] = report.files.map { file in
            var members: [(String, JSONOutput)] = [("path", .string(file.path))]
            members.append(("loadError", file.loadFailure.map(Self.json) ?? .null))
            members.append(("tests", .array(file.tests.map { test in
                .object([
                    ("name", .string(test.name)), ("status", .string(test.status.rawValue)),
                    ("error", test.failure.map(Self.json) ?? .null),
                    ("logs", .array(test.logs.map { .object([("level", .string($0.level.rawValue)), ("message", .string($0.message))]) })),
                ])
            })))
            return .object(members)
        }
        let summary: JSONOutput = .object([
            ("tests", .integer(report.total)), ("passed", .integer(report.passed)), ("failed", .integer(report.failed)),
            ("skipped", .integer(report.skipped)),
        ])
        return JSONOutput.object([("files", .array(files)), ("summary", summary)]).rendered(indent: 2) + "\n"
    }

    static func json(_ failure: RunFailure) -> JSONOutput {
        .object([
            ("message", .string(failure.description)),
            ("stack", .array(failure.frames.map { frame in
                .object([("function", .string(frame.function)), ("path", .string(frame.path)),
                         ("line", .integer(frame.line)), ("column", .integer(frame.column))])
            })),
        ])
    }

    // MARK: JUnit

    /// JUnit XML: one `testsuite` per file, a `testcase` per test (`classname` the file), with
    /// `failure` (message and stack) for failed tests, `skipped`, and an `error` test case for a
    /// file that did not load.
    public func renderJUnit(_ report: TestRunReport) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"slingr-pkg test\" tests=\"\(report.total + report.files.filter { $0.loadFailure != nil }.count)\""
        xml += " failures=\"\(report.failed - report.files.filter { $0.loadFailure != nil }.count)\""
        xml += " errors=\"\(report.files.filter { $0.loadFailure != nil }.count)\" skipped=\"\(report.skipped)\" time=\"0\">\n"
        for file in report.files {
            let failures = file.tests.filter { $0.status == .failed }.count
            let skipped = file.tests.filter { $0.status == .skipped }.count
            let errors = file.loadFailure == nil ? 0 : 1
            xml += "  <testsuite name=\"\(Self.escape(file.path))\" tests=\"\(file.tests.count + errors)\" failures=\"\(failures)\""
            xml += " errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"0\">\n"
            if let failure = file.loadFailure {
                xml += "    <testcase name=\"(load)\" classname=\"\(Self.escape(file.path))\" time=\"0\">\n"
                xml += "      <error message=\"\(Self.escape(failure.description))\" type=\"\(Self.escape(Self.errorType(failure)))\">"
                xml += Self.escape(Self.stackText(failure)) + "</error>\n"
                xml += "    </testcase>\n"
            }
            for test in file.tests {
                xml += "    <testcase name=\"\(Self.escape(test.name))\" classname=\"\(Self.escape(file.path))\" time=\"0\""
                switch test.status {
                case .passed:
                    xml += "/>\n"
                case .skipped:
                    xml += ">\n      <skipped/>\n    </testcase>\n"
                case .failed:
                    xml += ">\n"
                    if let failure = test.failure {
                        xml += "      <failure message=\"\(Self.escape(failure.description))\" type=\"\(Self.escape(Self.errorType(failure)))\">"
                        xml += Self.escape(Self.stackText(failure)) + "</failure>\n"
                    }
                    if !test.logs.isEmpty {
                        xml += "      <system-out>" + Self.escape(test.logs.map { "[\($0.level.rawValue)] \($0.message)" }.joined(separator: "\n")) + "</system-out>\n"
                    }
                    xml += "    </testcase>\n"
                }
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    static func errorType(_ failure: RunFailure) -> String {
        guard let colon = failure.description.firstIndex(of: ":") else { return "Error" }
        return String(failure.description[..<colon])
    }

    static func stackText(_ failure: RunFailure) -> String {
        ([failure.description] + failure.frames.map { "    \($0)" }).joined(separator: "\n")
    }

    /// Text for XML attributes and content: markup characters escaped, characters XML 1.0
    /// cannot hold replaced by U+FFFD.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\t", "\r": output += "&#\(scalar.value);"
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xD800...0xDFFF).contains(value) && value != 0xFFFE && value != 0xFFFF
                output.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return output
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " || $0 == "\t" }) }
}
