import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrScript

/// One canned reply of a replies file: which requests it answers and what it answers.
///
/// ```json
/// {"request": {"method": "POST", "url": "https://api.example.com/v1/contacts*", "body": {"name": "Ada"}},
///  "response": {"status": 201, "headers": {"Content-Type": "application/json"}, "body": {"id": "c1"}}}
/// ```
/// `method` defaults to any method; `url` is a pattern where `*` matches any run of
/// characters (a pattern without `?` ignores the query string); `body`, when given, must be
/// contained in the request's JSON body (objects member by member, other values equal) or, for a
/// string, equal the body text.
public struct HTTPFixture: Sendable, Equatable {
    public var method: String?
    public var urlPattern: String
    public var body: HostValue?
    public var reply: HTTPReply

    public init(method: String?, urlPattern: String, body: HostValue? = nil, reply: HTTPReply) {
        self.method = method
        self.urlPattern = urlPattern
        self.body = body
        self.reply = reply
    }

    public func matches(_ request: HTTPRequest) -> Bool {
        if let method, method.uppercased() != request.method { return false }
        let target = urlPattern.contains("?") ? request.url : request.urlWithoutQuery
        guard Self.wildcardMatch(Array(urlPattern.utf8), Array(target.utf8)) else { return false }
        guard let body else { return true }
        guard let text = request.body else { return false }
        if case .string(let expected) = body { return expected == text }
        let parsed = JSONParser.parse(text, path: "<body>")
        guard !parsed.hasErrors, let document = parsed.value else { return false }
        return Self.contains(ConfigurationValues.hostValue(document), body, depth: 0)
    }

    /// `*` matches any run of bytes; linear-time greedy matching with one backtrack point.
    static func wildcardMatch(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0, t = 0
        var star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == 0x2A {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == 0x2A { p += 1 }
        return p == pattern.count
    }

    /// Whether `actual` contains `expected`: objects member by member, arrays element by element.
    static func contains(_ actual: HostValue, _ expected: HostValue, depth: Int) -> Bool {
        guard depth < 64 else { return false }
        switch (actual, expected) {
        case (.object, .object(let members)):
            return members.allSatisfy { member in
                guard let value = actual[member.key] else { return false }
                return contains(value, member.value, depth: depth + 1)
            }
        case (.array(let items), .array(let expectedItems)):
            return items.count == expectedItems.count
                && zip(items, expectedItems).allSatisfy { contains($0, $1, depth: depth + 1) }
        default:
            return actual == expected
        }
    }

    /// The fixture that would answer `request` with `reply` exactly, as JSON to paste into a
    /// replies file.
    public static func suggestion(for request: HTTPRequest, reply: HTTPReply) -> HTTPFixture {
        var body: HostValue?
        if let text = request.body {
            let parsed = JSONParser.parse(text, path: "<body>")
            if !parsed.hasErrors, let document = parsed.value { body = ConfigurationValues.hostValue(document) } else { body = .string(text) }
        }
        return HTTPFixture(method: request.method, urlPattern: request.url, body: body, reply: reply)
    }

    /// The fixture as a replies-file entry.
    public var jsonOutput: JSONOutput {
        var request: [(String, JSONOutput)] = []
        if let method { request.append(("method", .string(method))) }
        request.append(("url", .string(urlPattern)))
        if let body { request.append(("body", ConfigurationValues.jsonOutput(body))) }
        var response: [(String, JSONOutput)] = [("status", .integer(reply.status))]
        if !reply.headers.isEmpty {
            response.append(("headers", .object(reply.headers.map { ($0.name, .string($0.value)) })))
        }
        response.append(("body", ConfigurationValues.jsonOutput(reply.body)))
        return .object([("request", .object(request)), ("response", .object(response))])
    }
}
