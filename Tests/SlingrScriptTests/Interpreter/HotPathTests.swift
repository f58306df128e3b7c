import Testing
@testable import SlingrScript

/// The evaluation shortcuts that skip reference counting (`ExpressionNode.peekObject` and the
/// `peek` reads, `NativeCallCache`, reused argument values) must give exactly the general
/// path's answers however the objects they remember change between evaluations.
@Suite("Hot paths: in-place reads and call-site caches")
struct HotPathTests {
    /// Loops that run the same call sites, member reads and comparisons while the objects,
    /// functions, property kinds and values under them change; each script's completion value
    /// lists what every round saw.
    static let scripts = [
        // The method a site calls changes: built-ins, a script function, a getter, a deletion.
        """
        var o = { f: Math.max }, r = [], fs = [Math.max, Math.min, Math.abs, function (a, b) { return a - b; }, Math.max];
        for (var i = 0; i < 12; i++) {
          if (i % 2) o.f = fs[i % fs.length];
          if (i == 8) Object.defineProperty(o, 'f', { get: function () { return Math.min; }, configurable: true });
          if (i == 10) delete o.f;
          try { r.push(o.f(i, 3)); } catch (e) { r.push(e.name); }
        }
        r
        """,
        // The object a site calls through is replaced, or inherits the method instead.
        """
        var api = { f: Math.max }, r = [];
        for (var i = 0; i < 9; i++) {
          if (i == 3) api = { f: Math.min };
          if (i == 5) api = Object.create({ f: Math.abs });
          if (i == 7) api = { f: Math.max, g: 1 };
          r.push(api.f(i - 4, 2));
        }
        r
        """,
        // A recursive call reaches the same site while a call through it is running, with a
        // different function each level.
        """
        var h = { f: Math.abs };
        function walk(n) {
          if (n == 0) return -1;
          h.f = n % 2 ? Math.abs : Math.sign;
          return h.f(walk(n - 1)) * 2 - n;
        }
        [walk(1), walk(6), walk(7), h.f(-3)]
        """,
        // Arguments read in place: the value under them changes between calls, including to
        // values with other bits but equal under == (-0 and 0) and to NaN.
        """
        var c = { x: 0 }, r = [], xs = [0, -0, 0, NaN, NaN, 'a', 'a', 'b', null, undefined, -0];
        for (var i = 0; i < xs.length; i++) { c.x = xs[i]; r.push(Math.atan2(c.x, -1), JSON.stringify(c.x), String(c.x)); }
        r
        """,
        // Truthiness and comparisons with literals read in place, over every kind of value.
        """
        var o = {}, r = [], vs = [0, -0, NaN, '', 'a', '1', 1, true, false, null, undefined, {}, [1], 'oauth2',
          'x'.repeat(70), { valueOf: function () { return 1; } }, { toString: function () { return 'oauth2'; } }];
        for (var i = 0; i < vs.length; i++) {
          o.v = vs[i];
          r.push([o.v && 'and', o.v || 'or', o.v ?? 'nullish', o.v == 'oauth2', o.v === 'oauth2', o.v != 'a', o.v !== 'a',
            o.v == 1, o.v === 1, o.v == true, o.v === false, o.v == null, o.v === null, o.v == 'x'.repeat(70)].join(','));
        }
        r
        """,
        // The same reads when the property is an accessor, inherited, or missing.
        """
        var n = 0, r = [], base = { v: 'oauth2' }, o = Object.create(base);
        for (var i = 0; i < 6; i++) {
          if (i == 2) Object.defineProperty(o, 'v', { get: function () { n++; return n % 2 ? 'oauth2' : 0; }, configurable: true });
          if (i == 4) delete o.v;
          if (i == 5) delete base.v;
          r.push([o.v && 'and', o.v || 'or', o.v == 'oauth2', o.v === 'oauth2', String(o.v)].join(','), n);
        }
        r
        """,
        // Chains of data properties holding objects, changed below the top.
        """
        var cfg = { a: { b: { c: 'x' } } }, r = [];
        for (var i = 0; i < 6; i++) {
          if (i == 2) cfg.a.b = { c: 'y' };
          if (i == 3) cfg.a = { b: { c: 'oauth2' } };
          if (i == 4) cfg.a.b = 5;
          if (i == 5) Object.defineProperty(cfg, 'a', { get: function () { return { b: { c: 'z' } }; } });
          r.push([cfg.a.b.c, cfg.a.b.c == 'oauth2', cfg.a.b.c && 1, JSON.stringify(cfg.a.b.c)].join(','));
        }
        r
        """,
    ]

    @Test("loops over changing objects agree with node", .enabled(if: NodeOracle.isAvailable, "node not found: skipped"))
    func agreesWithNode() throws {
        let expected = try NodeOracle.runScripts(Self.scripts)
        try #require(expected.count == Self.scripts.count)
        for (script, node) in zip(Self.scripts, expected) {
            let interpreter = ScriptInterpreter()
            _ = try interpreter.runProgram(NodeOracle.canonicalizer)
            let value = try interpreter.runProgram(script)
            let canon = try #require(interpreter.global("__canon"))
            let mine = interpreter.display(try interpreter.call(canon, arguments: [value, .number(0)]))
            #expect(mine == node, "\(script)")
        }
    }

    @Test("a compiled call follows the objects, functions and arguments it was first run with")
    func compiledCallFollowsChanges() throws {
        let interpreter = ScriptInterpreter()
        _ = try interpreter.runProgram("var api = { f: Math.max }; var c = { x: 2 };")
        let call = try CompiledScript.expression("api.f(c.x, 1)")
        func result() throws -> String { interpreter.display(try interpreter.evaluate(call)) }
        #expect(try result() == "2")
        #expect(try result() == "2")
        _ = try interpreter.runProgram("c.x = -5")
        #expect(try result() == "1")
        _ = try interpreter.runProgram("api.f = Math.min")
        #expect(try result() == "-5")
        _ = try interpreter.runProgram("api = { f: function (a, b) { return a * b; } }")
        #expect(try result() == "-5")
        _ = try interpreter.runProgram("c.x = 3")
        #expect(try result() == "3")
        _ = try interpreter.runProgram("Object.defineProperty(api, 'f', { get: function () { return Math.abs; } })")
        _ = try interpreter.runProgram("c.x = -7")
        #expect(try result() == "7")
        _ = try interpreter.runProgram("api = { f: Math.max }")
        #expect(try result() == "1")
    }

    @Test("one compiled expression in two interpreters keeps their objects apart")
    func compiledExpressionAcrossRealms() throws {
        let placeholder = ScriptInterpreter(environment: SlingrEnvironment(config: ["authType": "${AUTH}"]))
        let plain = ScriptInterpreter(environment: SlingrEnvironment(config: ["authType": "oauth2"]))
        let script = try CompiledScript.expression(
            "config.authType && (config.authType == 'oauth2' || utils.isPlaceholder(config.authType))")
        let checked = try CompiledScript.expression("utils.isPlaceholder(config.authType) ? 'placeholder' : config.authType")
        for _ in 0..<3 {
            #expect(placeholder.display(try placeholder.evaluate(script)) == "true")
            #expect(plain.display(try plain.evaluate(script)) == "true")
            #expect(placeholder.display(try placeholder.evaluate(checked)) == "placeholder")
            #expect(plain.display(try plain.evaluate(checked)) == "oauth2")
        }
    }

    /// `hasSameBits` and `PropertyMap.keyIdentity` read values and keys in place, relying on
    /// these layouts.
    @Test("the layouts the in-place reads rely on")
    func layouts() {
        #expect(MemoryLayout<PropertyMap.Entry>.offset(of: \PropertyMap.Entry.key) == 0)
        #expect(MemoryLayout<JSString>.size == MemoryLayout<UInt>.size)
        #expect(MemoryLayout<PropertyMap.Entry>.offset(of: \PropertyMap.Entry.value) != nil)
        let text = JSString("authType")
        #expect(text.storageIdentity == JSString(units: text.units).storageIdentity)
        #expect(text.storageIdentity != JSString("authType").storageIdentity)
    }
}
