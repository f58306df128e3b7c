import Foundation

/// Runs node for the differential tests: one process per batch, inputs and outputs as JSON
/// files in a private temporary directory. Tests skip (with a message) when node is missing.
enum NodeRunner {
    /// The node executable, found with `/usr/bin/env node --version`.
    static let isAvailable: Bool = {
        guard let output = try? run(executable: "/usr/bin/env", arguments: ["node", "--version"]) else { return false }
        return output.hasPrefix("v")
    }()

    /// Runs `script` (CommonJS, with node internals exposed so acorn can be required) on
    /// `input` (JSON text); returns the script's standard output.
    static func run(script: String, input: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("slingr-parser-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Our own package.json keeps node from reading unrelated ones in parent directories.
        try Data("{}".utf8).write(to: directory.appendingPathComponent("package.json"))
        let scriptURL = directory.appendingPathComponent("run.js")
        let inputURL = directory.appendingPathComponent("input.json")
        try Data(script.utf8).write(to: scriptURL)
        try Data(input.utf8).write(to: inputURL)
        return try run(executable: "/usr/bin/env", arguments: ["node", "--expose-internals", scriptURL.path, inputURL.path])
    }

    private static func run(executable: String, arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// JSON text of an array of strings.
    static func jsonArray(_ strings: [String]) -> String {
        var text = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { text += "," }
            text += jsonString(string)
        }
        return text + "]"
    }

    static func jsonString(_ string: String) -> String {
        var text = "\""
        for unit in string.unicodeScalars {
            switch unit {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if unit.value < 0x20 || unit.value == 0x2028 || unit.value == 0x2029 {
                    text += String(format: "\\u%04x", unit.value)
                } else {
                    text.unicodeScalars.append(unit)
                }
            }
        }
        return text + "\""
    }

    /// For each source: `null` when `vm.Script` compiles it, otherwise V8's message.
    static let verdictScript = """
        const vm = require('vm');
        const fs = require('fs');
        const sources = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const verdicts = sources.map(source => {
          try { new vm.Script(source); return null; } catch (error) { return String(error.message); }
        });
        process.stdout.write(JSON.stringify(verdicts));
        """

    /// Input: [[source, ourJSON], ...]. For each: null when acorn's tree equals ours (type,
    /// start, end and all fields), else the path and values of the first difference.
    static let astScript = """
        const acorn = require('internal/deps/acorn/acorn/dist/acorn');
        const fs = require('fs');
        const pairs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        function normalise(tree) {
          return JSON.parse(JSON.stringify(tree, (key, value) =>
            typeof value === 'bigint' ? String(value) : (value instanceof RegExp ? {} : value)));
        }
        function difference(a, b, path) {
          if (typeof a !== typeof b) return path + ': ' + JSON.stringify(a) + ' vs ' + JSON.stringify(b);
          if (a === null || b === null || typeof a !== 'object') {
            if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return path + ': ' + JSON.stringify(a) + ' vs ' + JSON.stringify(b);
            return null;
          }
          if (Array.isArray(a) !== Array.isArray(b)) return path + ': array vs object';
          const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
          for (const key of keys) {
            const found = difference(a[key], b[key], path + '.' + key + (a.type ? '<' + a.type + '>' : ''));
            if (found) return found;
          }
          return null;
        }
        const results = pairs.map(([source, ours]) => {
          let reference;
          try { reference = normalise(acorn.parse(source, { ecmaVersion: 'latest' })); }
          catch (error) { return 'acorn rejects: ' + error.message; }
          return difference(reference, JSON.parse(ours), '');
        });
        process.stdout.write(JSON.stringify(results));
        """
}
