import SlingrJSON
import SlingrPackage
import SlingrScript

/// The HTTP service as packages call it: `dependencies.http.get(options)`, `post`, `put`,
/// `patch`, `delete`, `head`, `options`, `connect`, `trace` (also `svc.http.*`).
///
/// Options: `url` (or `path`), `params` (added to the query string), `headers`, `body` (objects
/// sent as JSON, or form-encoded when the Content-Type says
/// `application/x-www-form-urlencoded`; strings as they are), `authorization` (`{type: 'basic',
/// username, password}` or `{type: 'oauth2', accessToken, headerPrefix}`) and, at the top or
/// under `settings`, `fullResponse` and `followRedirects`. The answer is the reply's body (JSON
/// parsed), or `{status, headers, body}` with `fullResponse`. A reply with status 400 or more
/// throws an error whose `additionalInfo` is `{status, headers, body}`, as the service does.
/// `callbackData` is ignored; `callbacks` with functions (asynchronous requests) are not
/// emulated and fail.
/// Nothing goes to the network: replies come from `HTTPReplies`.
enum HTTPServiceObject {
    static let methods = ["get", "post", "put", "patch", "delete", "head", "options", "connect", "trace"]

    static func make(_ context: ScriptContext, name: String, state: RuntimeState) -> Value {
        let service = context.makeNamespace(member: NotEmulated.members(context, path: "dependencies.\(name)", state: state))
        context.define(service, "_name", context.string(name), enumerable: false)
        for method in methods {
            context.define(service, method, context.makeFunction(method, length: 3) { call in
                try send(method.uppercased(), call, state: state)
            })
        }
        return service
    }

    private static func send(_ method: String, _ call: HostCall, state: RuntimeState) throws -> Value {
        let context = call.context
        let options = call[0]
        // With callbacks the service sends the request later and calls them: not emulated, and
        // never silently skipped.
        if case .object = call[2], context.keys(call[2]).contains(where: { (try? context.get(call[2], $0)).map(context.isCallable) == true }) {
            let name = "dependencies.http.\(method.lowercased()) with callbacks"
            state.journal.notEmulated.append(name)
            throw context.error(.error, NotEmulated.message(name) + " (asynchronous requests)")
        }
        var request = try makeRequest(method, options: options, context)
        if request.url.isEmpty {
            throw context.error(.error, "HTTP \(method.lowercased()): the options have no 'url' or 'path'")
        }
        request.followRedirects = try setting("followRedirects", options, context)
        let (reply, source) = state.replies.answer(request)
        state.journal.exchanges.append(HTTPExchange(request: request, reply: reply, source: source))
        guard let reply else {
            if case .transportFailure(let why) = source {
                throw context.error(.error, "HTTP \(method) \(request.url) failed: \(why)")
            }
            throw context.error(.error, "no HTTP reply for \(method) \(request.url) (add one to the replies file given with --http)")
        }
        let body = replyBody(reply, context)
        let full = context.makeObject()
        context.define(full, "status", .number(Double(reply.status)))
        let headers = context.makeObject()
        for header in reply.headers { context.define(headers, header.name, context.string(header.value)) }
        context.define(full, "headers", headers)
        context.define(full, "body", body)
        if reply.status >= 400 {
            let error = context.makeError(.error, "HTTP \(reply.status) for \(method) \(request.url)")
            context.define(error, "additionalInfo", full)
            context.define(error, "code", context.string("httpError"), enumerable: false)
            throw context.throwing(error)
        }
        if try setting("fullResponse", options, context) { return full }
        return body
    }

    private static func setting(_ name: String, _ options: Value, _ context: ScriptContext) throws -> Bool {
        guard case .object = options else { return false }
        let settings = try context.get(options, "settings")
        if case .object = settings, try context.get(settings, name).isTruthy { return true }
        return try context.get(options, name).isTruthy
    }

    static func makeRequest(_ method: String, options: Value, _ context: ScriptContext) throws -> HTTPRequest {
        guard case .object = options else {
            if case .string = options { return HTTPRequest(method: method, url: try context.toString(options)) }
            return HTTPRequest(method: method, url: "")
        }
        var url = ""
        for key in ["url", "path"] {
            let value = try context.get(options, key)
            if !value.isNullish {
                url = try context.toString(value)
                break
            }
        }
        let params = try context.get(options, "params")
        if case .object = params {
            var query: [String] = []
            for key in context.keys(params) {
                let value = try context.get(params, key)
                if value.isNullish { continue }
                query.append(percentEncoded(key) + "=" + percentEncoded(try context.toString(value)))
            }
            if !query.isEmpty { url += (url.contains("?") ? "&" : "?") + query.joined(separator: "&") }
        }
        var headers: [HTTPHeader] = []
        let headerObject = try context.get(options, "headers")
        if case .object = headerObject {
            for key in context.keys(headerObject) {
                let value = try context.get(headerObject, key)
                if value.isNullish { continue }
                headers.append(HTTPHeader(key, try context.toString(value)))
            }
        }
        let authorization = try context.get(options, "authorization")
        if case .object = authorization {
            let type = try context.toString(try context.get(authorization, "type")).lowercased()
            if type == "basic" {
                let user = try context.toString(try context.get(authorization, "username"))
                let password = try context.toString(try context.get(authorization, "password"))
                headers.append(HTTPHeader("Authorization", "Basic " + ByteEncoding.base64(Array((user + ":" + password).utf8))))
            } else if type == "oauth2" || type == "bearer" || type == "oauth" {
                let token = try context.toString(try context.get(authorization, "accessToken"))
                let prefixValue = try context.get(authorization, "headerPrefix")
                let prefix = prefixValue.isNullish ? "Bearer" : try context.toString(prefixValue)
                headers.append(HTTPHeader("Authorization", prefix.isEmpty ? token : prefix + " " + token))
            }
        }
        var request = HTTPRequest(method: method, url: url, headers: headers)
        let body = try context.get(options, "body")
        switch body {
        case .undefined, .null:
            break
        case .string(let text):
            request.body = text.string
        default:
            let contentType = request.header("Content-Type")?.lowercased() ?? ""
            if contentType.contains("x-www-form-urlencoded"), case .object = body {
                var pairs: [String] = []
                for key in context.keys(body) {
                    pairs.append(percentEncoded(key) + "=" + percentEncoded(try context.toString(try context.get(body, key))))
                }
                request.body = pairs.joined(separator: "&")
            } else {
                request.body = try context.stringify(body) ?? ""
                if request.header("Content-Type") == nil { request.headers.append(HTTPHeader("Content-Type", "application/json")) }
            }
        }
        return request
    }

    /// The reply's body as the package sees it: JSON data, or text parsed as JSON when the
    /// reply says it is JSON, else the text.
    private static func replyBody(_ reply: HTTPReply, _ context: ScriptContext) -> Value {
        if case .string(let text) = reply.body {
            let contentType = reply.headers.first { $0.name.lowercased() == "content-type" }?.value.lowercased() ?? ""
            if contentType.contains("json"), let parsed = try? context.parseJSON(text) { return parsed }
            return context.string(text)
        }
        return context.value(reply.body)
    }

    /// `encodeURIComponent`: everything but letters, digits and `-_.!~*'()` as UTF-8 escapes.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x2E, 0x21, 0x7E, 0x2A, 0x27, 0x28, 0x29:
                output.append(byte)
            default:
                output += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
