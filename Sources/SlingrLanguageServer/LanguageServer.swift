import Dispatch
import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// A Language Server Protocol server for Slingr packages: the editor front of the same lint
/// engine, rule catalogue and descriptor shapes the command line uses.
///
/// The caller feeds it the bytes it reads (`receive`) and gives it a function that writes bytes
/// (`send`); the server never prints, exits or reads anything but files through its file
/// system. Unsaved documents live in an overlay over that file system, so every rule (cross-file
/// ones included) sees what the editor shows.
///
/// All state is confined to one serial queue: `receive` runs there synchronously, and debounced
/// lint runs are queued there, so state is never touched by two threads at once.
public final class LanguageServer: @unchecked Sendable {
    public struct Options: Sendable {
        /// The rules that may be configured and explained (the command line passes the complete
        /// catalogue).
        public var catalogue: RuleCatalogue
        /// Quiet time after a change before the package is linted again, so a burst of
        /// keystrokes costs one run; 0 lints at the end of each batch of messages received.
        public var debounceMilliseconds: Int
        /// Reported in `initialize` as `serverInfo.version`.
        public var version: String

        public init(catalogue: RuleCatalogue = .package, debounceMilliseconds: Int = 0, version: String = "") {
            self.catalogue = catalogue
            self.debounceMilliseconds = debounceMilliseconds
            self.version = version
        }
    }

    /// What `receive` leaves the server in.
    public enum Status: Sendable, Equatable {
        case running
        /// The client sent `exit`: 0 after a `shutdown`, 1 without one (as the protocol says).
        case exited(Int32)
    }

    let options: Options
    let overlay: OverlayFileSystem
    private let send: @Sendable ([UInt8]) -> Void
    private let queue = DispatchQueue(label: "slingr-pkg.lsp")
    private var reader = MessageFrameReader()
    private var status = Status.running

    var isInitialized = false
    var isShuttingDown = false
    /// Open documents by URI.
    var documents: [String: OpenDocument] = [:]
    /// Packages whose findings are out of date, and the standalone descriptors to validate.
    var staleRoots: Set<String> = []
    var lintScheduled = false
    /// The client can watch files for the server (and tell it with didChangeWatchedFiles).
    var watchesFiles = false
    private var lastChange = DispatchTime.now()
    /// The findings last published, by package root (or standalone file path).
    var findings: [String: PackageFindings] = [:]
    /// What each package declares (names, fields, libraries), read once per change.
    var outlines: [String: PackageOutline] = [:]
    let shapes: DescriptorShapes

    public init(options: Options, fileSystem: any FileSystem, send: @escaping @Sendable ([UInt8]) -> Void) {
        self.options = options
        overlay = OverlayFileSystem(base: fileSystem)
        shapes = DescriptorShapes(catalogue: options.catalogue)
        self.send = send
    }

    /// Reads client bytes: every complete message is answered in order; a frame or message that
    /// cannot be used gets a JSON-RPC error and the server goes on.
    public func receive<Bytes: Sequence & Sendable>(_ bytes: Bytes) -> Status where Bytes.Element == UInt8 {
        queue.sync {
            guard status == .running else { return status }
            reader.append(bytes)
            while status == .running, let item = reader.next() {
                switch item {
                case .message(let body): handle(body)
                case .invalidFrame(let problem):
                    write(JSONRPCOutgoing.error(id: .null, .parseError("unusable message frame: \(problem)")))
                }
            }
            if status == .running, options.debounceMilliseconds == 0 { lintStaleRoots() }
            return status
        }
    }

    /// The input ended without `exit`: the status to leave with (0 after `shutdown`).
    public func endOfInput() -> Int32 {
        queue.sync { isShuttingDown ? 0 : 1 }
    }

    /// Waits until queued work (debounced lint runs already due) is done; for tests and the
    /// benchmark.
    public func waitUntilIdle() {
        queue.sync {}
    }

    // MARK: Dispatch

    private func handle(_ body: [UInt8]) {
        let message: JSONRPCMessage
        switch JSONRPCMessage.parse(body) {
        case .failure(let failure):
            write(JSONRPCOutgoing.error(id: failure.id, failure.error))
            return
        case .success(let parsed):
            message = parsed
        }
        switch message {
        case .response:
            return
        case .notification(let method, let params):
            handleNotification(method, params: params)
        case .request(let id, let method, let params):
            do throws(JSONRPCError) {
                let result = try handleRequest(method, params: params)
                write(JSONRPCOutgoing.response(id: id, result: result))
            } catch {
                write(JSONRPCOutgoing.error(id: id, error))
            }
        }
    }

    private func handleRequest(_ method: String, params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
        if method == "initialize" { return try initialize(params) }
        guard isInitialized else { throw .serverNotInitialized }
        guard !isShuttingDown else { throw .invalidRequest("the server is shutting down") }
        // Answers about documents use findings of the text as it is now.
        if !staleRoots.isEmpty { lintStaleRoots() }
        switch method {
        case "shutdown":
            isShuttingDown = true
            return .null
        case "textDocument/codeAction": return try codeActions(params)
        case "textDocument/completion": return try completion(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/definition": return try definition(params)
        default: throw .methodNotFound(method)
        }
    }

    private func handleNotification(_ method: String, params: JSONValue?) {
        if method == "exit" {
            status = .exited(isShuttingDown ? 0 : 1)
            return
        }
        // Before `initialize` and after `shutdown`, notifications are dropped (the protocol's
        // rule); so are unknown ones and `$/` ones the server has no use for.
        guard isInitialized, !isShuttingDown else { return }
        switch method {
        case "initialized": registerFileWatchers()
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave": didSave(params)
        case "textDocument/didClose": didClose(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: return
        }
    }

    private func initialize(_ params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
        guard !isInitialized else { throw .invalidRequest("'initialize' was already received") }
        guard let params, params.members != nil else { throw .invalidParams("'initialize' needs an object of parameters") }
        isInitialized = true
        watchesFiles = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool == true
        let capabilities: JSONOutput = .object([
            ("positionEncoding", .string("utf-16")),
            ("textDocumentSync", .object([("openClose", .bool(true)), ("change", .integer(1)), ("save", .object([("includeText", .bool(true))]))])),
            ("completionProvider", .object([("triggerCharacters", .array([".", "\"", ":"].map(JSONOutput.string)))])),
            ("hoverProvider", .bool(true)),
            ("definitionProvider", .bool(true)),
            ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix"), .string("source.fixAll")]))])),
            // Each document's package is found from its own folder, so any number of workspace
            // folders (each with any number of packages) works without tracking them.
            ("workspace", .object([("workspaceFolders", .object([("supported", .bool(true))]))])),
        ])
        return .object([
            ("capabilities", capabilities),
            ("serverInfo", .object([("name", .string("slingr-pkg")), ("version", .string(options.version))])),
        ])
    }

    /// Asks the client to report changes of package files made outside the editor (a `git
    /// checkout`, another tool), so findings of files that are not open stay current. The
    /// client's answer is read and dropped like any response.
    private func registerFileWatchers() {
        guard watchesFiles else { return }
        let watchers: JSONOutput = .array(["**/*.json", "**/*.js", "**/*.png"].map { .object([("globPattern", .string($0))]) })
        write(.object([
            ("jsonrpc", .string("2.0")), ("id", .string("slingr-pkg/watch-files")), ("method", .string("client/registerCapability")),
            ("params", .object([("registrations", .array([.object([
                ("id", .string("slingr-pkg/watch-files")), ("method", .string("workspace/didChangeWatchedFiles")),
                ("registerOptions", .object([("watchers", watchers)])),
            ])]))])),
        ]))
    }

    // MARK: Output

    func write(_ message: JSONOutput) {
        send(MessageFrameReader.frame(Array(message.rendered(indent: 0).utf8)))
    }

    func notify(_ method: String, _ params: JSONOutput) {
        write(JSONRPCOutgoing.notification(method, params: params))
    }

    /// Lints the stale packages once no change has come for the quiet time (one pending run
    /// at a time; each change moves the deadline).
    func scheduleLint() {
        lastChange = .now()
        guard options.debounceMilliseconds > 0, !lintScheduled, !staleRoots.isEmpty else { return }
        lintScheduled = true
        queue.asyncAfter(deadline: lastChange + .milliseconds(options.debounceMilliseconds)) { [self] in quietTimeElapsed() }
    }

    private func quietTimeElapsed() {
        let due = lastChange + .milliseconds(options.debounceMilliseconds)
        if DispatchTime.now() < due {
            queue.asyncAfter(deadline: due) { [self] in quietTimeElapsed() }
            return
        }
        lintScheduled = false
        guard status == .running else { return }
        lintStaleRoots()
    }
}
