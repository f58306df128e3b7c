import Foundation
import SlingrDiagnostics
import SlingrScript
import Testing

/// Locates `Fixtures/` from this file, walking up to the package root.
enum FixturePaths {
    static func root(_ filePath: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }

    static var languageFixtures: [LanguageFixture] {
        let directory = root().appendingPathComponent("Fixtures/scripts/language")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".js") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return LanguageFixture(name: name, text: text)
        }
    }
}

@Suite("Language fixtures")
struct LanguageFixtureTests {
    @Test("fixtures are present")
    func fixturesArePresent() {
        #expect(FixturePaths.languageFixtures.count >= 20)
    }

    @Test("fixture behaves as its inline expectations say", arguments: FixturePaths.languageFixtures)
    func fixture(_ fixture: LanguageFixture) throws {
        #expect(!fixture.chunks.isEmpty || fixture.expectedResult != nil || fixture.expectedConfig != nil,
                "\(fixture.name) has no expectations")
        let interpreter = ScriptInterpreter(environment: try environment(for: fixture), limits: fixture.limits)
        switch fixture.mode {
        case "statements":
            check(fixture, interpreter) { () throws(ScriptError) -> Value in try interpreter.runStatements(fixture.text) }
        case "configurationBuilder":
            do {
                let result = try interpreter.runConfigurationBuilder(source: fixture.text)
                if let expected = fixture.expectedResult {
                    #expect(result.description == expected, "\(fixture.name): configurationBuilder result")
                }
                if case .error(let expected, _)? = fixture.finalExpectation {
                    Issue.record("\(fixture.name): expected error \(expected), got \(result)")
                }
            } catch {
                if case .error(let expected, _)? = fixture.finalExpectation {
                    #expect(error.description == expected, "\(fixture.name)")
                } else {
                    Issue.record("\(fixture.name): unexpected \(error.description) at \(String(describing: error.range))")
                }
            }
        default:
            for chunk in fixture.chunks {
                checkChunk(fixture, chunk, interpreter)
            }
        }
        if let expected = fixture.expectedConfig {
            #expect(interpreter.config.description == expected, "\(fixture.name): config afterwards")
        }
        if let expected = fixture.expectedLogs {
            let logs = interpreter.logs.map { "\($0.level.rawValue):\($0.message)" }.joined(separator: " | ")
            #expect(logs == expected, "\(fixture.name): logs")
        }
    }

    private func environment(for fixture: LanguageFixture) throws -> SlingrEnvironment {
        var environment = SlingrEnvironment()
        if let expression = fixture.configExpression {
            let helper = ScriptInterpreter()
            environment.config = helper.hostValue(try helper.evaluateExpression(expression))
        }
        if let platform = fixture.platform { environment.platform = platform }
        environment.currentUserId = fixture.user
        environment.appURL = fixture.app
        return environment
    }

    /// The text expectations compare with: `display`, but objects and arrays as compact JSON.
    static func compactDisplay(_ value: Value, _ interpreter: ScriptInterpreter) -> String {
        let text = interpreter.display(value)
        if case .object = value, text.hasPrefix("{") || text.hasPrefix("[") {
            return (try? interpreter.json(value)).flatMap { $0 } ?? text
        }
        return text
    }

    private func check(_ fixture: LanguageFixture, _ interpreter: ScriptInterpreter, _ run: () throws(ScriptError) -> Value) {
        do {
            let value = try run()
            switch fixture.finalExpectation {
            case .value(let expected)?:
                #expect(Self.compactDisplay(value, interpreter) == expected, "\(fixture.name)")
            case .error(let expected, _)?:
                Issue.record("\(fixture.name): expected error \(expected), got \(Self.compactDisplay(value, interpreter))")
            case nil:
                break
            }
        } catch {
            if case .error(let expected, _)? = fixture.finalExpectation {
                #expect(error.description == expected, "\(fixture.name)")
            } else {
                Issue.record("\(fixture.name): unexpected \(error.description) at \(String(describing: error.range))")
            }
        }
    }

    private func checkChunk(_ fixture: LanguageFixture, _ chunk: LanguageFixture.Chunk, _ interpreter: ScriptInterpreter) {
        let where_ = "\(fixture.name):\(chunk.line)"
        do {
            let value: Value
            if fixture.mode == "expressions" {
                let line = chunk.source.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                let code = line.components(separatedBy: "// expect").first ?? line
                value = try interpreter.evaluateExpression(code.trimmingWhitespace())
            } else {
                value = try interpreter.runProgram(chunk.source, path: fixture.name)
            }
            switch chunk.expectation {
            case .value(let expected):
                #expect(Self.compactDisplay(value, interpreter) == expected, "\(where_)")
            case .error(let expected, _):
                Issue.record("\(where_): expected error \(expected), got \(Self.compactDisplay(value, interpreter))")
            }
        } catch {
            switch chunk.expectation {
            case .value(let expected):
                Issue.record("\(where_): expected \(expected), got \(error.description)")
            case .error(let expected, let mustBeOnLine):
                #expect(error.description == expected, "\(where_)")
                if mustBeOnLine && fixture.mode != "expressions" {
                    let file = SourceFile(path: fixture.name, text: chunk.source)
                    let line = error.range.map { file.location(of: $0.start).line }
                    #expect(line == chunk.line, "\(where_): error located at line \(String(describing: line))")
                }
            }
        }
    }
}
