import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// The shapes of code real packages contain parse, and their errors are located.
@Suite("Parsing package code")
struct PackageScriptParsingTests {
    @Test("scripts, listeners, steps, UI services and builders parse", arguments: [
        "exports.get = function (id) { return dependencies.http.get({ url: '/items/' + id }); };",
        "listeners.hook = { label: 'Hook', type: 'service', options: { service: 'http', event: 'webhook', matching: { path: '/p' } }, callback: function (event) {} };",
        "step.send = function (inputs) { return { response: pkg.p.api.send(inputs.body) }; };",
        "service.open = function (message) { service.callback(message, 'done', {}); };",
        "let configurationBuilder = function (config) { config.oauth = { id: sys.context.getCurrentUserRecord().id() }; return config; };",
    ])
    func parses(_ code: String) {
        let result = JavaScriptParser.parseProgram(code)
        #expect(result.isValid, "\(result.errors)")
    }

    @Test("@config is read as config only when asked, and never inside strings")
    func configReferences() throws {
        let options = JavaScriptParser.Options(slingrConfigReferences: true)
        let result = JavaScriptParser.parseExpression(SourceFile(path: "e", text: "@config.entity == '@config'"), options: options)
        #expect(result.isValid)
        #expect(!JavaScriptParser.parseExpression(SourceFile(path: "e", text: "@config.entity")).isValid)
    }

    @Test("a syntax error has V8's message and a location")
    func located() throws {
        let result = JavaScriptParser.parseProgram("var a = 1;\nvar b = (2;\n")
        let error = try #require(result.errors.first)
        #expect(error.description == "Unexpected token ';' (2:10)")
    }
}
