import SlingrScript

/// Answers the requests of a run: replies a test registered first (newest first), then the
/// replies file in order; or, recording, the network; or, in generic mode, 200 and `{}`.
final class HTTPReplies {
    enum Mode {
        case fixtures
        case record(any HTTPTransport)
        case generic
    }

    let mode: Mode
    let fixtures: [HTTPFixture]
    /// Replies registered by the running test (`http.reply`), cleared between tests.
    var testReplies: [HTTPFixture] = []
    /// What `--record` saw, in order.
    private(set) var recorded: [HTTPFixture] = []

    init(mode: Mode, fixtures: [HTTPFixture]) {
        self.mode = mode
        self.fixtures = fixtures
    }

    func answer(_ request: HTTPRequest) -> (reply: HTTPReply?, source: HTTPExchange.Source) {
        for fixture in testReplies.reversed() where fixture.matches(request) { return (fixture.reply, .testReply) }
        switch mode {
        case .generic:
            return (HTTPReply.generic, .generic)
        case .record(let transport):
            do {
                let reply = try transport.send(request)
                recorded.append(HTTPFixture.suggestion(for: request, reply: reply))
                return (reply, .recorded)
            } catch {
                return (nil, .transportFailure(error.message))
            }
        case .fixtures:
            for (index, fixture) in fixtures.enumerated() where fixture.matches(request) { return (fixture.reply, .fixture(index)) }
            return (nil, .unmatched)
        }
    }
}
