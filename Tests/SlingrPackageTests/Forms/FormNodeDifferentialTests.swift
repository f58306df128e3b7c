import Foundation
import SlingrDiagnostics
import SlingrScript
import Testing
@testable import SlingrPackage

/// The expressions of the fixture forms evaluated by node with the same `config` (values,
/// groups and platform values) and a `utils` written from the platform documentation: results and error
/// messages must agree with the preview's. One node process for the whole batch.
@Suite("Form expressions against node")
struct FormNodeDifferentialTests {
    static var node: String? {
        ["/usr/bin/node", "/usr/local/bin/node"].first { LocalFileSystem().isFile($0) }
    }

    struct Case {
        var label: String
        var config: String
        var source: String
        var expected: String
        /// Step inputs are also bare globals.
        var step: Bool
    }

    /// Every evaluated (or failed with a TypeError/ReferenceError) expression of the forms.
    static func cases() throws -> [Case] {
        var cases: [Case] = []
        let forms: [(String, String?, [HostValue])] = [
            ("forms/everything", nil, [.object([]), ["mode": "expert", "connection": ["proxy": ["enabled": true], "timeout": "x"]]]),
            ("forms/everything", "sendMessage", [.object([]), ["channel": "sms", "retries": "-3"]]),
            ("forms/oauth", nil, [["clientId": "c", "scopes": []]]),
            ("packages/sample", nil, [.object([]), ["authType": "apiKey", "advanced": ["timeout": "${T}"]]]),
        ]
        for (folder, step, valueSets) in forms {
            let definition = try FormDefinition.load(FormTestSupport.repository(folder), step: step)
            let evaluator = FormEvaluator(definition: definition,
                                          environment: FormEnvironment(app: "contacthub", packageName: definition.packageName,
                                                                       includesPlatformValues: !definition.isStep))
            for values in valueSets {
                let model = evaluator.evaluate(ConfigurationValues(root: values, origin: .file))
                var config = evaluator.configObject(model.values)
                for (name, value) in evaluator.environment.platform.members { config.set(name, .string(value)) }
                let configJSON = ConfigurationValues.jsonOutput(config).rendered(indent: 0)
                for field in model.allFields {
                    for outcome in field.outcomes where outcome.key != "defaultValue" {
                        let expected: String
                        switch outcome.result {
                        case .verbatim: continue
                        case .value(let value, let truthy):
                            guard outcome.source.first != "[" else { continue }
                            expected = "value " + render(value) + " " + String(truthy)
                        case .failed(let message):
                            guard message.hasPrefix("TypeError") || message.hasPrefix("ReferenceError") else { continue }
                            expected = "error " + message
                        }
                        cases.append(Case(label: "\(folder) \(field.spec.path) \(outcome.key)", config: configJSON, source: outcome.source, expected: expected,
                                           step: definition.isStep))
                    }
                }
            }
        }
        return cases
    }

    static func render(_ value: HostValue) -> String {
        if case .undefined = value { return "undefined" }
        return ConfigurationValues.jsonOutput(value).rendered(indent: 0)
    }

    @Test("node agrees on every expression of the fixture forms")
    func agreesWithNode() throws {
        guard let node = Self.node else {
            print("skipped: node not found")
            return
        }
        let cases = try Self.cases()
        #expect(cases.count > 40)
        let script = #"""
        const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const utils = {
          isPlaceholder: s => typeof s === 'string' && /^\$\{[A-Za-z0-9_]+\}$/.test(s),
          getInteger: v => typeof v === 'number' ? (Number.isInteger(v) ? v : NaN)
            : (typeof v === 'string' && /^[+-]?[0-9]+$/.test(v) ? parseInt(v, 10) : NaN),
        };
        utils.isPlaceHolder = utils.isPlaceholder;
        const out = cases.map(c => {
          const config = JSON.parse(c.config);
          const bare = !c.step ? [] : Object.keys(config).filter(k => /^[A-Za-z_$][\w$]*$/.test(k) && !['config', 'utils'].includes(k));
          try {
            const f = new Function('config', 'utils', ...bare, 'return (' + c.source.replace(/@config/g, 'config') + ');');
            const v = f(config, utils, ...bare.map(k => config[k]));
            return 'value ' + (v === undefined ? 'undefined' : JSON.stringify(v)) + ' ' + String(!!v);
          } catch (e) {
            return 'error ' + e.name + ': ' + e.message;
          }
        });
        process.stdout.write(JSON.stringify(out));
        """#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let payload = try JSONSerialization.data(withJSONObject: cases.map { ["config": $0.config, "source": $0.source, "step": $0.step] as [String: Any] })
        input.fileHandleForWriting.write(payload)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String])
        try #require(results.count == cases.count)
        for (testCase, result) in zip(cases, results) {
            #expect(testCase.expected == result, "\(testCase.label): \(testCase.source)")
        }
    }
}
