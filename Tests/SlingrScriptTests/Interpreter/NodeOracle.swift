import Foundation

/// Runs a batch of JavaScript snippets in one `node` process, for differential tests.
///
/// The program is passed with `-e` (so no `package.json` lookup happens) and the batch as
/// JSON on stdin; node prints one JSON array of result strings.
enum NodeOracle {
    /// The node executable, or nil when node is not installed.
    static let executable: String? = {
        for candidate in ["/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", "--version"]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0 ? "node" : nil
        } catch {
            return nil
        }
    }()

    static var isAvailable: Bool { executable != nil }

    /// The canonical form of a value, shared by both engines: distinguishes `-0`, `NaN`,
    /// `undefined`, strings (JSON-quoted, lone surrogates escaped), arrays and plain objects
    /// (keys in order); a throw becomes `throw:<error name>`.
    static let canonicalizer = """
        function __canon(v, depth) {
          if (depth > 8) return '...';
          if (v === undefined) return 'undefined';
          if (v === null) return 'null';
          switch (typeof v) {
            case 'boolean': return v ? 'true' : 'false';
            case 'number': return Object.is(v, -0) ? '-0' : String(v);
            case 'string': return JSON.stringify(v);
            case 'function': return 'function';
          }
          if (Array.isArray(v)) return '[' + v.map(function (x) { return __canon(x, depth + 1); }).join(',') + ']';
          if (v instanceof Error) return 'error:' + v.name;
          return '{' + Object.keys(v).map(function (k) { return JSON.stringify(k) + ':' + __canon(v[k], depth + 1); }).join(',') + '}';
        }
        function __run(f) {
          try { return __canon(f(), 0); } catch (e) { return 'throw:' + (e && e.name); }
        }
        """

    /// Evaluates `__run(() => (snippet))` for each snippet in node and returns the results.
    static func run(_ snippets: [String]) throws -> [String] {
        try execute(canonicalizer + """

            const input = require('fs').readFileSync(0, 'utf8');
            const snippets = JSON.parse(input);
            const results = snippets.map(function (s) {
              try { return (0, eval)('__run(() => (' + s + '))'); } catch (e) { return 'syntax:' + e.message; }
            });
            process.stdout.write(JSON.stringify(results));
            """, snippets)
    }

    /// Runs each script in a fresh `vm` context (200 ms timeout) and returns the canonical
    /// completion value, `throw:<error name or typeof>`, or `timeout`.
    static func runScripts(_ scripts: [String]) throws -> [String] {
        try execute("""
            const vm = require('vm');
            const canonicalizer = \(String(reflecting: canonicalizer));
            const scripts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const results = scripts.map(function (source) {
              const context = vm.createContext({});
              vm.runInContext(canonicalizer, context);
              try {
                context.__value = new vm.Script(source).runInContext(context, { timeout: 200 });
                return vm.runInContext('__canon(__value, 0)', context);
              } catch (e) {
                if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timeout';
                const isError = e !== null && typeof e === 'object' && typeof e.name === 'string' && 'message' in e;
                return 'throw:' + (isError ? e.name : typeof e);
              }
            });
            process.stdout.write(JSON.stringify(results));
            """, scripts)
    }

    /// Runs each session's chunks in order in one `vm` context (like a REPL) and returns, per
    /// chunk, how node displays the completion value or the error (`Name: message`), using the
    /// fixture display rules (strings raw, objects as JSON).
    static func runSessions(_ sessions: [[String]]) throws -> [[String]] {
        let flat = try execute("""
            const vm = require('vm');
            function display(v) {
              if (v === undefined) return 'undefined';
              if (typeof v === 'function') return v.name ? '[Function ' + v.name + ']' : '[Function (anonymous)]';
              if (v instanceof Error) return String(v);
              if (v instanceof RegExp) return String(v);
              if (v instanceof Date) return v.toISOString();
              if (v !== null && typeof v === 'object') { const s = JSON.stringify(v); return s === undefined ? 'undefined' : s; }
              return String(v);
            }
            const sessions = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            const results = sessions.map(function (session) {
              const context = vm.createContext({});
              return JSON.stringify(session.map(function (chunk) {
                try { return display(new vm.Script(chunk).runInContext(context, { timeout: 1000 })); }
                catch (e) { return 'error: ' + (e && e.name ? e.name + ': ' + e.message : String(e)); }
              }));
            });
            process.stdout.write(JSON.stringify(results));
            """, payload: try JSONEncoder().encode(sessions))
        return flat.map { text in
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]) ?? []
        }
    }

    private static func execute(_ program: String, _ snippets: [String]) throws -> [String] {
        try execute(program, payload: try JSONEncoder().encode(snippets))
    }

    private static func execute(_ program: String, payload: Data) throws -> [String] {
        guard let executable else { return [] }
        let process = Process()
        if executable == "node" {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["node", "-e", program]
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-e", program]
        }
        // The sandbox's local time zone is UTC; make node's the same.
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        // Write on another thread: node may fill its stdout pipe before we finish writing.
        let writer = Thread {
            input.fileHandleForWriting.write(payload)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (try JSONSerialization.jsonObject(with: data) as? [String]) ?? []
    }
}
