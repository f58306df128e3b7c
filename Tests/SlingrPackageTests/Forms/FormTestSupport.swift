import SlingrDiagnostics
import SlingrJSON
import SlingrScript
@testable import SlingrPackage

/// Builds forms from inline JSON and finds the form fixtures.
enum FormTestSupport {
    static let root: String = {
        var path = PathName.parent(#filePath)
        while !LocalFileSystem().isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    static func fixture(_ relative: String) -> String { PathName.join(root, "Fixtures/" + relative) }

    /// A form whose `configuration` (or step `inputs`) is the JSON array `fields`.
    static func definition(_ fields: String, step: Bool = false, dependencies: [String] = []) -> FormDefinition {
        let parsed = JSONParser.parse(fields).value?.array ?? []
        return FormDefinition(kind: step ? .step("testStep") : .configuration, packageName: "pkg", title: "Test",
                              fields: FormFieldSpec.decode(parsed, stepInputs: step), dependencies: dependencies)
    }

    static func evaluator(_ fields: String, step: Bool = false, app: String? = nil, environment: String? = nil,
                          placeholders: [String: String] = [:]) -> FormEvaluator {
        let definition = definition(fields, step: step)
        return FormEvaluator(definition: definition,
                             environment: FormEnvironment(app: app, environment: environment, packageName: "pkg", placeholders: placeholders,
                                                          includesPlatformValues: !step))
    }

    static func evaluate(_ fields: String, values: HostValue = .object([]), step: Bool = false,
                         placeholders: [String: String] = [:]) -> FormModel {
        evaluator(fields, step: step, placeholders: placeholders).evaluate(ConfigurationValues(root: values, origin: .file))
    }

    /// The repository of a fixture package under `Fixtures/forms/` (or `Fixtures/packages/`).
    static func repository(_ relative: String) -> PackageRepository {
        PackageRepository(root: fixture(relative), displayRoot: relative, fileSystem: LocalFileSystem())
    }
}
