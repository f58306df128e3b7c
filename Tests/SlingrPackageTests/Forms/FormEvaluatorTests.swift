import SlingrScript
import Testing
@testable import SlingrPackage

@Suite("Form evaluation")
struct FormEvaluatorTests {
    /// The `value` rule (see expression-syntax): code when it parses as one expression that is not a bare
    /// identifier; verbatim when it does not parse or fails on an unknown global.
    @Test("label values follow the value rule", arguments: [
        ("'https://' + config.sub + '.chargify.com'", "https://acme.chargify.com"),
        ("config.WEBHOOK_URL", "https://myapp.slingrs.io/dev/services/pkg/pkg"),
        ("@config.WEBHOOK_SYNC_URL", "https://myapp.slingrs.io/dev/services/pkg/sync/pkg"),
        ("https://api.pandadoc.com/public/v1", "https://api.pandadoc.com/public/v1"),
        ("addANote", "addANote"),
        ("Sample Complex Package", "Sample Complex Package"),
        ("Hello-world", "Hello-world"),
        ("<ul><li>Step</li></ul>", "<ul><li>Step</li></ul>"),
        ("1.50", "1.50"),
        ("true", "true"),
        ("'quoted'", "quoted"),
        ("config.sub.toUpperCase()", "ACME"),
        ("\"https://\" + config.sub + \".example.com\";", "https://acme.example.com"),
        ("'https://' + config.sub;  ", "https://acme"),
    ])
    func valueRule(_ source: String, _ shown: String) throws {
        let fields = "[{\"name\": \"sub\", \"type\": \"text\"}, {\"name\": \"l\", \"type\": \"label\", \"value\": \(quoted(source))}]"
        let model = FormTestSupport.evaluate(fields, values: ["sub": "acme"])
        let outcome = try #require(model.field(at: "l")?.displayValues.first)
        #expect(outcome.failure == nil)
        #expect(outcome.value == .string(shown))
    }

    /// Published packages end expressions with ';' and leave oauth2 options empty; the platform
    /// computes a script's completion value, so both work.
    @Test("expressions are evaluated as a script's completion value; blank means no value")
    func completionValues() throws {
        let fields = """
        [{"name": "sub", "type": "text"},
         {"name": "a", "type": "text", "required": "config.sub == 'acme';", "visibility": ""},
         {"name": "b", "type": "text", "visibility": "var hidden = config.sub != 'acme'; !hidden"},
         {"name": "o", "type": "oauth2", "typeOptions": {"clientId": "config.sub;", "scope": "  "}}]
        """
        let model = FormTestSupport.evaluate(fields, values: ["sub": "acme"])
        let a = try #require(model.field(at: "a"))
        #expect(a.required && a.visible, "a blank visibility is absent, so the field is visible")
        #expect(try #require(model.field(at: "b")).visible)
        let options = try #require(model.field(at: "o")?.oauth2Options)
        #expect(options.map(\.value) == [.string("acme"), .undefined])
        #expect(options.allSatisfy { $0.failure == nil })
    }

    @Test("a value that fails for another reason than an unknown global is an error at the field")
    func failingValue() throws {
        let model = FormTestSupport.evaluate("[{\"name\": \"l\", \"type\": \"label\", \"value\": \"config.nothing.deeper\"}]")
        let outcome = try #require(model.field(at: "l")?.displayValues.first)
        #expect(outcome.failure == "TypeError: Cannot read properties of undefined (reading 'deeper')")
    }

    @Test("visibility and required are evaluated with the values; hidden fields are still in config")
    func conditions() throws {
        let fields = """
        [{"name": "mode", "type": "dropDown", "defaultValue": "a"},
         {"name": "secret", "type": "text", "visibility": "config.mode == 'b'", "defaultValue": "s"},
         {"name": "echo", "type": "label", "value": "'secret is ' + config.secret"},
         {"name": "needed", "type": "text", "required": "@config.mode=='a'"},
         {"name": "flag", "type": "text", "required": "true", "visibility": true}]
        """
        let model = FormTestSupport.evaluate(fields)
        #expect(model.field(at: "secret")?.visible == false)
        #expect(model.field(at: "echo")?.displayValues.first?.value == "secret is s")
        #expect(model.field(at: "needed")?.required == true)
        #expect(model.field(at: "flag")?.required == true)
        let switched = FormTestSupport.evaluate(fields, values: ["mode": "b"])
        #expect(switched.field(at: "secret")?.visible == true)
        #expect(switched.field(at: "needed")?.required == false)
    }

    @Test("failing expressions are recorded at their field and never abort the evaluation", arguments: [
        ("config.a.b.c", "TypeError: Cannot read properties of undefined (reading 'b')"),
        ("window.innerWidth > 10", "ReferenceError: window is not defined"),
        ("config.mode ===", nil),
        ("(function f() { while (true) {} })()", nil),
        ("(function f() { return f(); })()", nil),
    ] as [(String, String?)])
    func failures(_ source: String, _ message: String?) throws {
        let fields = "[{\"name\": \"x\", \"type\": \"text\", \"visibility\": \(quoted(source))}, {\"name\": \"y\", \"type\": \"label\", \"value\": \"'after'\"}]"
        let model = FormTestSupport.evaluate(fields)
        let field = try #require(model.field(at: "x"))
        let failure = try #require(field.visibility?.failure)
        if let message { #expect(failure == message) }
        #expect(field.visible, "a failing visibility leaves the field visible")
        #expect(model.field(at: "y")?.displayValues.first?.value == "after")
    }

    @Test("an endless loop ends within the per-expression step budget")
    func endlessLoopIsBounded() throws {
        let model = FormTestSupport.evaluate("[{\"name\": \"x\", \"type\": \"text\", \"required\": \"(function () { for (;;) {} })()\"}]")
        let failure = try #require(model.field(at: "x")?.requiredOutcome?.failure)
        #expect(failure.contains("100000"))
    }

    @Test("values: defaults, then the values file, then --set; defaults see earlier values")
    func precedence() {
        let fields = """
        [{"name": "a", "type": "text", "defaultValue": "from-default"},
         {"name": "b", "type": "text", "defaultValue": "'b-' + config.a"},
         {"name": "g", "type": "fieldsGroup", "typeOptions": {"fields": [{"name": "c", "type": "toggle", "defaultValue": "true"}]}}]
        """
        let evaluator = FormTestSupport.evaluator(fields)
        var values = ConfigurationValues(root: ["a": "from-file", "b": "file-b"], origin: .file)
        values.set("b", "from-set", origin: .commandLine)
        let model = evaluator.evaluate(values)
        #expect(model.field(at: "a")?.value == "from-file")
        #expect(model.field(at: "b")?.value == "from-set")
        #expect(model.field(at: "b")?.origin == .commandLine)
        #expect(model.field(at: "g.c")?.value == .bool(true), "a toggle's \"true\" default is a boolean")
        let defaults = evaluator.evaluate(ConfigurationValues(root: ["a": "x"], origin: .file))
        #expect(defaults.field(at: "b")?.value == "b-x")
        #expect(defaults.field(at: "b")?.origin == .defaultValue)
    }

    @Test("groups exist in config even when empty, so child references read undefined")
    func groupScaffolding() {
        let fields = """
        [{"name": "g", "type": "fieldsGroup", "typeOptions": {"fields": [
            {"name": "inner", "type": "fieldsGroup", "typeOptions": {"fields": [{"name": "x", "type": "text"}]}}]}},
         {"name": "l", "type": "label", "value": "typeof config.g.inner.x"}]
        """
        let model = FormTestSupport.evaluate(fields)
        #expect(model.field(at: "l")?.displayValues.first?.value == "undefined")
    }

    @Test("a hidden group hides its children")
    func hiddenGroup() {
        let fields = """
        [{"name": "g", "type": "fieldsGroup", "visibility": false, "typeOptions": {"fields": [{"name": "x", "type": "text", "required": true}]}}]
        """
        let model = FormTestSupport.evaluate(fields)
        #expect(model.field(at: "g.x")?.visible == false)
        #expect(model.problems.isEmpty, "hidden required fields are not checked")
    }

    @Test("platform values use the observed URL shapes for --app and --environment")
    func platformValues() {
        let environment = FormEnvironment(app: "contacthub", environment: "dev", packageName: "http")
        let members = Dictionary(uniqueKeysWithValues: environment.platform.members.map { ($0.name, $0.value) })
        #expect(members["WEBHOOK_URL"] == "https://contacthub.slingrs.io/dev/services/http/http")
        #expect(members["WEBHOOK_SYNC_URL"] == "https://contacthub.slingrs.io/dev/services/http/sync/http")
        let fields = "[{\"name\": \"cb\", \"type\": \"label\", \"value\": \"config.AUTH_CALLBACK_URL + '/authCallback'\"}]"
        let evaluator = FormEvaluator(definition: FormTestSupport.definition(fields),
                                      environment: FormEnvironment(app: "contacthub", environment: "dev", packageName: "http"))
        #expect(evaluator.evaluate(ConfigurationValues()).field(at: "cb")?.displayValues.first?.value
                == "https://contacthub.slingrs.io/dev/packages/http/authCallback")
        #expect(FormEnvironment(packageName: "p").appIsDefault)
    }

    @Test("step inputs: config means the inputs, validation functions may name them bare, no platform values")
    func stepInputs() {
        let inputs = """
        [{"name": "retries", "type": "text", "typeOptions": {"validation": {"function": "!retries || utils.getInteger(retries) >= 0", "message": "bad"}}},
         {"name": "channel", "type": "dropDown", "options": {"possibleValues": [{"label": "Mail", "name": "mail"}]}},
         {"name": "phone", "type": "text", "visibility": "config.channel == 'sms'"},
         {"name": "hook", "type": "label", "value": "typeof config.WEBHOOK_URL"}]
        """
        let ok = FormTestSupport.evaluate(inputs, values: ["retries": "3", "channel": "mail"], step: true)
        #expect(ok.problems.isEmpty)
        #expect(ok.field(at: "phone")?.visible == false)
        #expect(ok.field(at: "hook")?.displayValues.first?.value == "undefined")
        let bad = FormTestSupport.evaluate(inputs, values: ["retries": "-1", "channel": "sms"], step: true)
        #expect(bad.problems.map(\.message) == ["'retries': bad", "'sms' is not an option of 'channel' ('mail')"])
        #expect(bad.field(at: "phone")?.visible == true)
    }

    @Test("oauth2 options are evaluated; @config options read the referenced value")
    func oauth2Options() {
        let fields = """
        [{"name": "clientId", "type": "text"}, {"name": "token", "type": "text"},
         {"name": "auth", "type": "oauth2", "typeOptions": {"clientId": "config.clientId", "authUrl": "'https://a.example/auth'", "accessToken": "@config.token"}}]
        """
        let model = FormTestSupport.evaluate(fields, values: ["clientId": "id-1", "token": "t"])
        let options = model.field(at: "auth")?.oauth2Options.map { "\($0.key)=\($0.value?.description ?? "-")" }
        #expect(options == ["clientId=\"id-1\"", "authUrl=\"https://a.example/auth\"", "accessToken=\"t\""])
    }

    @Test("the sample package evaluates without failures")
    func samplePackage() throws {
        let definition = try FormDefinition.load(FormTestSupport.repository("packages/sample"))
        let model = FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName))
            .evaluate(ConfigurationValues(root: ["clientId": "c", "clientSecret": "s"], origin: .file))
        #expect(model.allFields.allSatisfy { $0.failures.isEmpty })
        #expect(model.problems.isEmpty)
        #expect(model.field(at: "apiKey")?.visible == false)
        #expect(model.field(at: "apiUrl")?.displayValues.first?.value == "https://us.api.acme.example/v2")
    }

    @Test("a missing step is reported with a suggestion")
    func missingStep() {
        #expect(throws: FormLoadError.self) { try FormDefinition.load(FormTestSupport.repository("forms/everything"), step: "sendMesage") }
        do {
            _ = try FormDefinition.load(FormTestSupport.repository("forms/everything"), step: "sendMesage")
        } catch {
            #expect(error.message == "no flow step 'sendMesage' in 'forms/everything'; did you mean 'sendMessage'?")
        }
    }

    private func quoted(_ text: String) -> String {
        var output = "\""
        for character in text {
            if character == "\"" || character == "\\" { output.append("\\") }
            output.append(character)
        }
        return output + "\""
    }
}
