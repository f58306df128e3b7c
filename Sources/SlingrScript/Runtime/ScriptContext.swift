import SlingrDiagnostics

/// A host function's behaviour: it receives the call and answers a value, or throws an error
/// made by `ScriptContext` (or one that came out of `ScriptContext.call`).
public typealias HostFunction = (HostCall) throws -> Value

/// One call of a host function: the interpreter's context, `this` and the arguments.
public struct HostCall {
    public let context: ScriptContext
    public let this: Value
    public let arguments: [Value]

    /// The argument at `index`, `undefined` past the end as in JavaScript.
    public subscript(_ index: Int) -> Value { index < arguments.count ? arguments[index] : .undefined }
}

/// What hosts (the emulated platform of `slingr-pkg run`) use to build objects and functions in
/// an interpreter and to work with its values while a script runs.
///
/// Errors: host functions throw `error(_:_:)` or `throwing(_:)` values, and let errors from
/// `call`, `get`, `toString` ... pass through unchanged, so scripts can catch them and stack
/// traces stay whole. Values belong to the interpreter the context came from.
public struct ScriptContext {
    /// Unowned: host functions capture contexts, and the realm holds the host functions, so a
    /// strong reference would keep every interpreter alive forever. A context is only valid
    /// while its interpreter lives.
    unowned let realm: Realm

    init(realm: Realm) { self.realm = realm }

    /// The kinds of error a host can throw.
    public enum ErrorKind: Sendable {
        case error, typeError, rangeError, referenceError, syntaxError

        var type: ErrorType {
            switch self {
            case .error: return .error
            case .typeError: return .typeError
            case .rangeError: return .rangeError
            case .referenceError: return .referenceError
            case .syntaxError: return .syntaxError
            }
        }
    }

    // MARK: Making values

    public func makeObject() -> Value { .object(realm.newObject()) }

    public func makeArray(_ items: [Value]) -> Value { .object(realm.newArray(items)) }

    public func string(_ text: String) -> Value { .string(JSString(text)) }

    /// A function object that runs `body`. With `isConstructor`, `new f(...)` calls `body` with
    /// a new object (inheriting `f.prototype`) as `this` and answers it unless `body` answers
    /// another object.
    public func makeFunction(_ name: String, length: Int = 0, isConstructor: Bool = false, _ body: @escaping HostFunction) -> Value {
        let box = HostFunctionBox(body)
        var construct: NativeConstructor?
        if isConstructor {
            construct = { realm, arguments, newTarget in
                let prototype = try realm.get(object: newTarget, Names.prototype, receiver: .object(newTarget))
                let instance = Value.object(realm.newObject(prototype: prototype.asObject ?? realm.objectPrototype))
                let result = try box.body(HostCall(context: ScriptContext(realm: realm), this: instance, arguments: arguments.values))
                if case .object = result { return result }
                return instance
            }
        }
        let spec = BuiltinSpec(JSString(name), length, construct: construct) { realm, this, arguments in
            try box.body(HostCall(context: ScriptContext(realm: realm), this: this, arguments: arguments.values))
        }
        let function = realm.makeNativeFunction(spec)
        if isConstructor {
            let prototype = realm.newObject()
            prototype.properties.append(Names.constructor, .object(function), flags: .hidden)
            function.properties.append(Names.prototype, .object(prototype), flags: .writable)
        }
        return .object(function)
    }

    /// An object whose members the host supplies on first use: `member(name)` answers the
    /// value of a member that was not defined (nil leaves it undefined). Names found on
    /// `Object.prototype` (`toString`, `hasOwnProperty` ...) are never asked for.
    public func makeNamespace(member: @escaping (String) -> Value?) -> Value {
        let object = realm.newNamespace(BuiltinGroup([]))
        object.lazyBuiltins?.missing = { key in member(key.string) }
        return .object(object)
    }

    /// A new error object of a built-in kind.
    public func makeError(_ kind: ErrorKind, _ message: String) -> Value {
        .object(realm.makeError(kind.type, message))
    }

    /// An exception carrying a new error object, for host functions to throw.
    public func error(_ kind: ErrorKind, _ message: String) -> any Error {
        realm.error(kind.type, message)
    }

    /// An exception carrying any value (`throw value`).
    public func throwing(_ value: Value) -> any Error {
        JSException(value: value, range: nil)
    }

    // MARK: Properties and calls

    /// `value[key]`, running getters; fails like JavaScript on `undefined` and `null`.
    public func get(_ value: Value, _ key: String) throws -> Value {
        try realm.get(value, JSString(key))
    }

    /// Defines or replaces an own data property; `enumerable: false` hides it from `for-in`,
    /// `Object.keys` and `JSON.stringify`.
    public func define(_ object: Value, _ key: String, _ value: Value, enumerable: Bool = true) {
        guard case .object(let target) = object else { return }
        target.defineOwn(JSString(key), value, flags: enumerable ? .data : .hidden)
    }

    /// Defines an enumerable accessor property whose getter is `getter` (a function value),
    /// so a host can load a member on first read and let its errors reach the script.
    public func defineGetter(_ object: Value, _ key: String, _ getter: Value) {
        guard case .object(let target) = object, case .object(let function) = getter else { return }
        let pair = realm.register(JSObject(prototype: nil, kind: .accessor(getter: function, setter: nil)))
        target.defineOwn(JSString(key), .object(pair), flags: [.enumerable, .configurable, .accessor])
    }

    /// Own enumerable keys in JavaScript order (empty for primitives).
    public func keys(_ value: Value) -> [String] {
        guard case .object(let object) = value else { return [] }
        return ((try? realm.enumerableKeys(value)) ?? object.ownKeys()).map(\.string)
    }

    /// Calls a function within the running evaluation (same budget, depth and stack).
    public func call(_ function: Value, this: Value = .undefined, _ arguments: [Value]) throws -> Value {
        try realm.call(function, this: this, arguments: arguments)
    }

    public func isCallable(_ value: Value) -> Bool { value.isCallable }

    public func isArray(_ value: Value) -> Bool { value.asObject?.isArray ?? false }

    /// Elements of an array (nil for anything else).
    public func elements(_ value: Value) -> [Value]? {
        guard case .object(let object) = value, object.isArray else { return nil }
        return object.elements
    }

    /// Whether the value is an error object (made by an `Error` constructor or inheriting one).
    public func isError(_ value: Value) -> Bool {
        guard case .object(let object) = value else { return false }
        if case .error = object.kind { return true }
        return false
    }

    /// An error's name and message, read without running getters.
    public func errorSummary(_ value: Value) -> (name: String, message: String)? {
        guard case .object(let object) = value else { return nil }
        let summary = realm.errorSummary(object)
        return (summary.name, summary.message)
    }

    // MARK: Conversions

    /// JavaScript's `String(value)`.
    public func toString(_ value: Value) throws -> String { try realm.toString(value).string }

    /// JavaScript's `Number(value)`.
    public func toNumber(_ value: Value) throws -> Double { try realm.toNumber(value) }

    public func hostValue(_ value: Value) -> HostValue { realm.hostValue(of: value) }

    public func value(_ host: HostValue) -> Value { realm.value(from: host) }

    /// How `slingr-pkg eval` shows a value (strings raw, objects as indented JSON).
    public func display(_ value: Value) -> String { realm.display(value) }

    /// `JSON.stringify(value, null, indent)`; nil when that is `undefined`.
    public func stringify(_ value: Value, indent: Int = 0) throws -> String? {
        var serializer = try JSONSerializer(realm: realm, replacer: .undefined, space: .number(Double(indent)))
        return try serializer.serialize(value)?.string
    }

    /// `JSON.parse(text)`.
    public func parseJSON(_ text: String) throws -> Value {
        var reader = JSONReader(realm: realm, text: JSString(text))
        return try reader.parse()
    }

    /// Charges work to the evaluation's step budget (one step per 16 units of bulk work).
    public func charge(_ units: Int) throws { try realm.charge(units) }

    /// Strings as UTF-16 code units (what JavaScript's `charCodeAt` sees).
    public func codeUnits(_ value: Value) throws -> [UInt16] { try realm.toString(value).units }

    public func string(codeUnits: [UInt16]) throws -> Value { .string(try realm.makeString(codeUnits)) }
}

/// Holds a host function for a built-in spec (specs are shared and must be `Sendable`; host
/// functions live and run on the interpreter's one thread).
private final class HostFunctionBox: @unchecked Sendable {
    let body: HostFunction

    init(_ body: @escaping HostFunction) { self.body = body }
}

extension ScriptInterpreter {
    /// The context for building host objects outside of a call (globals set up by a host).
    public var context: ScriptContext { ScriptContext(realm: realm) }

    /// Defines or replaces a global variable with a script value.
    public func setGlobal(_ name: String, value: Value) {
        let key = JSString(name)
        if let binding = realm.globalLexicals[key] {
            binding.value = value
            binding.isInitialized = true
        } else {
            realm.globalObject.defineOwn(key, value, flags: .hidden)
        }
    }

    /// Compiles a parsed file as a module: its statements run as the body of a function with
    /// `parameters` (`exports`, ...), so its top-level declarations stay private to it, and
    /// every function in it records `path` for stack traces. Call `instantiate` to get the
    /// function.
    public static func compileModule(_ program: Program, parameters: [String], path: String) throws(ScriptError) -> CompiledModule {
        do {
            let code = try Compiler.compileStatementList(program, parameters: parameters, sourceName: ScriptSourceName(path))
            return CompiledModule(code: code, path: path)
        } catch {
            throw CompiledScript.compileError(error)
        }
    }

    /// The function that runs a compiled module, closing over the global scope.
    public func instantiate(_ module: CompiledModule) -> Value {
        .object(realm.makeFunction(module.code, scope: rootScopeForHosts))
    }

    /// Calls a function as one evaluation (fresh step budget) with `this`.
    public func call(_ function: Value, this: Value, arguments: [Value]) throws(ScriptError) -> Value {
        realm.beginEvaluation()
        do {
            return try realm.call(function, this: this, arguments: arguments)
        } catch {
            throw realm.scriptError(from: error)
        }
    }
}

/// A file compiled by `ScriptInterpreter.compileModule`.
public final class CompiledModule {
    let code: FunctionCode
    public let path: String

    init(code: FunctionCode, path: String) {
        self.code = code
        self.path = path
    }
}
