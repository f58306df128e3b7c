import SlingrDiagnostics
import SlingrJSON

/// One JSON-RPC 2.0 message from the client, read from a frame's body. Anything that is not a
/// well-formed request, notification or response is a `JSONRPCError` to answer with, so the
/// server never has to trust the shape of what it receives.
public enum JSONRPCMessage: Sendable {
    case request(id: JSONOutput, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    /// An answer to a request the server sent (none today; read and dropped).
    case response(id: JSONOutput)

    /// Reads a message body: parse error for text that is not JSON, invalid request for JSON
    /// that is not a JSON-RPC 2.0 message. The error carries the request id when there is one.
    public static func parse(_ body: [UInt8]) -> Result<JSONRPCMessage, JSONRPCFailure> {
        let parsed = JSONParser.parse(SourceFile(path: "<message>", bytes: body))
        guard let value = parsed.value, !parsed.hasErrors else {
            let detail = parsed.diagnostics.first.map { ": \($0.message)" } ?? ""
            return .failure(JSONRPCFailure(id: .null, error: .parseError("the message is not valid JSON\(detail)")))
        }
        guard value.members != nil else {
            let what = value.array != nil ? "a batch (array)" : "a \(value.typeName)"
            return .failure(JSONRPCFailure(id: .null, error: .invalidRequest("a message must be an object, not \(what)")))
        }
        let id: JSONOutput?
        switch value["id"]?.kind {
        case nil: id = nil
        case .string, .number, .null: id = value["id"]?.output
        default: return .failure(JSONRPCFailure(id: .null, error: .invalidRequest("'id' must be a string or a number")))
        }
        guard value["jsonrpc"]?.string == "2.0" else {
            return .failure(JSONRPCFailure(id: id ?? .null, error: .invalidRequest("'jsonrpc' must be \"2.0\"")))
        }
        guard let methodValue = value["method"] else {
            if let id, value["result"] != nil || value["error"] != nil { return .success(.response(id: id)) }
            return .failure(JSONRPCFailure(id: id ?? .null, error: .invalidRequest("the message has no 'method'")))
        }
        guard let method = methodValue.string else {
            return .failure(JSONRPCFailure(id: id ?? .null, error: .invalidRequest("'method' must be a string")))
        }
        // `"params": null` is read as no parameters, which some clients send for `shutdown`.
        let params = value["params"].flatMap { $0.isNull ? nil : $0 }
        if let params, params.members == nil, params.array == nil {
            return .failure(JSONRPCFailure(id: id ?? .null, error: .invalidParams("'params' must be an object or an array")))
        }
        if let id { return .success(.request(id: id, method: method, params: params)) }
        return .success(.notification(method: method, params: params))
    }
}

/// A JSON-RPC error object: its code and message.
public struct JSONRPCError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> JSONRPCError { JSONRPCError(code: -32700, message: message) }
    public static func invalidRequest(_ message: String) -> JSONRPCError { JSONRPCError(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> JSONRPCError { JSONRPCError(code: -32601, message: "unknown method '\(method)'") }
    public static func invalidParams(_ message: String) -> JSONRPCError { JSONRPCError(code: -32602, message: message) }
    public static func internalError(_ message: String) -> JSONRPCError { JSONRPCError(code: -32603, message: message) }
    /// The Language Server Protocol's code for a request before `initialize`.
    public static let serverNotInitialized = JSONRPCError(code: -32002, message: "the server has not been initialized")
    /// The Language Server Protocol's code for a request the document's state makes moot.
    public static func requestFailed(_ message: String) -> JSONRPCError { JSONRPCError(code: -32803, message: message) }
}

/// An error to answer with, and the id of the request it answers (`null` when unknown).
public struct JSONRPCFailure: Error, Sendable {
    public var id: JSONOutput
    public var error: JSONRPCError
}

/// Messages the server writes.
enum JSONRPCOutgoing {
    static func response(id: JSONOutput, result: JSONOutput) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    static func error(id: JSONOutput, _ error: JSONRPCError) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("id", id),
                 ("error", .object([("code", .integer(error.code)), ("message", .string(error.message))]))])
    }

    static func notification(_ method: String, params: JSONOutput) -> JSONOutput {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }
}
