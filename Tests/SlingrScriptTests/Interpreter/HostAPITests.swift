import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// The host API (`ScriptContext`): host functions and namespaces, module files with their own
/// scope, and stack frames located in the files they came from.
@Suite("Host API")
struct HostAPITests {
    static func module(_ interpreter: ScriptInterpreter, _ source: String, path: String, parameters: [String] = ["exports"]) throws -> Value {
        let parsed = JavaScriptParser.parseProgram(source, path: path)
        #expect(parsed.errors.isEmpty)
        return interpreter.instantiate(try ScriptInterpreter.compileModule(parsed.tree, parameters: parameters, path: path))
    }

    @Test("host functions receive this and arguments; their errors are catchable")
    func hostFunctions() throws {
        let interpreter = ScriptInterpreter()
        let context = interpreter.context
        interpreter.setGlobal("twice", value: context.makeFunction("twice", length: 1) { call in
            guard case .number(let number) = call[0] else { throw call.context.error(.typeError, "twice needs a number") }
            return .number(number * 2)
        })
        #expect(interpreter.hostValue(try interpreter.evaluateExpression("twice(21)")) == 42)
        #expect(interpreter.hostValue(try interpreter.runStatements("try { twice('x'); } catch (e) { e instanceof TypeError && e.message; }")) == "twice needs a number")
    }

    @Test("namespaces answer missing members from the host, never for Object.prototype names")
    func namespaces() throws {
        let interpreter = ScriptInterpreter()
        let context = interpreter.context
        var asked: [String] = []
        interpreter.setGlobal("space", value: context.makeNamespace { name in
            asked.append(name)
            return context.string("member " + name)
        })
        #expect(interpreter.hostValue(try interpreter.evaluateExpression("space.anything + '/' + typeof space.toString + '/' + space.anything")) == "member anything/function/member anything")
        #expect(asked == ["anything"])
    }

    @Test("getters defined by the host run on read and their errors reach the script")
    func getters() throws {
        let interpreter = ScriptInterpreter()
        let context = interpreter.context
        let object = context.makeObject()
        var reads = 0
        context.defineGetter(object, "lazy", context.makeFunction("lazy") { call in
            reads += 1
            if reads > 1 { throw call.context.error(.error, "read twice") }
            return .number(1)
        })
        interpreter.setGlobal("o", value: object)
        #expect(interpreter.hostValue(try interpreter.evaluateExpression("o.lazy")) == 1)
        #expect(throws: ScriptError.self) { try interpreter.evaluateExpression("o.lazy") }
    }

    @Test("modules keep their declarations private and errors carry file:line:column frames")
    func modulesAndFrames() throws {
        let interpreter = ScriptInterpreter()
        let first = try Self.module(interpreter, "function helper() { return 1; }\nexports.f = function () {\n  return exports.g();\n};", path: "a.js")
        let second = try Self.module(interpreter, "function helper(x) {\n  return x.y.z;\n}\nexports.g = function () { return helper({}); };", path: "b.js")
        let exports = interpreter.context.makeObject()
        _ = try interpreter.call(first, this: .undefined, arguments: [exports])
        let other = interpreter.context.makeObject()
        _ = try interpreter.call(second, this: .undefined, arguments: [other])
        interpreter.context.define(exports, "g", try interpreter.context.get(other, "g"))
        #expect(interpreter.global("helper") == nil)
        let function = try interpreter.context.get(exports, "f")
        do throws(ScriptError) {
            _ = try interpreter.call(function, this: exports, arguments: [])
            Issue.record("expected a TypeError")
        } catch {
            #expect(error.stack.map { "\($0.function)@\($0.path ?? "-"):\($0.range.map { String($0.start) } ?? "-")" }
                    == ["helper@b.js:30", "exports.g@b.js:72", "exports.f@a.js:67"])
        }
    }

    @Test("host functions do not keep their interpreter alive")
    func lifetime() throws {
        weak var realm: Realm?
        do {
            let interpreter = ScriptInterpreter()
            let context = interpreter.context
            interpreter.setGlobal("space", value: context.makeNamespace { name in context.makeFunction(name) { call in call.context.string(name) } })
            #expect(interpreter.hostValue(try interpreter.evaluateExpression("space.f()")) == "f")
            realm = interpreter.realm
            #expect(realm != nil)
        }
        #expect(realm == nil)
    }
}
