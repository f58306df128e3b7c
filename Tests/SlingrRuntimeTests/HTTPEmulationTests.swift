import SlingrDiagnostics
import SlingrPackage
import SlingrScript
import Testing
@testable import SlingrRuntime

/// The HTTP service emulation: how options become requests, how replies are chosen and how
/// they come back to the package.
@Suite("HTTP emulation")
struct HTTPEmulationTests {
    static func options(_ replies: String) -> RuntimeOptions {
        var options = RuntimeOptions()
        let (fixtures, diagnostics) = HTTPFixtureFile.read(SourceFile(path: "replies.json", text: replies))
        #expect(diagnostics.isEmpty)
        options.fixtures = fixtures
        return options
    }

    @Test("options become a request: params, headers, JSON and form bodies, authorization")
    func requests() throws {
        let report = try PackageRuntimeTests.call("""
            exports.f = function () {
                dependencies.http.get({url: 'https://x.test/a', params: {q: 'a b&c', n: 2, skip: null}, headers: {Accept: 'text/plain'}});
                dependencies.http.post({url: 'https://x.test/b', body: {a: [1]}, authorization: {type: 'basic', username: 'u', password: 'p'}});
                svc.http.put({url: 'https://x.test/c', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: {k: 'v w'},
                              authorization: {type: 'oauth2', accessToken: 't'}});
                return dependencies.http._name;
            };
            """, options: Self.options("[{\"request\": {\"url\": \"https://x.test/*\"}, \"response\": {\"status\": 200, \"body\": {}}}]"))
        #expect(report.failure == nil)
        #expect(report.result == "http")
        let requests = report.exchanges.map(\.request)
        #expect(requests.map(\.url) == ["https://x.test/a?q=a%20b%26c&n=2", "https://x.test/b", "https://x.test/c"])
        #expect(requests.map(\.method) == ["GET", "POST", "PUT"])
        #expect(requests[0].headers == [HTTPHeader("Accept", "text/plain")])
        #expect(requests[1].body == "{\"a\":[1]}")
        #expect(requests[1].header("authorization") == "Basic dTpw")
        #expect(requests[1].header("Content-Type") == "application/json")
        #expect(requests[2].body == "k=v%20w")
        #expect(requests[2].header("Authorization") == "Bearer t")
    }

    @Test("replies: first match by method, URL pattern and body; bodies, fullResponse and errors")
    func replies() throws {
        let replies = """
        {"replies": [
          {"request": {"method": "POST", "url": "https://x.test/items", "body": {"kind": "a"}}, "response": {"status": 201, "body": {"id": 1}}},
          {"request": {"method": "POST", "url": "https://x.test/items"}, "response": {"status": 422, "headers": {"X-Why": "kind"}, "body": {"error": "kind"}}},
          {"request": {"url": "https://x.test/text?*"}, "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": "{\\"parsed\\": true}"}},
          {"request": {"url": "https://x.test/plain"}, "response": {"body": "hello"}}
        ]}
        """
        let report = try PackageRuntimeTests.call("""
            exports.f = function () {
                var created = dependencies.http.post({url: 'https://x.test/items', body: {kind: 'a', extra: 1}});
                var full = dependencies.http.post({url: 'https://x.test/items', body: {kind: 'a'}, settings: {fullResponse: true}});
                var status, why, body;
                try { dependencies.http.post({url: 'https://x.test/items', body: {kind: 'b'}}); }
                catch (e) { status = e.additionalInfo.status; why = e.additionalInfo.headers['X-Why']; body = e.additionalInfo.body.error; }
                var text = dependencies.http.get({url: 'https://x.test/text', params: {a: 1}});
                var plain = dependencies.http.get('https://x.test/plain');
                return [created.id, full.status, full.body.id, status, why, body, text.parsed, plain];
            };
            """, options: Self.options(replies))
        #expect(report.result == [1, 201, 1, 422, "kind", "kind", true, "hello"])
        #expect(report.exchanges.map(\.source) == [.fixture(0), .fixture(0), .fixture(1), .fixture(2), .fixture(3)])
    }

    @Test("a request no reply matches fails and is recorded as unmatched")
    func unmatched() throws {
        let report = try PackageRuntimeTests.call("exports.f = function () { return dependencies.http.delete({url: 'https://x.test/z'}); };",
                                                  options: Self.options("[]"))
        #expect(report.failure?.description == "Error: no HTTP reply for DELETE https://x.test/z (add one to the replies file given with --http)")
        #expect(report.exchanges.map(\.source) == [.unmatched])
        let suggestion = HTTPFixture.suggestion(for: report.exchanges[0].request, reply: .generic)
        #expect(suggestion.matches(report.exchanges[0].request))
        let pasted = HTTPFixtureFile.read(SourceFile(path: "r.json", text: HTTPFixtureFile.render([suggestion])))
        #expect(pasted.fixtures == [suggestion])
    }

    @Test("URL patterns: * spans anything, the query is ignored unless the pattern has one")
    func patterns() {
        let request = HTTPRequest(method: "GET", url: "https://x.test/a/b?c=1")
        func matches(_ pattern: String) -> Bool { HTTPFixture(method: nil, urlPattern: pattern, reply: .generic).matches(request) }
        #expect(matches("https://x.test/a/b"))
        #expect(matches("https://x.test/*"))
        #expect(matches("*/b"))
        #expect(matches("https://x.test/a/b?c=1"))
        #expect(matches("https://x.test/a/b?*"))
        #expect(!matches("https://x.test/a/b?c=2"))
        #expect(!matches("https://x.test/a"))
        #expect(HTTPFixture.wildcardMatch(Array(String(repeating: "*a", count: 2000).utf8), Array(String(repeating: "a", count: 100_000).utf8)))
    }

    @Test("replies files report their problems with locations")
    func badFiles() {
        let (fixtures, diagnostics) = HTTPFixtureFile.read(SourceFile(path: "r.json", text: "[{\"request\": {}}, {\"request\": {\"url\": \"u\"}, \"response\": {\"status\": 99}}, 3]"))
        #expect(fixtures.isEmpty)
        #expect(diagnostics.map(\.message) == ["'request' needs a 'url' pattern string", "'status' must be an HTTP status code", "a reply is an object with 'request' and 'response'"])
        #expect(diagnostics.map { $0.location?.column } == [14, 68, 74])
    }

    @Test("generic mode answers every request 200 {}")
    func generic() throws {
        var options = RuntimeOptions()
        options.http = .generic
        let report = try PackageRuntimeTests.call("exports.f = function () { return dependencies.http.get({url: 'https://anything'}); };", options: options)
        #expect(report.result == .object([]))
    }

    @Test("asynchronous requests with callbacks fail as not emulated; callbackData alone is fine")
    func callbacks() throws {
        var options = RuntimeOptions()
        options.http = .generic
        let report = try PackageRuntimeTests.call("""
            exports.f = function () {
                dependencies.http.get({url: 'https://x.test'}, {id: 1});
                dependencies.http.get({url: 'https://x.test'}, {id: 1}, {success: function () {}});
            };
            """, options: options)
        #expect(report.failure?.description == "Error: not emulated: dependencies.http.get with callbacks (asynchronous requests)")
        #expect(report.exchanges.count == 1)
    }
}
