import SlingrRuntime
import SlingrVersions

/// Sends a request with `curl` for `--record` (the tool links no HTTP or TLS library): the
/// request body on standard input, the reply's status line and headers and body read back
/// from `curl --include`. Redirects are followed only when the package asked for it.
struct CurlTransport: HTTPTransport {
    var runner: ProcessRunner
    var executable = "curl"

    func send(_ request: HTTPRequest) throws(HTTPTransportError) -> HTTPReply {
        var arguments = ["--silent", "--show-error", "--include", "--request", request.method, "--max-time", "60"]
        if request.followRedirects { arguments.append("--location") }
        for header in request.headers { arguments += ["--header", "\(header.name): \(header.value)"] }
        if request.body != nil { arguments += ["--data-binary", "@-"] }
        arguments += ["--", request.url]
        let output: ProcessOutput
        do {
            output = try runner.run(executable, arguments, input: Array((request.body ?? "").utf8))
        } catch {
            throw HTTPTransportError("cannot run curl: \(error)")
        }
        guard output.status == 0 else {
            let message = String(decoding: output.stderr, as: UTF8.self).trimmingNewlines
            throw HTTPTransportError(message.isEmpty ? "curl failed with status \(output.status)" : message)
        }
        guard let reply = Self.parse(output.stdout) else { throw HTTPTransportError("curl's output is not an HTTP reply") }
        return reply
    }

    /// Splits `curl --include` output: the last header block (after redirects and `100
    /// Continue`) and the body; the body as JSON data when the reply says JSON and parses.
    static func parse(_ bytes: [UInt8]) -> HTTPReply? {
        var rest = bytes[...]
        var reply: HTTPReply?
        while rest.starts(with: Array("HTTP/".utf8)) {
            guard let end = headerEnd(rest) else { return nil }
            let head = String(decoding: rest[rest.startIndex..<end.head], as: UTF8.self)
            var lines = head.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\r\n" || $0 == "\n" }).map(String.init)
            guard !lines.isEmpty else { return nil }
            let statusLine = lines.removeFirst().split(separator: " ")
            guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
            let headers = lines.compactMap { text -> HTTPHeader? in
                var line = Substring(text)
                while line.last == "\r" { line = line.dropLast() }
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let name = String(line[..<colon])
                // Headers about the transfer, not the content, would only make replays differ.
                guard !Self.transferHeaders.contains(name.lowercased()) else { return nil }
                return HTTPHeader(name, String(line[line.index(after: colon)...].drop { $0 == " " }))
            }
            reply = HTTPReply(status: status, headers: headers)
            rest = rest[end.body...]
        }
        guard var result = reply else { return nil }
        let text = String(decoding: rest, as: UTF8.self)
        result.body = .string(text)
        let contentType = result.headers.first { $0.name.lowercased() == "content-type" }?.value.lowercased() ?? ""
        if contentType.contains("json"), let data = RuntimeSetup.json(text, quiet: true) { result.body = data }
        return result
    }

    static let transferHeaders: Set<String> = ["content-length", "transfer-encoding", "connection", "keep-alive", "date"]

    private static func headerEnd(_ bytes: ArraySlice<UInt8>) -> (head: Int, body: Int)? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < bytes.endIndex, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }
}

private extension String {
    var trimmingNewlines: String {
        var text = self
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}
