import Foundation
import SlingrDiagnostics

/// Wall time of `slingr-pkg run step` on a typical flow step from a cold process (start-up,
/// loading the package and its configuration, the step and the library it calls, an HTTP reply
/// from the replies file, the report), median of repeated runs; target under 20 ms. When node
/// is installed, the same step code runs in a node process with the same stubs (`sys`,
/// `config`, `pkg`, `dependencies.http` answering from the same replies file, each file as its
/// own function), and the outputs are compared before the times are.
enum RunBenchmark {
    static let step = "createContact"

    static func run(_ arguments: [String]) -> Int32 {
        let repeats = arguments.first.flatMap(Int.init) ?? 40
        let tool = BenchmarkClock.toolPath
        guard let package = fixturePackage() else {
            print("run: cannot find Fixtures/runtime/acme; run from the package root")
            return 2
        }
        let command = ["run", "step", step, "-C", package, "--values", package + "/values.json", "--http", package + "/replies.json",
                       "--input", "name=Ada", "--format", "json"]
        guard let first = BenchmarkClock.runProcess(tool, command) else {
            print("run: \(tool) not found; build it with swift build -c release")
            return 2
        }
        guard first.status == 0 else {
            print("run: '\(tool) \(command.joined(separator: " "))' exited with status \(first.status)")
            return 1
        }
        let walls = (0..<repeats).compactMap { _ in BenchmarkClock.runProcess(tool, command)?.seconds }.sorted()
        let median = BenchmarkClock.median(walls)
        print("run step \(step) of Fixtures/runtime/acme, cold process: median \(BenchmarkClock.milliseconds(median)), best \(BenchmarkClock.milliseconds(walls.first ?? 0)) over \(walls.count) runs")
        var status: Int32 = 0
        if median >= 0.020 {
            print("  above the 20 ms target")
            status = 1
        }
        guard let node = ScriptBenchmark.findNode() else {
            print("node: not installed; no comparison")
            return status
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slingr-run-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = directory.appendingPathComponent("harness.js").path
        guard FileManager.default.createFile(atPath: harness, contents: Data(nodeHarness.utf8)) else {
            print("node: cannot write the harness")
            return status
        }
        let nodeArguments = [harness, package, step, "{\"name\":\"Ada\"}"]
        let ours = output(tool, command).flatMap(resultMember)
        let theirs = output(node, nodeArguments)?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let ours, ours == theirs else {
            print("node: the outputs differ (slingr-pkg \(ours ?? "nothing"), node \(theirs ?? "nothing")); no comparison")
            return 1
        }
        let nodeWalls = (0..<repeats).compactMap { _ in BenchmarkClock.runProcess(node, nodeArguments)?.seconds }.sorted()
        let nodeMedian = BenchmarkClock.median(nodeWalls)
        print("node running the same step with the same stubs, cold process: median \(BenchmarkClock.milliseconds(nodeMedian)), best \(BenchmarkClock.milliseconds(nodeWalls.first ?? 0)); slingr-pkg takes \(String(format: "%.2f", median / nodeMedian))x node's time (same result: \(ours))")
        return status
    }

    /// The step's result from `run --format json`, as compact JSON.
    static func resultMember(_ json: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], let result = object["result"],
              let data = try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func output(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// `Fixtures/runtime/acme` from the current folder or above it.
    static func fixturePackage() -> String? {
        var directory = FileManager.default.currentDirectoryPath
        let fileSystem = LocalFileSystem()
        while true {
            let candidate = PathName.join(directory, "Fixtures/runtime/acme")
            if fileSystem.isFile(PathName.join(candidate, "package.json")) { return candidate }
            let parent = PathName.parent(directory)
            if parent == directory { return nil }
            directory = parent
        }
    }

    /// node's side: the same emulation, written for node (`node harness.js DIR STEP INPUTS`):
    /// configuration defaults under the values file, files run as functions of `exports, config,
    /// dependencies, step, listeners`, libraries loaded on first use, logs/events/storage kept,
    /// HTTP answered from the replies file by method, URL pattern and body; prints the step's
    /// result as JSON with sorted keys.
    static let nodeHarness = #"""
    const fs = require('fs'), path = require('path');
    const [dir, stepName, inputText] = process.argv.slice(2);
    const read = (p) => fs.readFileSync(path.join(dir, p), 'utf8');
    const descriptor = JSON.parse(read('package.json'));
    const values = JSON.parse(read('values.json'));
    const replies = JSON.parse(read('replies.json')).replies;
    const configValues = {};
    for (const field of descriptor.configuration || []) if (field.defaultValue !== undefined) configValues[field.name] = field.defaultValue;
    Object.assign(configValues, values);
    const config = Object.assign({}, configValues);
    Object.defineProperty(config, 'get', { value: (name) => name == null ? Object.assign({}, configValues) : configValues[name] });
    const logs = [], events = [], storage = new Map();
    const logger = (level) => (...args) => { logs.push({ level, message: args.map(String).join(' ') }); };
    global.sys = {
      logs: { debug: logger('debug'), info: logger('info'), warn: logger('warn'), error: logger('error') },
      storage: {
        get: (key) => storage.has(key) ? JSON.parse(storage.get(key)) : null,
        put: (key, value) => { storage.set(key, JSON.stringify(value)); return value; },
        remove: (key) => storage.delete(key),
      },
      events: { triggerEvent: (name, data) => { events.push({ name, data }); } },
    };
    const wildcard = (pattern, text) => new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$').test(text);
    const contains = (actual, expected) => {
      if (expected && typeof expected === 'object') return actual && typeof actual === 'object' && Object.keys(expected).every((k) => contains(actual[k], expected[k]));
      return actual === expected;
    };
    const send = (method) => (options) => {
      const url = options.url, body = options.body === undefined ? undefined : JSON.stringify(options.body);
      const reply = replies.find((r) => (!r.request.method || r.request.method === method) && wildcard(r.request.url, url.split('?')[0])
        && (r.request.body === undefined || (body !== undefined && contains(JSON.parse(body), r.request.body))));
      if (!reply) throw new Error('no HTTP reply for ' + method + ' ' + url);
      const response = reply.response;
      if ((response.status || 200) >= 400) { const e = new Error('HTTP ' + response.status); e.additionalInfo = response; throw e; }
      return response.body;
    };
    const http = {};
    for (const m of ['get', 'post', 'put', 'patch', 'delete']) http[m] = send(m.toUpperCase());
    const dependencies = { http };
    const step = {}, listeners = {};
    const run = (file, exports) => new Function('exports', 'config', 'dependencies', 'step', 'listeners', read(file))(exports, config, dependencies, step, listeners);
    const library = {};
    const namespace = {};
    for (const file of fs.readdirSync(path.join(dir, 'scripts'))) {
      const name = file.replace(/\.js$/, '');
      Object.defineProperty(namespace, name, { get: () => { if (!library[name]) { library[name] = {}; run('scripts/' + file, library[name]); } return library[name]; } });
    }
    global.pkg = { [descriptor.name]: namespace };
    run('flowSteps/' + stepName + '/step.js', {});
    const inputs = JSON.parse(inputText);
    for (const input of JSON.parse(read('flowSteps/' + stepName + '/step.json')).inputs) {
      if (inputs[input.name] === undefined && input.defaultValue !== undefined) inputs[input.name] = input.defaultValue;
    }
    const result = step[stepName](inputs);
    const sorted = (v) => Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.keys(v).sort().reduce((o, k) => (o[k] = sorted(v[k]), o), {}) : v;
    process.stdout.write(JSON.stringify(sorted(result)) + '\n');
    """#
}
