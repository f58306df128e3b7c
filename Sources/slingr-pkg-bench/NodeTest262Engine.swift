import Foundation
import SlingrTest262

/// Runs test262 jobs in node, for figures next to SlingrScript's from the same runner: one
/// long-lived node process per worker thread, each job in a fresh `vm` context (a new realm),
/// harness files as scripts in that context, the test compiled first (a parse-phase error is
/// one `new vm.Script` throws) and then run with a time limit.
struct NodeTest262Engine: Test262Engine {
    let executable: String

    func makeWorker() -> Worker { Worker(executable: executable) }

    final class Worker: Test262Worker {
        private let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        private var buffer = Data()
        private var started = false

        init(executable: String) {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-e", Self.driver]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            started = (try? process.run()) != nil
        }

        deinit {
            try? input.fileHandleForWriting.close()
            if started { process.waitUntilExit() }
        }

        func run(_ job: Test262Job) -> Test262Verdict {
            guard started else { return .fail("node did not start") }
            let request: [String: Any] = [
                "source": job.source,
                "harness": job.harness.map { ["name": $0.name, "source": $0.source] },
                "phase": job.negative?.phase.rawValue ?? "",
                "type": job.negative?.type ?? "",
            ]
            guard let data = try? JSONSerialization.data(withJSONObject: request) else { return .fail("unencodable job") }
            input.fileHandleForWriting.write(data + Data([0x0A]))
            guard let line = readLine() else { return .fail("node stopped") }
            return line == "pass" ? .pass : .fail(line)
        }

        private func readLine() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                    buffer.removeSubrange(buffer.startIndex...newline)
                    return line
                }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }

        /// Reads one JSON job per line, answers `pass` or a failure message per line.
        static let driver = """
            const vm = require('vm');
            const readline = require('readline');
            const lines = readline.createInterface({ input: process.stdin });
            function name(e) {
              try { return e && e.constructor && e.constructor.name; } catch (_) { return undefined; }
            }
            function text(e) {
              try { return String(e && e.stack ? e.stack.split('\\n')[0] : e); } catch (_) { return 'unprintable error'; }
            }
            function makeContext() {
              const context = vm.createContext({});
              const host = {};
              vm.runInContext('this', context);
              const global = vm.runInContext('this', context);
              const define = (o, k, v) => Object.defineProperty(o, k, { value: v, writable: true, configurable: true, enumerable: false });
              define(host, 'global', global);
              define(host, 'evalScript', (s) => vm.runInContext(String(s), context));
              define(host, 'gc', () => { throw new TypeError('no gc'); });
              define(host, 'createRealm', () => makeContext().host);
              define(global, '$262', host);
              define(global, 'print', () => {});
              return { context, host };
            }
            lines.on('line', (line) => {
              const job = JSON.parse(line);
              let answer = 'pass';
              const { context } = makeContext();
              try {
                for (const file of job.harness) vm.runInContext(file.source, context, { filename: file.name });
              } catch (e) {
                answer = 'harness failed: ' + text(e);
              }
              if (answer === 'pass') {
                let script;
                try {
                  script = new vm.Script(job.source, { filename: 'test.js' });
                } catch (e) {
                  if (job.phase === 'parse' && name(e) === job.type) answer = 'pass';
                  else answer = 'parse: ' + text(e);
                }
                if (script) {
                  if (job.phase === 'parse') answer = 'expected a ' + job.type + ' at parse time';
                  else {
                    try {
                      script.runInContext(context, { timeout: 10000 });
                      if (job.phase) answer = 'expected a ' + job.type + ' at runtime';
                    } catch (e) {
                      answer = job.phase === 'runtime' && name(e) === job.type ? 'pass' : text(e);
                    }
                  }
                }
              }
              process.stdout.write(answer.replace(/\\n/g, ' ') + '\\n');
            });
            """
    }
}
