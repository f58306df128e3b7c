import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrScript

/// The globals test files get besides the package's: the JavaScript half (`TestPrelude`) and
/// host functions reading the runtime's journal for the running test:
///
/// - `http.reply(request, response)` or `http.reply({request, response})`: a reply for this test
///   only, in the replies-file format (`request` may be `'GET https://...'`), checked before the
///   replies file; `http.requests()`: this test's requests as `{method, url, headers, body}`;
/// - `logs()`: `[{level, message}]`, `events()`: `[{name, data}]` of this test; `storage()`: all
///   stored documents as one object (each test starts from the `--storage` file, or empty);
/// - `runStep(name, inputs)`: runs a flow step as `run step` does (step.json defaults applied);
///   `runListener(name, event)`: calls a listener's callback; `webhookEvent(body, headers)`: the
///   event a webhook listener receives (a body object is sent as its JSON).
enum TestAPI {
    static let names = ["test", "it", "describe", "beforeEach", "afterEach", "expect"]

    /// Installs the API as globals; answers the prelude's object (with `__tests` and `__run`).
    static func install(in runtime: PackageRuntime) throws(ScriptError) -> Value {
        let interpreter = runtime.interpreter
        let context = interpreter.context
        let api = context.makeObject()
        let parsed = JavaScriptParser.parseProgram(TestPrelude.source, path: TestPrelude.path)
        guard parsed.errors.isEmpty else {
            throw ScriptError(kind: .syntaxError, name: "SyntaxError", message: "the test API failed to compile: \(parsed.errors)")
        }
        let module = try ScriptInterpreter.compileModule(parsed.tree, parameters: ["api"], path: TestPrelude.path)
        _ = try interpreter.call(interpreter.instantiate(module), this: .undefined, arguments: [api])
        for name in names {
            interpreter.setGlobal(name, value: (try? context.get(api, name)) ?? .undefined)
        }
        let state = runtime.state
        interpreter.setGlobal("http", value: http(context, state: state))
        interpreter.setGlobal("logs", value: context.makeFunction("logs") { call in
            call.context.value(.array(state.journal.logs[state.testStart.logs...].map { ["level": .string($0.level.rawValue), "message": .string($0.message)] }))
        })
        interpreter.setGlobal("events", value: context.makeFunction("events") { call in
            call.context.value(.array(state.journal.events[state.testStart.events...].map { ["name": .string($0.name), "data": $0.data] }))
        })
        interpreter.setGlobal("storage", value: context.makeFunction("storage") { call in
            call.context.value(.object(state.journal.storage.entries.map { (key: $0.key, value: $0.value) }))
        })
        let main = runtime.main
        interpreter.setGlobal("runStep", value: context.makeFunction("runStep", length: 2) { [unowned runtime] call in
            let name = try call.context.toString(call[0])
            guard let step = main.layout.step(name) else {
                throw call.context.error(.referenceError, PackageRuntime.unknownStepMessage(name, layout: main.layout))
            }
            let function = try main.stepFunction(step, call.context)
            let inputs = runtime.stepInputs(step, given: call.context.hostValue(call[1]))
            return try call.context.call(function, this: main.steps, [call.context.value(inputs)])
        })
        interpreter.setGlobal("runListener", value: context.makeFunction("runListener", length: 2) { call in
            let name = try call.context.toString(call[0])
            let listener = try main.listener(name, call.context)
            let callback = try call.context.get(listener, "callback")
            return try call.context.call(callback, this: listener, [call[1]])
        })
        interpreter.setGlobal("webhookEvent", value: context.makeFunction("webhookEvent", length: 2) { call in
            var body = ""
            if case .string(let text) = call[0] { body = text.string } else if !call[0].isNullish { body = try call.context.stringify(call[0]) ?? "" }
            let headers = call[1].isNullish ? HostValue.object([]) : call.context.hostValue(call[1])
            return call.context.value(WebhookEvent.make(body: body, headers: headers))
        })
        return api
    }

    private static func http(_ context: ScriptContext, state: RuntimeState) -> Value {
        let http = context.makeObject()
        context.define(http, "reply", context.makeFunction("reply", length: 2) { call in
            var entry: Value = call[0]
            var isWholeEntry = false
            if call[1].isUndefined, case .object = call[0] { isWholeEntry = !(try call.context.get(call[0], "request")).isUndefined }
            if !isWholeEntry {
                let request: Value
                if case .string(let text) = call[0] {
                    let words = text.string.split(separator: " ", maxSplits: 1).map(String.init)
                    request = call.context.makeObject()
                    if words.count == 2 {
                        call.context.define(request, "method", call.context.string(words[0]))
                        call.context.define(request, "url", call.context.string(words[1]))
                    } else {
                        call.context.define(request, "url", call.context.string(text.string))
                    }
                } else {
                    request = call[0]
                }
                entry = call.context.makeObject()
                call.context.define(entry, "request", request)
                call.context.define(entry, "response", call[1].isUndefined ? call.context.makeObject() : call[1])
            }
            let text = try call.context.stringify(call.context.makeArray([entry])) ?? "[]"
            let (fixtures, diagnostics) = HTTPFixtureFile.read(SourceFile(path: "http.reply", text: text))
            if let problem = diagnostics.first {
                throw call.context.error(.typeError, "http.reply: " + problem.message)
            }
            state.replies.testReplies += fixtures
            return .undefined
        })
        context.define(http, "requests", context.makeFunction("requests") { call in
            call.context.value(.array(state.journal.exchanges[state.testStart.exchanges...].map { exchange in
                [
                    "method": .string(exchange.request.method), "url": .string(exchange.request.url),
                    "headers": .object(exchange.request.headers.map { (key: $0.name, value: HostValue.string($0.value)) }),
                    "body": exchange.request.body.map(HostValue.string) ?? .null,
                ]
            }))
        })
        return http
    }
}
