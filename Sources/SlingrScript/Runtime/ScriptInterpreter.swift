import SlingrDiagnostics

/// The sandboxed JavaScript interpreter: one realm (built-ins and globals) set up from a
/// `SlingrEnvironment`, evaluating expressions, statement lists and scripts within `Limits`.
///
/// The sandbox has no file, network, clock, timer or environment access: `Date` answers the
/// environment's fixed time (local time is UTC), `Math.random` is seeded, and `eval`/`Function`,
/// `require`, `process`, `fetch`, timers and browser globals (`window`, `document`, `screen`,
/// `URLSearchParams`) do not exist, so code using them fails with
/// `ReferenceError: window is not defined`. `console.*` and `sys.logs.*` are recorded (`logs`).
///
/// Language: ES2020 expressions and statements as configuration code uses them, with V8's
/// semantics and error wording: sloppy-mode scripts (strict functions honour "use strict"),
/// closures, `var` hoisting, `let`/`const` with the temporal dead zone, destructuring, spread,
/// default and rest parameters, arrow functions, getters/setters, optional chaining, `??`,
/// template literals, labels, `for-in`/`for-of` over arrays, strings and `arguments`, and
/// sloppy-mode block function declarations (Annex B), completion values as V8 computes them.
/// Built-ins: Object, Function.prototype (call/apply/bind), Array, String, Number, Boolean,
/// Math, JSON, RegExp, Date, the Error types, the URI functions, parseInt/parseFloat/isNaN/
/// isFinite, plus Slingr's `config`, `utils` and `sys` stubs.
///
/// Not supported (compiling such code fails with a located SyntaxError saying so, never a
/// wrong answer): classes, generators, async functions and `await`, BigInt, tagged templates,
/// `with`, `new.target`, `super`, private names, regular-expression Unicode property escapes
/// (`\p{...}`) and the `d` flag. Not provided: Symbol, Map, Set, WeakMap, Promise, Proxy,
/// Reflect, typed arrays, Intl. Deviations: arrays are dense (holes read as `undefined`),
/// `arguments` is not mapped to the parameters, `matchAll`/`keys`/`values`/`entries` return arrays
/// instead of iterators, `localeCompare`/`toLocaleString` approximate the `en-US` locale, and
/// `pow` and the transcendental `Math` functions come from the C library, which can differ
/// from V8's in the last bit.
///
/// Values (and the objects inside them) belong to the interpreter that produced them and stay
/// valid while it lives; use `hostValue(_:)` to keep data beyond that. Not thread-safe: use one
/// interpreter per thread.
public final class ScriptInterpreter {
    let realm: Realm
    private let rootScope = RuntimeScope(parent: nil, slots: [])
    /// The global scope, for functions hosts instantiate (`instantiate(_:)`).
    var rootScopeForHosts: RuntimeScope { rootScope }
    /// Parser buffers reused by `evaluateExpression`.
    private let workspace = CompilationWorkspace()
    public let limits: Limits

    public init(environment: SlingrEnvironment = SlingrEnvironment(), limits: Limits = Limits()) {
        self.limits = limits
        realm = Realm(limits: limits, randomSeed: environment.randomSeed, now: environment.now)
        realm.currentUserId = environment.currentUserId
        realm.appURL = environment.appURL
        SlingrBuiltins.install(in: realm)
        var config = environment.config
        if case .object = config {} else { config = .object([]) }
        for (name, value) in environment.platform.members { config.set(name, .string(value)) }
        realm.globalObject.defineOwn(Names.config, realm.value(from: config))
        for (name, value) in environment.globals { realm.globalObject.defineOwn(JSString(name), realm.value(from: value)) }
    }

    // MARK: Evaluation

    /// Runs compiled code; errors come back located in the code's source.
    public func evaluate(_ script: CompiledScript) throws(ScriptError) -> Value {
        realm.beginEvaluation()
        do {
            switch script.body {
            case .expression:
                // Through `expressionNode`: binding the case's node would copy it (a retain and
                // a release per evaluation).
                guard let node = script.expressionNode else { return .undefined }
                try realm.step()
                return try node._withUnsafeGuaranteedRef { try $0.evaluate(realm, rootScope) }
            case .statements(let code):
                let function = realm.makeFunction(code, scope: rootScope)
                return try realm.call(.object(function), this: .undefined, arguments: [])
            case .program(let code):
                return try runProgram(code)
            }
        } catch {
            throw realm.scriptError(from: error)
        }
    }

    /// Parses, compiles and evaluates one expression (`@config.x` allowed).
    ///
    /// The same as `evaluate(CompiledScript.expression(source))`, with the parser's buffers
    /// reused from one call to the next and no `CompiledScript` made for the single use.
    public func evaluateExpression(_ source: String) throws(ScriptError) -> Value {
        let node = try CompiledScript.compileExpression(source, slingrConfigReferences: true, workspace: workspace)
        realm.beginEvaluation()
        do {
            try realm.step()
            return try node.evaluate(realm, rootScope)
        } catch {
            throw realm.scriptError(from: error)
        }
    }

    /// Parses, compiles and runs a statement list such as a button action.
    public func runStatements(_ source: String) throws(ScriptError) -> Value {
        try evaluate(try CompiledScript.statements(source))
    }

    /// Parses, compiles and runs a script.
    public func runProgram(_ source: String, path: String = "<script>") throws(ScriptError) -> Value {
        try evaluate(try CompiledScript.program(source, path: path))
    }

    private func runProgram(_ code: ProgramCode) throws -> Value {
        try realm.runScript(code, in: rootScope)
    }

    /// Calls a function value with `this` undefined.
    public func call(_ function: Value, arguments: [Value]) throws(ScriptError) -> Value {
        realm.beginEvaluation()
        do {
            return try realm.call(function, this: .undefined, arguments: arguments)
        } catch {
            throw realm.scriptError(from: error)
        }
    }

    /// Runs a `configurationBuilder.js` script and calls the `configurationBuilder` function it
    /// defines (a top-level `let`/`const`/`var`/function) with `config` (default: the
    /// interpreter's own `config`); returns what the function returns, as data.
    public func runConfigurationBuilder(_ script: CompiledScript, config: HostValue? = nil) throws(ScriptError) -> HostValue {
        _ = try evaluate(script)
        guard let function = global("configurationBuilder") else {
            throw ScriptError(kind: .referenceError, name: "ReferenceError", message: "configurationBuilder is not defined")
        }
        guard function.isCallable else {
            throw ScriptError(kind: .typeError, name: "TypeError", message: "configurationBuilder is not a function")
        }
        let argument = config.map { realm.value(from: $0) } ?? (global("config") ?? .undefined)
        return try checkedHostValue(try call(function, arguments: [argument]))
    }

    /// Same, from source.
    public func runConfigurationBuilder(source: String, path: String = "configurationBuilder.js", config: HostValue? = nil)
        throws(ScriptError) -> HostValue
    {
        try runConfigurationBuilder(try CompiledScript.program(source, path: path), config: config)
    }

    // MARK: Globals and data

    /// A global binding: top-level `let`/`const` first, then properties of the global object.
    public func global(_ name: String) -> Value? {
        let key = JSString(name)
        if let binding = realm.globalLexicals[key] { return binding.isInitialized ? binding.value : nil }
        guard let slot = realm.globalObject.ownSlot(key) else { return nil }
        return realm.globalObject.properties.value(at: slot)
    }

    /// Makes every later evaluation start from the built-ins and globals as they are now (plus
    /// what `setGlobal` and `config` change): whatever one evaluation does to prototypes,
    /// globals, `utils` or any object reachable from them (`String.prototype.includes =
    /// ...`, `Object.prototype.x = 1`, `config.a = 2`) is undone before the next one. The host
    /// still reads what an evaluation left (`config` after a button action) until the next
    /// evaluation starts. For hosts that run many independent expressions in one interpreter
    /// (a form); costs a few microseconds per evaluation.
    public func isolateEvaluations() {
        realm.protectState()
    }

    /// Defines or replaces a global variable.
    public func setGlobal(_ name: String, _ value: HostValue) {
        realm.hostWillChangeState()
        let key = JSString(name)
        let converted = realm.value(from: value)
        if let binding = realm.globalLexicals[key] {
            binding.value = converted
            binding.isInitialized = true
        } else {
            realm.globalObject.defineOwn(key, converted)
        }
    }

    /// The global `config` as data (read it back after a button action).
    public var config: HostValue {
        get { hostValue(global("config") ?? .undefined) }
        set { setGlobal("config", newValue) }
    }

    /// Reclaims reference cycles (`o.self = o`, closures) left by earlier evaluations, for hosts
    /// that keep one interpreter for many evaluations. Objects reachable from the globals and
    /// from `values` survive; other values from earlier evaluations that the host still holds
    /// are emptied, so convert them (`hostValue`) or pass them here first.
    public func collectGarbage(keeping values: [Value] = []) {
        realm.collectCycles(roots: values)
    }

    /// What `sys.logs.*` and `console.*` recorded, oldest first, within `Limits.maxLogLines`
    /// and `Limits.maxOutputLength` (emptying the list gives the whole budget back).
    public var logs: [LogEntry] {
        get { realm.logs }
        set {
            realm.logs = newValue
            if newValue.isEmpty { realm.logBudget = LogBudget(limits: limits) }
        }
    }

    /// `... 9,998 more lines` when messages past the log budget were dropped.
    public var logSummary: String? { realm.logBudget.summary }

    public func value(_ host: HostValue) -> Value { realm.value(from: host) }

    /// A value as plain data; `undefined` when it is nested deeper than
    /// `Limits.maxNestingDepth` or would print longer than `Limits.maxOutputLength` (see
    /// `checkedHostValue`).
    public func hostValue(_ value: Value) -> HostValue { realm.hostValue(of: value) }

    /// A value as plain data, or a limit error when it is too deep or too large (an object
    /// reached twice is converted once; cycles end in `undefined`).
    public func checkedHostValue(_ value: Value) throws(ScriptError) -> HostValue {
        do {
            return try realm.checkedHostValue(of: value)
        } catch {
            throw realm.scriptError(from: error)
        }
    }

    /// The text `slingr-pkg eval` prints for a value: strings raw, `undefined`, numbers as
    /// JavaScript formats them, `[Function name]`, errors as `Name: message`, regular
    /// expressions as `/source/flags`, dates as ISO strings, other objects and arrays as
    /// `JSON.stringify(value, null, 2)`, an object met again as `[Circular]` or `[Shared]`;
    /// `[object Object]` for a value too large or too deep to print (see `render`).
    public func display(_ value: Value) -> String { realm.display(value) }

    /// What `display` shows, or a limit error (`result too large to print`, `result nested too
    /// deeply to print`) for a value longer than `Limits.maxOutputLength` or nested deeper
    /// than `Limits.maxNestingDepth`.
    public func render(_ value: Value) throws(ScriptError) -> String {
        do {
            return try realm.render(value)
        } catch {
            throw realm.scriptError(from: error)
        }
    }

    /// `JSON.stringify(value, null, indent)`, or nil when that is `undefined` (functions,
    /// `undefined`); errors such as a cycle come back as `ScriptError`s.
    public func json(_ value: Value, indent: Int = 0) throws(ScriptError) -> String? {
        realm.beginEvaluation()
        do {
            var serializer = try JSONSerializer(realm: realm, replacer: .undefined, space: .number(Double(indent)))
            return try serializer.serialize(value)?.string
        } catch {
            throw realm.scriptError(from: error)
        }
    }
}
