import SlingrDiagnostics
import SlingrScript
import Testing
@testable import SlingrPackage

@Suite("Button presses and the configuration builder")
struct ButtonAndBuildTests {
    func buttonsForm() throws -> FormEvaluator {
        let definition = try FormDefinition.load(FormTestSupport.repository("forms/buttons"))
        return FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName))
    }

    @Test("a button's action changes config and the form shows the result")
    func pressChangesValues() throws {
        let evaluator = try buttonsForm()
        let button = try ButtonPress.resolve("setEmail", in: evaluator.definition).get()
        let (press, values) = ButtonPress.press(button, values: ConfigurationValues(), evaluator: evaluator)
        #expect(press.outcome.failure == nil)
        #expect(press.changes == [ButtonPress.Change(path: "inputs.email", before: nil, after: "test1@slingr.io")])
        let model = evaluator.evaluate(values)
        #expect(model.field(at: "inputs.email")?.value == "test1@slingr.io")
        #expect(model.field(at: "inputs.email")?.origin == .action)
        #expect(model.field(at: "entity")?.origin == .defaultValue, "untouched values keep their origin")
    }

    @Test("an action that clears a value re-evaluates visibility")
    func pressClears() throws {
        let evaluator = try buttonsForm()
        #expect(evaluator.evaluate(ConfigurationValues()).field(at: "contactsAction")?.visible == true)
        let button = try ButtonPress.resolve("clearEntity", in: evaluator.definition).get()
        let (press, values) = ButtonPress.press(button, values: ConfigurationValues(), evaluator: evaluator)
        #expect(press.changes == [ButtonPress.Change(path: "entity", before: "contacts", after: .null)])
        #expect(evaluator.evaluate(values).field(at: "contactsAction")?.visible == false)
    }

    @Test("a failing action leaves the values unchanged and says why")
    func failingAction() throws {
        let evaluator = try buttonsForm()
        let button = try ButtonPress.resolve("openWindow", in: evaluator.definition).get()
        let start = ConfigurationValues(root: ["inputs": ["zip": "1234"]], origin: .file)
        let (press, values) = ButtonPress.press(button, values: start, evaluator: evaluator)
        #expect(press.outcome.failure == "ReferenceError: window is not defined")
        #expect(press.changes.isEmpty)
        #expect(values.value(at: "inputs.zip") == "1234")
    }

    @Test("unknown buttons are named with a suggestion")
    func unknownButton() throws {
        let evaluator = try buttonsForm()
        #expect(throws: FormLoadError.self) { try ButtonPress.resolve("setEmial", in: evaluator.definition).get() }
        if case .failure(let error) = ButtonPress.resolve("setEmial", in: evaluator.definition) {
            #expect(error.message == "no button 'setEmial' in the form; did you mean 'setEmail'?")
        }
        if case .failure(let error) = ButtonPress.resolve("entity", in: evaluator.definition) {
            #expect(error.message.hasPrefix("no button 'entity' in the form"))
        }
    }

    func oauthBuild(values: HostValue, placeholders: [String: String] = [:], folder: String = "forms/oauth") throws -> ConfigurationBuild {
        let repository = FormTestSupport.repository(folder)
        let definition = try FormDefinition.load(repository)
        let environment = FormEnvironment(app: "contacthub", environment: "prod", packageName: definition.packageName,
                                          placeholders: placeholders, userId: "user-7")
        let evaluator = FormEvaluator(definition: definition, environment: environment)
        let model = evaluator.evaluate(ConfigurationValues(root: values, origin: .file))
        let source = try #require(repository.source("configurationBuilder.js"))
        return ConfigurationBuild.run(source, values: model.values, evaluator: evaluator)
    }

    @Test("the builder of an OAuth package produces config.oauth for the oauth dependency")
    func oauthBuilder() throws {
        let build = try oauthBuild(values: ["clientId": "${CLIENT_ID}", "clientSecret": "s"], placeholders: ["CLIENT_ID": "cid"])
        #expect(build.failure == nil)
        let oauth = try #require(build.dependencyConfigurations.first { $0.name == "oauth" }?.value)
        #expect(oauth["id"] == "user-7")
        #expect(oauth["clientId"] == "cid", "placeholders are replaced as the app does at load time")
        #expect(oauth["scope"] == "https://calendar.example/auth/calendar.read", "defaults reach the builder")
        #expect(oauth["oauthCallback"] == "https://contacthub.slingrs.io/prod/packages/calendarsync/authCallback")
        #expect(build.logs.map(\.message) == ["building the oauth configuration for https://contacthub.slingrs.io/prod"])
        #expect(build.configuration?["WEBHOOK_URL"] == nil, "unchanged platform values are left out of the result")
        #expect(build.dependencyConfigurations.map(\.name) == ["oauth"])
    }

    @Test("a failing builder is located in the script")
    func failingBuilder() throws {
        let build = try oauthBuild(values: ["clientId": "x"], folder: "forms/builder-error")
        let failure = try #require(build.failure)
        #expect(failure.message == "TypeError: Cannot read properties of undefined (reading 'tenant')")
        #expect(failure.location?.line == 4)
        #expect(build.configuration == nil)
    }
}
