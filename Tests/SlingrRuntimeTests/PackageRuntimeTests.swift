import Foundation
import SlingrDiagnostics
import SlingrPackage
import SlingrScript
import Testing
@testable import SlingrRuntime

/// The emulated platform, one behaviour per test, on small packages held in memory.
@Suite("Package runtime")
struct PackageRuntimeTests {
    static let descriptor = """
    {"name": "demo", "label": "Demo",
     "dependencies": [{"type": "service", "name": "http", "version": "v1.8.5"}, {"type": "package", "name": "oauth", "version": "v1.0.34"}],
     "configuration": [{"label": "Key", "name": "apiKey", "type": "text", "defaultValue": "default-key"},
                       {"label": "Group", "name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"label": "Region", "name": "region", "type": "text", "defaultValue": "eu"}]}}],
     "events": [{"label": "Done", "name": "done"}]}
    """

    static func runtime(_ files: [String: String], options: RuntimeOptions = RuntimeOptions()) throws -> PackageRuntime {
        var all = ["package.json": descriptor]
        for (path, text) in files { all[path] = text }
        return try PackageRuntime(repository: RuntimeTestSupport.memoryPackage(all), options: options)
    }

    static func call(_ source: String, _ function: String = "f", arguments: [HostValue] = [], options: RuntimeOptions = RuntimeOptions(),
                     files: [String: String] = [:]) throws -> RunReport {
        var all = files
        all["scripts/lib.js"] = source
        return try runtime(all, options: options).run(.function(library: "lib", function: function, arguments: arguments))
    }

    @Test("each file has its own top-level scope and its own exports")
    func fileScopes() throws {
        let report = try Self.call("function helper() { return 'lib'; } exports.f = function () { return helper() + '+' + pkg.demo.other.g(); };",
                                   files: ["scripts/other.js": "function helper() { return 'other'; } exports.g = function () { return helper(); };"])
        #expect(report.result == "lib+other")
    }

    @Test("library functions run with this = exports")
    func thisIsExports() throws {
        let report = try Self.call("exports.PI = 3; exports.f = function () { return this.PI; };")
        #expect(report.result == 3)
    }

    @Test("config has the values over the defaults, config.get reads them")
    func configuration() throws {
        var options = RuntimeOptions()
        options.values.set("apiKey", "given", origin: .file)
        let report = try Self.call("exports.f = function () { return [config.apiKey, config.get('apiKey'), config.get('group.region'), config.group.region, config.get('missing'), config.get().apiKey, config.ENV]; };", options: options)
        #expect(report.result == ["given", "given", "eu", "eu", .undefined, "given", "dev"])
    }

    @Test("sys.logs and console record levels and messages")
    func logs() throws {
        let report = try Self.call("exports.f = function () { sys.logs.info('a', 1, {b: [2]}); sys.logs.error(new TypeError('x')); console.log('c'); sys.logs.debug('d'); sys.logs.warn('w'); };")
        #expect(report.logs.map(\.level) == [.info, .error, .info, .debug, .warn])
        #expect(report.logs.map(\.message) == ["a 1 {\"b\":[2]}", "TypeError: x", "c", "d", "w"])
    }

    @Test("sys.storage stores copies as JSON, get answers null for unknown keys")
    func storage() throws {
        let report = try Self.call("""
            exports.f = function () {
                var doc = {n: 1, f: function () {}};
                sys.storage.put('k', doc, {encrypt: true});
                doc.n = 2;
                var read = sys.storage.get('k', {decrypt: true});
                sys.storage.replace('r', 'x');
                return [read.n, read.f === undefined, sys.storage.get('none'), sys.storage.remove('r'), sys.storage.remove('r')];
            };
            """)
        #expect(report.result == [1, true, .null, true, false])
        #expect(report.storage["k"] == ["n": 1])
    }

    @Test("storage files read and render as one JSON object")
    func storageFile() {
        let (storage, diagnostics) = RuntimeStorage.read(SourceFile(path: "s.json", text: "{\"a\": {\"b\": [1, true]}, \"c\": null}"))
        #expect(diagnostics.isEmpty)
        #expect(storage?["a"] == ["b": [1, true]])
        #expect(storage?.rendered() == "{\n  \"a\": {\n    \"b\": [\n      1,\n      true\n    ]\n  },\n  \"c\": null\n}\n")
        let (bad, problems) = RuntimeStorage.read(SourceFile(path: "s.json", text: "[1]"))
        #expect(bad == nil)
        #expect(problems.map(\.ruleId) == [RuntimeStorage.ruleId])
    }

    @Test("events are recorded and checked against the declaration")
    func events() throws {
        let report = try Self.call("exports.f = function () { sys.events.triggerEvent('demo:done', {a: 1}); sys.events.triggerEvent('done'); sys.events.triggerEvent('other:done'); sys.events.triggerEvent('demo:nope'); };")
        #expect(report.events.map(\.name) == ["demo:done", "done", "other:done", "demo:nope"])
        #expect(report.events[0].data == ["a": 1])
        #expect(report.events.map { $0.problem == nil } == [true, false, false, false], "ids are '<package>:<event>', as lint's trigger-event checks")
        #expect(report.problems.map(\.ruleId) == ["trigger-event", "trigger-event", "trigger-event"])
    }

    @Test("context, app, base64 and HMAC answer as documented")
    func platformValues() throws {
        var options = RuntimeOptions()
        options.app = "shop"
        options.userId = "u1"
        let report = try Self.call("""
            exports.f = function () {
                return [sys.context.getCurrentUserRecord().id(), sys.app.getUrl(), sys.utils.base64.encode('héllo'),
                        sys.utils.base64.decode('aMOpbGxv'), sys.utils.crypto.hashHmac('msg', 'key', 'HmacSHA256', 'BASE64'),
                        sys.utils.crypto.verifySignatureWithHmac('msg', '2D93CBC1BE167BCB1637A4A23CBFF01A7878F0C50EE833954EA5221BB1B8C628', 'key', 'HmacSHA256')];
            };
            """, options: options)
        #expect(report.result == ["u1", "https://shop.slingrs.io/dev", "aMOpbGxv", "héllo", "LZPLwb4We8sWN6SiPL/wGnh48MUO6DOVTqUiG7G4xig=", true])
    }

    @Test("jwt.generate signs HS256 tokens; RS256 is not emulated")
    func jwt() throws {
        let report = try Self.call("exports.f = function () { return sys.utils.crypto.jwt.generate({sub: 'a'}, 'secret', 'HS256'); };")
        let token = try #require(report.result.flatMap { if case .string(let text) = $0 { return text } else { return nil } })
        let parts = token.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        #expect(parts[0] == "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9")
        #expect(parts[1] == ByteEncoding.base64(Array("{\"sub\":\"a\"}".utf8), urlSafe: true, padded: false))
        #expect(parts[2] == ByteEncoding.base64(HashFunction.sha256.hmac(key: Array("secret".utf8), message: Array((parts[0] + "." + parts[1]).utf8)), urlSafe: true, padded: false))
        let rsa = try Self.call("exports.f = function () { return sys.utils.crypto.jwt.generate({}, 'k', 'RS256'); };")
        #expect(rsa.failure?.description.contains("not emulated: sys.utils.crypto.jwt.generate with 'RS256'") == true)
    }

    @Test("anything else under sys fails at the call with 'not emulated'", arguments: [
        ("sys.data.find('x')", "sys.data.find"),
        ("new sys.data.Record('x')", "sys.data.Record"),
        ("sys.utils.script.eval('1 + 1')", "sys.utils.script.eval"),
        ("sys.storage.contains('k')", "sys.storage.contains"),
        ("sys.context.getCurrentUserRecord().field('email')", "sys.context.getCurrentUserRecord().field"),
        ("dependencies.oauth.functions.connectUser('x')", "dependencies.oauth.functions.connectUser"),
    ])
    func notEmulated(_ call: String, _ name: String) throws {
        let report = try Self.call("exports.f = function () {\n  return \(call);\n};")
        let failure = try #require(report.failure)
        #expect(failure.description.hasPrefix("Error: not emulated: \(name)"))
        #expect(failure.frames.first.map { "\($0.line):\($0.column)" } == "2:10")
        #expect(report.notEmulated == [name])
    }

    @Test("typeof and property checks on sys never read undefined")
    func noSilentUndefined() throws {
        let report = try Self.call("exports.f = function () { return [typeof sys.data, typeof sys.data.find, typeof sys.toString, String(sys.logs) ]; };")
        #expect(report.result == ["object", "function", "function", "[object Object]"])
    }

    @Test("sys.exceptions: ScriptException is an Error with a code; getMessage reads messages")
    func exceptions() throws {
        let report = try Self.call("""
            exports.f = function () {
                try { new sys.exceptions.ScriptException(sys.exceptions.BAD_REQUEST_ERROR, 'Invalid user').throw(); }
                catch (e) { return [e instanceof Error, e.name, e.code, sys.exceptions.getMessage(e), sys.exceptions.getMessage('plain'), sys.exceptions.getCode(new Error('x'))]; }
            };
            """)
        #expect(report.result == [true, "ScriptException", "badRequest", "Invalid user", "plain", "unknown"])
        let uncaught = try Self.call("exports.f = function () {\n  new sys.exceptions.ScriptException('badRequest', 'no').throw();\n};")
        #expect(uncaught.failure?.description == "ScriptException: no")
        #expect(uncaught.failure?.frames.map(\.line) == [2])
    }

    @Test("uncaught errors carry a stack of file:line:column frames across files")
    func stacks() throws {
        let report = try Self.call("exports.f = function () {\n  return pkg.demo.other.g();\n};",
                                   files: ["scripts/other.js": "function inner(x) {\n  return x.y.z;\n}\nexports.g = function () { return inner({}); };"])
        let failure = try #require(report.failure)
        #expect(failure.description == "TypeError: Cannot read properties of undefined (reading 'z')")
        #expect(failure.frames.map(\.description) == [
            "at inner (pkg/scripts/other.js:2:10)", "at exports.g (pkg/scripts/other.js:4:34)", "at exports.f (pkg/scripts/lib.js:2:10)",
        ])
        #expect(failure.diagnostic?.file == "pkg/scripts/other.js")
    }

    @Test("a file that does not parse fails where it is loaded, located in it")
    func syntaxErrors() throws {
        let report = try Self.call("exports.f = function () { return pkg.demo.other.g(); };", files: ["scripts/other.js": "exports.g = function ( {"])
        let failure = try #require(report.failure)
        #expect(failure.kind == .syntaxError)
        #expect(failure.diagnostic?.file == "pkg/scripts/other.js")
        #expect(failure.diagnostic?.ruleId == "js-syntax")
    }

    @Test("the step budget ends runaway code with a located error")
    func budget() throws {
        var options = RuntimeOptions()
        options.limits.maxSteps = 10_000
        let report = try Self.call("exports.f = function () {\n  while (true) {}\n};", options: options)
        #expect(report.failure?.kind == .limitExceeded(.steps))
        #expect(report.failure?.frames.first?.line == 2)
    }
}

/// Storage operations stay constant time: 100,000 documents put, read, removed and put again.
@Suite("Runtime storage at scale")
struct RuntimeStorageScaleTests {
    @Test("order is kept through removals and compaction")
    func manyDocuments() {
        var storage = RuntimeStorage()
        let count = 100_000
        for index in 0..<count { storage.put("k\(index)", .number(Double(index))) }
        var removed = 0
        for index in stride(from: 0, to: count, by: 2) where storage.remove("k\(index)") { removed += 1 }
        #expect(removed == count / 2)
        storage.put("k1", "again")
        storage.put("k0", "new")
        let entries = storage.entries
        #expect(entries.count == count / 2 + 1)
        #expect(entries.first?.key == "k1" && entries.first?.value == "again")
        #expect(entries.last?.key == "k0")
        #expect(storage["k3"] == 3 && storage["k2"] == nil)
    }
}


/// `sys.utils.concurrency` and `sys.utils.script.wait` on one thread.
@Suite("Runtime concurrency helpers")
struct RuntimeConcurrencyTests {
    @Test("lock runs the function holding the lock; tryLock fails only while it is held")
    func locks() throws {
        let report = try PackageRuntimeTests.call("""
            exports.f = function () {
                var inside = sys.utils.concurrency.lock('k', function () { return sys.utils.concurrency.tryLock('k', 1); });
                var first = sys.utils.concurrency.tryLock('k', 1);
                var second = sys.utils.concurrency.tryLock('k', 1);
                var released = sys.utils.concurrency.unlock('k');
                sys.utils.script.wait(1000);
                return [inside, first, second, released, sys.utils.concurrency.tryLock('k'), Date.now()];
            };
            """)
        #expect(report.result == [false, true, false, true, true, .number(RuntimeOptions.defaultNow)])
        let evaluated = try PackageRuntimeTests.call("exports.f = function () { return sys.utils.script.eval('1'); };")
        #expect(evaluated.failure?.description == "Error: not emulated: sys.utils.script.eval")
    }
}

/// `slingr-pkg help runtime` lists every member the emulated `sys` defines.
@Suite("Runtime reference")
struct RuntimeReferenceTests {
    @Test("every emulated sys member is in the reference")
    func complete() throws {
        let report = try PackageRuntimeTests.call("""
            exports.f = function () {
                var names = [];
                ['logs', 'storage', 'events', 'context', 'app', 'exceptions'].forEach(function (group) {
                    Object.keys(sys[group]).forEach(function (name) { names.push('sys.' + group + ': ' + name); });
                });
                ['base64', 'crypto', 'concurrency', 'script'].forEach(function (group) {
                    Object.keys(sys.utils[group]).forEach(function (name) { names.push('sys.utils.' + group + ': ' + name); });
                });
                Object.keys(sys.utils.crypto.jwt).forEach(function (name) { names.push('sys.utils.crypto.jwt: ' + name); });
                return names;
            };
            """)
        guard case .array(let names)? = report.result else {
            Issue.record("no names: \(report.failure?.description ?? "")")
            return
        }
        #expect(names.count > 20)
        let text = RuntimeReference.text(width: 10_000)
        for case .string(let entry) in names {
            let parts = entry.components(separatedBy: ": ")
            let group = parts[0], name = parts[1]
            let listed = text.split(separator: "\n").contains { line in line.contains(group) && line.contains(name) }
            #expect(listed, "\(group).\(name) is not in 'slingr-pkg help runtime'")
        }
    }
}
