import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrScript

/// A replies file (`--http FILE`, `--record FILE`): `{"replies": [fixture, ...]}` or a bare
/// array of fixtures (see `HTTPFixture`). Reading reports every problem with its location.
public enum HTTPFixtureFile {
    /// Rule id of a malformed replies file.
    public static let ruleId = HTTPRepliesFileRule.description.id

    public static func read(_ source: SourceFile) -> (fixtures: [HTTPFixture], diagnostics: [Diagnostic]) {
        let parsed = JSONParser.parse(source)
        var diagnostics = parsed.diagnostics
        guard let document = parsed.value else { return ([], diagnostics) }
        func problem(_ message: String, _ value: JSONValue) {
            diagnostics.append(Diagnostic(ruleId: ruleId, severity: .error, message: message, in: source, range: value.range))
        }
        var entries: [JSONValue] = []
        if case .array(let items) = document.kind {
            entries = items
        } else if let replies = document["replies"], case .array(let items) = replies.kind {
            entries = items
        } else {
            problem("a replies file is an array of replies or an object with a 'replies' array", document)
            return ([], diagnostics)
        }
        var fixtures: [HTTPFixture] = []
        for entry in entries {
            guard case .object = entry.kind else {
                problem("a reply is an object with 'request' and 'response'", entry)
                continue
            }
            guard let request = entry["request"], case .object = request.kind else {
                problem("reply without a 'request' object", entry)
                continue
            }
            guard let url = request["url"], case .string(let pattern) = url.kind else {
                problem("'request' needs a 'url' pattern string", request)
                continue
            }
            var method: String?
            if let value = request["method"] {
                guard case .string(let text) = value.kind else {
                    problem("'method' must be a string", value)
                    continue
                }
                method = text.uppercased()
            }
            var status = 200
            var headers: [HTTPHeader] = []
            var body: HostValue = .null
            if let response = entry["response"] {
                guard case .object = response.kind else {
                    problem("'response' must be an object", response)
                    continue
                }
                if let value = response["status"] {
                    guard case .number(let number) = value.kind, let code = number.double.flatMap({ Int(exactly: $0) }), (100...599).contains(code) else {
                        problem("'status' must be an HTTP status code", value)
                        continue
                    }
                    status = code
                }
                if let value = response["headers"] {
                    guard case .object(let members) = value.kind else {
                        problem("'headers' must be an object of strings", value)
                        continue
                    }
                    for member in members {
                        if case .string(let text) = member.value.kind {
                            headers.append(HTTPHeader(member.key, text))
                        } else {
                            problem("header '\(member.key)' must be a string", member.value)
                        }
                    }
                }
                if let value = response["body"] { body = ConfigurationValues.hostValue(value) }
            }
            let requestBody = request["body"].map(ConfigurationValues.hostValue)
            fixtures.append(HTTPFixture(method: method, urlPattern: pattern, body: requestBody,
                                        reply: HTTPReply(status: status, headers: headers, body: body)))
        }
        return (fixtures, diagnostics)
    }

    /// The file's text for `fixtures` (what `--record` writes).
    public static func render(_ fixtures: [HTTPFixture]) -> String {
        JSONOutput.object([("replies", .array(fixtures.map(\.jsonOutput)))]).rendered(indent: 2) + "\n"
    }
}
