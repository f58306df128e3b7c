import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrPackage

/// The typed descriptors: what they read from real-shaped descriptors, where the values they
/// keep point, and how they read descriptors with missing or mistyped keys.
@Suite("Descriptor models")
struct DescriptorModelTests {
    static func decode(_ text: String, _ kind: DescriptorKind) throws -> DecodedDescriptor {
        try #require(DescriptorValidator.validate(SourceFile(path: kind.fileName, text: text), kind: kind).descriptor)
    }

    @Test("the sample package's descriptors read as typed values")
    func sample() throws {
        let repository = FormTestSupport.repository("packages/sample")
        let package = try #require(repository.package?.packageDescriptor)
        #expect(package.name?.text == "acmecrm")
        #expect(package.label == "Acme CRM")
        #expect(package.dependencies.map { "\($0.type ?? "-") \($0.name?.text ?? "-") \($0.version?.text ?? "-")" } == ["service http ^v1.8.5", "package oauth ^v1.0.34"])
        #expect(package.events.map { $0.name?.text } == ["webhook"])
        #expect(package.metadata.map(\.type).sorted() == ["flowStep", "listener", "script", "uiService"])
        #expect(package.configurationBuilder?.text == "/configurationBuilder.js")
        #expect(package.configuration.first?.name == "authType")
        #expect(package.configuration.contains { $0.name == "advanced" && !$0.children.isEmpty })

        let step = try #require(repository.descriptor("flowSteps/createContact/step.json", kind: .step)?.stepDescriptor)
        #expect(step.name?.text == "createContact")
        #expect(step.category?.text == "integrations")
        #expect(step.inputs.prefix(2).map(\.name) == ["name", "email"])
        #expect(step.inputs.first { $0.name == "email" }?.validation == .email, "step inputs keep their options under 'options'")

        let service = try #require(repository.descriptor("uiServices/oauthPopup/uiService.json", kind: .uiService)?.uiServiceDescriptor)
        #expect(service.name?.text == "oauthPopup")
        #expect(service.label == "OAuth popup", "a translated label reads as its English text")
        #expect(service.places == ["APP"])
        #expect(service.functions.map { $0.name?.text } == ["open"])
        #expect(service.functions.first?.callbacks == ["connected"])
    }

    @Test("kept values point at their source and pointer")
    func locations() throws {
        let text = #"{"name": "demo", "dependencies": [{"type": "service", "name": "http", "version": "v1.0.0"}], "configurationBuilder": "/b.js"}"#
        let package = try #require(try Self.decode(text, .package).package)
        let version = try #require(package.dependencies.first?.version)
        #expect(version.pointer.description == "/dependencies/0/version")
        let range = version.value.range
        #expect(String(decoding: Array(text.utf8)[range.start..<range.end], as: UTF8.self) == "\"v1.0.0\"")
        #expect(package.configurationBuilder?.pointer.description == "/configurationBuilder")
    }

    @Test("missing and mistyped keys read as nil or empty, never as a failure")
    func tolerant() throws {
        let package = try #require(try Self.decode(#"{"name": 7, "dependencies": {}, "events": [3, {"label": "No name"}], "metadata": [{"type": "script"}], "configurationBuilder": false}"#, .package).package)
        #expect(package.name == nil)
        #expect(package.dependencies.isEmpty)
        #expect(package.events.count == 1, "an event that is not an object is reported and left out")
        #expect(package.events.allSatisfy { $0.name == nil })
        #expect(package.metadata.isEmpty, "an entry without a path is left out")
        #expect(package.configurationBuilder == nil)
        #expect(package.declaresConfigurationBuilder, "the key is there even though it is not a string")

        let step = try #require(try Self.decode(#"{"inputs": "none", "outputs": [{"name": "result", "type": "object"}]}"#, .step).step)
        #expect(step.name == nil)
        #expect(step.inputs.isEmpty)
        #expect(step.outputs.map { $0.type?.text } == ["object"])

        let service = try #require(try Self.decode(#"{"label": {"translation": {"es": "Hola"}}, "places": ["APP", 1], "functions": [{"name": "show", "callbacks": "x"}]}"#, .uiService).uiService)
        #expect(service.label == nil)
        #expect(service.places == ["APP"])
        #expect(service.functions.first?.callbacks == [])
    }
}
