import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// `slingr-pkg run` output: the report as text (sections for logs, events, HTTP exchanges and
/// the result; the failure with its located diagnostic and stack) or as one JSON document.
public struct RunReportRenderer: Sendable {
    public var style: TextStyle
    /// Files the diagnostics point into, for the source line and caret.
    public var sources: [String: SourceFile]

    public init(style: TextStyle = .plain, sources: [String: SourceFile] = [:]) {
        self.style = style
        self.sources = sources
    }

    /// What goes to standard output: logs, events, exchanges, result.
    public func renderText(_ report: RunReport) -> String {
        var text = ""
        if !report.logs.isEmpty {
            text += "logs:\n"
            for log in report.logs { text += "  [\(log.level.rawValue)] " + indented(log.message, by: 4) + "\n" }
        }
        if !report.events.isEmpty {
            text += "events:\n"
            for event in report.events { text += "  \(event.name) \(compact(event.data))\n" }
        }
        if !report.exchanges.isEmpty {
            text += "http:\n"
            for exchange in report.exchanges { text += "  " + Self.summary(exchange) + "\n" }
        }
        if let result = report.resultText {
            text += "result:\n" + result + "\n"
        }
        return text
    }

    /// What goes to standard error: problems, unmatched requests with a fixture to paste, and
    /// the failure with its stack.
    public func renderErrors(_ report: RunReport) -> String {
        let renderer = DiagnosticTextRenderer(style: style, sources: sources)
        var text = ""
        if !report.problems.isEmpty { text += renderer.render(report.problems) }
        for exchange in report.exchanges where exchange.source == .unmatched {
            let fixture = HTTPFixture.suggestion(for: exchange.request, reply: HTTPReply.generic)
            text += style.severity(.error) + ": no reply for \(exchange.request.method) \(exchange.request.url); "
                + "add this to the replies file (--http) [\(HTTPNoReplyRule.description.id)]\n"
            text += indented(fixture.jsonOutput.rendered(indent: 2), by: 2, first: true) + "\n"
        }
        if let failure = report.failure {
            if let diagnostic = failure.diagnostic {
                text += renderer.render(diagnostic)
            } else {
                text += "error: \(failure.description)\n"
            }
            for frame in failure.frames { text += "    \(frame)\n" }
        }
        return text
    }

    /// `GET https://... -> 200 (reply 1)`.
    static func summary(_ exchange: HTTPExchange) -> String {
        let request = "\(exchange.request.method) \(exchange.request.url)"
        let status = exchange.reply.map { String($0.status) } ?? "no reply"
        return "\(request) -> \(status) (\(sourceLabel(exchange.source)))"
    }

    /// Where a reply came from, in words.
    static func sourceLabel(_ source: HTTPExchange.Source) -> String {
        switch source {
        case .fixture(let index): return "reply \(index + 1)"
        case .testReply: return "test reply"
        case .recorded: return "recorded"
        case .generic: return "generic reply"
        case .unmatched: return "no matching reply"
        case .transportFailure(let why): return why
        }
    }

    private func compact(_ value: HostValue) -> String {
        ConfigurationValues.jsonOutput(value).rendered(indent: 0)
    }

    private func indented(_ text: String, by count: Int, first: Bool = false) -> String {
        let pad = String(repeating: " ", count: count)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in (index == 0 && !first ? "" : pad) + line }.joined(separator: "\n")
    }

    // MARK: JSON

    public func renderJSON(_ report: RunReport) -> String {
        var members: [(String, JSONOutput)] = [("target", .string(report.target)), ("ok", .bool(report.failure == nil))]
        members.append(("result", report.result.map(ConfigurationValues.jsonOutput) ?? .null))
        members.append(("logs", .array(report.logs.map { .object([("level", .string($0.level.rawValue)), ("message", .string($0.message))]) })))
        members.append(("events", .array(report.events.map { event in
            var entry: [(String, JSONOutput)] = [("name", .string(event.name)), ("data", ConfigurationValues.jsonOutput(event.data))]
            if let problem = event.problem { entry.append(("problem", .string(problem))) }
            return .object(entry)
        })))
        members.append(("http", .array(report.exchanges.map(Self.json))))
        members.append(("notEmulated", .array(report.notEmulated.map(JSONOutput.string))))
        members.append(("problems", .array(report.problems.map { DiagnosticJSONRenderer.object($0) })))
        if let failure = report.failure {
            var entry: [(String, JSONOutput)] = [("message", .string(failure.description))]
            if let diagnostic = failure.diagnostic { entry.append(("diagnostic", DiagnosticJSONRenderer.object(diagnostic))) }
            entry.append(("stack", .array(failure.frames.map { frame in
                .object([("function", .string(frame.function)), ("path", .string(frame.path)),
                         ("line", .integer(frame.line)), ("column", .integer(frame.column))])
            })))
            if let thrown = failure.thrown { entry.append(("thrown", ConfigurationValues.jsonOutput(thrown))) }
            members.append(("error", .object(entry)))
        } else {
            members.append(("error", .null))
        }
        return JSONOutput.object(members).rendered(indent: 2) + "\n"
    }

    static func json(_ exchange: HTTPExchange) -> JSONOutput {
        var request: [(String, JSONOutput)] = [("method", .string(exchange.request.method)), ("url", .string(exchange.request.url))]
        request.append(("headers", .object(exchange.request.headers.map { ($0.name, .string($0.value)) })))
        request.append(("body", exchange.request.body.map(JSONOutput.string) ?? .null))
        var entry: [(String, JSONOutput)] = [("request", .object(request))]
        if let reply = exchange.reply {
            entry.append(("response", .object([
                ("status", .integer(reply.status)),
                ("headers", .object(reply.headers.map { ($0.name, .string($0.value)) })),
                ("body", ConfigurationValues.jsonOutput(reply.body)),
            ])))
        } else {
            entry.append(("response", .null))
        }
        entry.append(("source", .string(sourceLabel(exchange.source))))
        return .object(entry)
    }
}
