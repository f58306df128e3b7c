import SlingrScript

/// A request a package made through the HTTP service, as the service would send it.
public struct HTTPRequest: Sendable, Equatable {
    /// Upper case (`GET`, `POST` ...).
    public var method: String
    /// The full URL, query string included.
    public var url: String
    public var headers: [HTTPHeader]
    /// The body as sent (JSON text, form-encoded text or raw text); nil when there is none.
    public var body: String?
    /// Whether the package asked for redirects to be followed.
    public var followRedirects: Bool

    public init(method: String, url: String, headers: [HTTPHeader] = [], body: String? = nil, followRedirects: Bool = false) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.followRedirects = followRedirects
    }

    /// The URL without its query string.
    public var urlWithoutQuery: String {
        guard let mark = url.firstIndex(of: "?") else { return url }
        return String(url[..<mark])
    }

    /// The first header with this name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One header line.
public struct HTTPHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A reply to a request: from a fixture, from the network (`--record`), or the generic one.
public struct HTTPReply: Sendable, Equatable {
    public var status: Int
    public var headers: [HTTPHeader]
    /// JSON data, or a string for other content.
    public var body: HostValue

    public init(status: Int, headers: [HTTPHeader] = [], body: HostValue = .null) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// What every request gets when replies are generic (the corpus check): 200 and `{}`.
    public static let generic = HTTPReply(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: .object([]))
}

/// A request and what answered it, in the order they happened.
public struct HTTPExchange: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// The fixture at this index (0-based) of the replies file.
        case fixture(Int)
        /// A reply a test registered (`http.reply(...)`).
        case testReply
        /// Sent to the network and recorded.
        case recorded
        case generic
        /// Nothing matched: the request failed.
        case unmatched
        /// Sending it failed (`--record`).
        case transportFailure(String)
    }

    public var request: HTTPRequest
    public var reply: HTTPReply?
    public var source: Source

    public init(request: HTTPRequest, reply: HTTPReply?, source: Source) {
        self.request = request
        self.reply = reply
        self.source = source
    }
}

/// Sends requests for real (`--record`). The command line provides one; libraries never open
/// connections themselves.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) throws(HTTPTransportError) -> HTTPReply
}

public struct HTTPTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
