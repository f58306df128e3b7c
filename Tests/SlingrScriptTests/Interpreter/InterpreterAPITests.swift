import SlingrDiagnostics
import SlingrScript
import Testing

/// The public face of the interpreter: evaluation entry points, host data, display, errors.
@Suite("Interpreter API")
struct InterpreterAPITests {
    @Test("an expression compiled once evaluates many times against a fixed environment")
    func compileOnce() throws {
        let script = try CompiledScript.expression(
            "config.authType && (config.authType == 'oauth2' || utils.isPlaceholder(config.authType))")
        #expect(script.kind == .expression)
        for (authType, expected) in [("oauth2", "true"), ("${AUTH}", "true"), ("apiKey", "false"), ("", "")] {
            let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["authType": .string(authType)]))
            for _ in 0..<3 { #expect(interpreter.display(try interpreter.evaluate(script)) == expected) }
        }
    }

    @Test("a parsed syntax tree can be compiled directly")
    func compileTree() throws {
        let source = SourceFile(path: "<test>", text: "1 + config.n")
        let parsed = JavaScriptParser.parseExpression(source)
        let tree = try #require(parsed.tree)
        let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["n": 41]))
        #expect(interpreter.display(try interpreter.evaluate(try CompiledScript.expression(tree))) == "42")
    }

    @Test("@config.x means config.x in expressions and statement lists")
    func slingrConfigReferences() throws {
        let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["entity": "contacts"]))
        #expect(interpreter.display(try interpreter.evaluateExpression("@config.entity=='contacts'")) == "true")
        _ = try interpreter.runStatements("if (@config.entity) { @config.entity = 'leads'; }")
        #expect(interpreter.config == ["entity": "leads"])
    }

    @Test("syntax errors come back as the parser's errors, located")
    func syntaxErrors() {
        let interpreter = ScriptInterpreter()
        do {
            _ = try interpreter.evaluateExpression("config.a ==")
            Issue.record("expected a syntax error")
        } catch {
            #expect(error.kind == .syntaxError)
            #expect(error.range != nil)
            #expect(!error.syntaxDiagnostics.isEmpty)
            #expect(error.syntaxDiagnostics.first?.ruleId == "js-syntax")
            #expect(error.syntaxErrors.first?.message == error.message)
        }
        #expect(throws: ScriptError.self) { _ = try CompiledScript.program("let = ;") }
    }

    @Test("unsupported constructs fail with a clear located error")
    func unsupported() {
        let interpreter = ScriptInterpreter()
        for (source, fragment) in [
            ("class A {}", "class syntax is not supported"),
            ("async function f() {}", "an async function is not supported"),
            ("function* g() {}", "a generator function is not supported"),
            ("10n", "BigInt is not supported"),
            ("with (Math) { max(1, 2) }", "with is not supported"),
            ("/\\p{L}/u.test('a')", "Unicode property escape"),
            ("/a/d.exec('a')", "'d' flag"),
        ] {
            do {
                _ = try interpreter.runProgram(source)
                Issue.record("\(source) should be rejected")
            } catch {
                #expect(error.kind == .syntaxError, "\(source)")
                #expect(error.message.contains(fragment), "\(source): \(error.message)")
                #expect(error.range != nil, "\(source)")
            }
        }
    }

    @Test("runtime errors carry kind, V8 wording and the failing construct's range")
    func runtimeErrors() {
        let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["a": 1]))
        let source = "config.a + config.missing.deeper"
        do {
            _ = try interpreter.evaluateExpression(source)
            Issue.record("expected a TypeError")
        } catch {
            #expect(error.kind == .typeError)
            #expect(error.name == "TypeError")
            #expect(error.description == "TypeError: Cannot read properties of undefined (reading 'deeper')")
            let range = error.range ?? SourceRange(at: 0)
            #expect(String(source.utf8.dropFirst(range.start).prefix(range.length)) == "config.missing.deeper")
            let diagnostic = error.diagnostic(in: SourceFile(path: "expr", text: source))
            #expect(diagnostic.location == SourceLocation(line: 1, column: 12))
        }
        do {
            _ = try interpreter.runProgram("\n  throw { code: 7 };")
        } catch {
            #expect(error.kind == .thrown)
            #expect(error.thrownValue == ["code": 7])
            #expect(error.description == "Uncaught {\n  \"code\": 7\n}")
        }
        do {
            _ = try interpreter.runProgram("throw new RangeError('too far')")
        } catch {
            #expect(error.kind == .rangeError)
            #expect(error.message == "too far")
        }
    }

    @Test("host values convert both ways, keeping order and JavaScript numbers")
    func hostValues() throws {
        let interpreter = ScriptInterpreter()
        let data: HostValue = [
            "b": 1, "a": [true, .null, "x", -0.0], "n": .number(.nan), "nested": ["deep": ["k": "v"]], "u": .undefined,
        ]
        let value = interpreter.value(data)
        #expect(interpreter.hostValue(value) == data)
        interpreter.setGlobal("data", data)
        #expect(interpreter.display(try interpreter.evaluateExpression("Object.keys(data).join()")) == "b,a,n,nested,u")
        #expect(interpreter.display(try interpreter.evaluateExpression("Object.is(data.a[3], -0)")) == "true")
        let fromScript = try interpreter.runProgram("({ f() {}, list: [function () {}, 1], d: new Date(0), re: /x/ })")
        #expect(interpreter.hostValue(fromScript) == ["list": [.undefined, 1], "d": "1970-01-01T00:00:00.000Z", "re": [:]])
        let cyclic = try interpreter.runProgram("let c = { name: 'c' }; c.self = c; c")
        #expect(interpreter.hostValue(cyclic) == ["name": "c", "self": .undefined])
        #expect(data.value(atPath: "nested.deep.k") == "v")
    }

    @Test("display: strings raw, undefined, JS numbers, functions, errors, JSON for objects, [Circular] for cycles")
    func display() throws {
        let interpreter = ScriptInterpreter()
        let cases: [(String, String)] = [
            ("'text'", "text"), ("undefined", "undefined"), ("null", "null"), ("0.1 + 0.2", "0.30000000000000004"),
            ("-0", "0"), ("1e21", "1e+21"), ("NaN", "NaN"), ("true", "true"),
            ("(function named() {})", "[Function named]"), ("(() => {})", "[Function (anonymous)]"),
            ("Math.max", "[Function max]"), ("new TypeError('bad')", "TypeError: bad"), ("/a+/gi", "/a+/gi"),
            ("new Date(0)", "1970-01-01T00:00:00.000Z"), ("[1, 'a', null]", "[\n  1,\n  \"a\",\n  null\n]"),
            ("({ a: { b: [] } })", "{\n  \"a\": {\n    \"b\": []\n  }\n}"), ("({})", "{}"),
            ("(() => { const o = {}; o.o = o; return o; })()", "{\n  \"o\": [Circular]\n}"), ("new String('boxed')", "boxed"),
        ]
        for (source, expected) in cases {
            #expect(interpreter.display(try interpreter.runProgram(source)) == expected, "\(source)")
        }
    }

    @Test("statement lists run like function bodies and yield their completion value")
    func statements() throws {
        let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["inputs": ["email": ""]]))
        let action = try CompiledScript.statements("var x = 1; if (!config.inputs.email) { config.inputs.email = 'a@b.c'; } x + 1")
        #expect(action.kind == .statements)
        #expect(interpreter.display(try interpreter.evaluate(action)) == "2")
        #expect(interpreter.config == ["inputs": ["email": "a@b.c"]])
        // Declarations stay local: running the action again does not clash.
        #expect(interpreter.display(try interpreter.evaluate(action)) == "2")
        #expect(interpreter.global("x") == nil)
        #expect(interpreter.display(try interpreter.runStatements("return 5; 6")) == "5")
    }

    @Test("configurationBuilder: top-level let is found in the global lexical scope")
    func configurationBuilder() throws {
        let environment = SlingrEnvironment(
            config: ["clientId": "id-1"], platform: .simulated(app: "demo", env: "dev", package: "pkg"),
            currentUserId: "user-9", appURL: "https://demo.slingrs.io/dev/runtime")
        let interpreter = ScriptInterpreter(environment: environment)
        let result = try interpreter.runConfigurationBuilder(source: """
            let configurationBuilder = function (config) {
                sys.logs.debug('user', sys.context.getCurrentUserRecord().id());
                config.oauth = { id: sys.context.getCurrentUserRecord().id(), clientId: config.clientId,
                                 oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback', app: sys.app.getUrl() };
                return config;
            };
            """)
        #expect(result.value(atPath: "oauth.id") == "user-9")
        #expect(result.value(atPath: "oauth.clientId") == "id-1")
        #expect(result.value(atPath: "oauth.oauthCallback") == "https://demo.slingrs.io/dev/packages/pkg/authCallback")
        #expect(result.value(atPath: "oauth.app") == "https://demo.slingrs.io/dev/runtime")
        #expect(interpreter.logs == [LogEntry(level: .debug, message: "user user-9")])
        // With an explicit config argument.
        let other = try ScriptInterpreter().runConfigurationBuilder(
            source: "var configurationBuilder = c => ({ doubled: c.n * 2 });", config: ["n": 21])
        #expect(other == ["doubled": 42])
        #expect(throws: ScriptError.self) { _ = try ScriptInterpreter().runConfigurationBuilder(source: "let x = 1;") }
    }

    @Test("the sandbox has no clock and a seeded Math.random")
    func determinism() throws {
        let first = ScriptInterpreter(environment: SlingrEnvironment(randomSeed: 7, now: 1_700_000_000_000))
        let second = ScriptInterpreter(environment: SlingrEnvironment(randomSeed: 7, now: 1_700_000_000_000))
        let source = "[Math.random(), Math.random(), Date.now(), new Date().toISOString()]"
        let a = first.hostValue(try first.evaluateExpression(source))
        #expect(a == second.hostValue(try second.evaluateExpression(source)))
        #expect(a.description.contains("2023-11-14T22:13:20.000Z"))
    }

    @Test("global let/const persist between scripts, and redeclaring them is an error like in node")
    func globalLexicals() throws {
        let interpreter = ScriptInterpreter()
        _ = try interpreter.runProgram("let counter = 1; const fixed = 'f'; var legacy = 2;")
        #expect(interpreter.display(try interpreter.runProgram("counter += 1; counter + fixed + legacy")) == "2f2")
        #expect(throws: ScriptError.self) { _ = try interpreter.runProgram("let counter = 5;") }
        #expect(interpreter.global("fixed").map(interpreter.display) == "f")
    }

    @Test("collectGarbage keeps what globals and the given values reach")
    func collectGarbage() throws {
        let interpreter = ScriptInterpreter()
        _ = try interpreter.runProgram("""
            var keep = { a: { b: 1 } }; keep.a.self = keep;
            const makeCounter = () => { let n = 0; return () => ++n; };
            var counter = makeCounter(); counter();
            """)
        let garbage = try CompiledScript.expression("(function () { var o = { n: 1 }; o.self = o; return [1, 2].map(x => x + o.n); })()")
        for _ in 0..<1_000 { _ = try interpreter.evaluate(garbage) }
        let held = try interpreter.runProgram("({ list: [1, { deep: 'yes' }] })")
        interpreter.collectGarbage(keeping: [held])
        #expect(try interpreter.json(held) == #"{"list":[1,{"deep":"yes"}]}"#)
        #expect(interpreter.display(try interpreter.evaluateExpression("keep.a.self.a.b + counter()")) == "3")
        #expect(interpreter.display(try interpreter.evaluateExpression("[1, 2].map(x => x * 2).join()")) == "2,4")
        #expect(interpreter.display(try interpreter.evaluate(garbage)) == "[\n  2,\n  3\n]")
    }
}

