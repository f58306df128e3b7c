import SlingrScript

/// Runs test262 jobs in SlingrScript, in process: a new interpreter (a new realm) per run,
/// with the sandbox's normal limits for every script evaluated.
///
/// Harness files are global scripts evaluated before the test, in order; `$262` and `print`
/// are defined the way test262 asks (writable, configurable, not enumerable). A source that
/// does not parse or compile failed in the parse phase; anything thrown while it runs failed
/// in the runtime phase, and its constructor's name is compared with a negative test's type.
public struct SlingrScriptTest262Engine: Test262Engine {
    public var limits: Limits

    public init(limits: Limits = Limits()) { self.limits = limits }

    public func makeWorker() -> Worker { Worker(limits: limits) }

    public struct Worker: Test262Worker {
        let limits: Limits
        /// Compiled harness files by name (compiled scripts keep caches: one set per thread).
        private var compiled: [String: CompiledScript] = [:]

        init(limits: Limits) { self.limits = limits }

        public mutating func run(_ job: Test262Job) -> Test262Verdict {
            let script: CompiledScript
            do {
                script = try CompiledScript.program(job.source, path: job.path)
            } catch {
                return Self.judgeParseFailure(error, negative: job.negative)
            }
            if let negative = job.negative, negative.phase != .runtime {
                return .fail("expected a \(negative.type) in the \(negative.phase.rawValue) phase, but the source compiled")
            }
            let interpreter = ScriptInterpreter(limits: limits)
            Self.defineHost(in: interpreter)
            do {
                for file in job.harness { _ = try interpreter.evaluate(try harnessScript(file.name, file.source)) }
            } catch {
                return .fail("harness failed: \(error.description)")
            }
            do {
                _ = try interpreter.evaluate(script)
            } catch {
                return Self.judgeRuntimeFailure(error, negative: job.negative)
            }
            if let negative = job.negative {
                return .fail("expected a \(negative.type) at runtime, but the test completed")
            }
            return .pass
        }

        /// `$262` and `print` as test262 defines them (writable, configurable, not enumerable),
        /// as far as the sandbox has them: `evalScript` runs a script in the same realm and
        /// budget; there are no other realms, garbage collector, agents or array buffers.
        static func defineHost(in interpreter: ScriptInterpreter) {
            let context = interpreter.context
            let host = context.makeObject()
            context.define(host, "global", interpreter.global("globalThis") ?? .undefined, enumerable: false)
            context.define(host, "evalScript", context.makeFunction("evalScript", length: 1) { call in
                try call.context.evaluateScript(try call.context.toString(call[0]))
            }, enumerable: false)
            for name in ["gc", "createRealm", "detachArrayBuffer"] {
                context.define(host, name, context.makeFunction(name) { call in
                    throw call.context.error(.typeError, "$262.\(name) is not available in the sandbox")
                }, enumerable: false)
            }
            interpreter.setGlobal("$262", value: host)
            interpreter.setGlobal("print", value: context.makeFunction("print", length: 1) { _ in .undefined })
        }

        private mutating func harnessScript(_ name: String, _ source: String) throws(ScriptError) -> CompiledScript {
            if let script = compiled[name] { return script }
            let script = try CompiledScript.program(source, path: name)
            compiled[name] = script
            return script
        }

        static func judgeParseFailure(_ error: ScriptError, negative: Test262Metadata.Negative?) -> Test262Verdict {
            // Refusing a construct the engine lacks is no verdict on the test (and not the early
            // error a negative test is about).
            if Self.isUnsupported(error) { return .unsupported(error.message) }
            guard let negative else { return .fail("parse: \(error.description)") }
            guard negative.phase == .parse else {
                return .fail("expected a \(negative.type) in the \(negative.phase.rawValue) phase, got at parse time \(error.description)")
            }
            if error.name == negative.type { return .pass }
            return .fail("expected a \(negative.type) at parse time, got \(error.description)")
        }

        /// Whether the error is SlingrScript refusing something it documents as unsupported (class
        /// syntax, `Symbol`, the `d` flag, ...): such messages say "is not supported".
        static func isUnsupported(_ error: ScriptError) -> Bool {
            if case .thrown = error.kind { return false }
            return error.message.contains(" is not supported")
        }

        static func judgeRuntimeFailure(_ error: ScriptError, negative: Test262Metadata.Negative?) -> Test262Verdict {
            if case .limitExceeded(let kind) = error.kind { return .fail("limit \(kind.rawValue): \(error.message)") }
            if Self.isUnsupported(error) { return .unsupported(error.message) }
            guard let negative else { return .fail(describe(error)) }
            guard negative.phase == .runtime else {
                return .fail("expected a \(negative.type) in the \(negative.phase.rawValue) phase, got at runtime \(error.description)")
            }
            if error.constructorName == negative.type { return .pass }
            return .fail("expected a \(negative.type) at runtime, got \(describe(error))")
        }

        /// The error as `Name: message`, also for thrown objects that are not `Error`s
        /// (the harness throws `Test262Error`s).
        static func describe(_ error: ScriptError) -> String {
            guard case .thrown = error.kind, let name = error.constructorName else { return error.description }
            if case .string(let message)? = error.thrownValue?["message"] { return name + ": " + message }
            return name
        }
    }
}
