import SlingrDiagnostics
import SlingrJSON

/// What is being previewed: a package's configuration form or a flow step's inputs.
public struct FormDefinition: Sendable {
    public enum Kind: Sendable, Equatable {
        case configuration
        /// The step's folder name.
        case step(String)
    }

    public var kind: Kind
    public var packageName: String
    /// The package label, or the step label.
    public var title: String
    public var fields: [FormFieldSpec]
    /// `configurationBuilder` of the package (repository path), for `--build`.
    public var configurationBuilder: String?
    /// Dependency names of the package, whose configuration `--build` shows.
    public var dependencies: [String]
    /// Why the descriptor holds no usable form (`.descriptor` problems), counted by `--check`.
    public var problems: [FormProblem]

    public init(kind: Kind, packageName: String, title: String, fields: [FormFieldSpec], configurationBuilder: String? = nil,
                dependencies: [String] = [], problems: [FormProblem] = []) {
        self.problems = problems
        self.kind = kind
        self.packageName = packageName
        self.title = title
        self.fields = fields
        self.configurationBuilder = configurationBuilder
        self.dependencies = dependencies
    }

    /// Every field spec, depth first in form order.
    public var allFields: [FormFieldSpec] {
        var result: [FormFieldSpec] = []
        func walk(_ fields: [FormFieldSpec]) {
            for field in fields {
                result.append(field)
                walk(field.children)
            }
        }
        walk(fields)
        return result
    }

    public func field(at path: String) -> FormFieldSpec? { allFields.first { $0.path == path } }

    public var isStep: Bool { kind != .configuration }
}

/// Why a form could not be loaded.
public struct FormLoadError: Error, Sendable {
    public var message: String
    /// Parse errors of the descriptor, when that is the reason.
    public var diagnostics: [Diagnostic]

    public init(message: String, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }
}

extension FormDefinition {
    /// The configuration form of the package in `repository`, or with `step` the inputs of
    /// that flow step (by folder name, or by the `name` in its `step.json`).
    public static func load(_ repository: PackageRepository, step: String? = nil) throws(FormLoadError) -> FormDefinition {
        guard let package = repository.package else {
            try requireReadable(repository)
            throw FormLoadError(message: "no package.json in '\(repository.displayRoot)'")
        }
        let folderName = PathName.lastComponent(repository.root)
        guard let descriptor = package.packageDescriptor, package.document?.members != nil else {
            // JSON, but not an object: an empty form that fails --check, rather than an error.
            if let document = package.document {
                return FormDefinition(kind: step.map { .step($0) } ?? .configuration, packageName: folderName, title: folderName, fields: [],
                                      problems: [notAnObject(package.source.path, document)])
            }
            throw FormLoadError(message: "'\(package.source.path)' is not valid JSON",
                                diagnostics: package.diagnostics.filter { $0.severity == .error })
        }
        let packageName = descriptor.name?.text ?? folderName
        guard let step else {
            return FormDefinition(kind: .configuration, packageName: packageName, title: descriptor.label ?? packageName,
                                  fields: descriptor.configuration, configurationBuilder: descriptor.configurationBuilder?.text,
                                  dependencies: descriptor.dependencies.compactMap { $0.name?.text },
                                  problems: notAnArray(package.document?["configuration"], key: "configuration", in: package.source.path))
        }
        let folders = repository.components(type: "flowStep", conventionalFolder: "flowSteps")
        var candidates: [(folder: String, descriptor: DescriptorFile)] = []
        for folder in folders {
            guard let descriptor = repository.descriptor(PathName.join(folder, "step.json"), kind: .step) else { continue }
            candidates.append((folder, descriptor))
        }
        try requireReadable(repository)
        let match = candidates.first { PathName.lastComponent($0.folder) == step }
            ?? candidates.first { $0.descriptor.stepDescriptor?.name?.text == step }
        guard let match else {
            let names = candidates.map { PathName.lastComponent($0.folder) }
            var message = "no flow step '\(step)' in '\(repository.displayRoot)'"
            if let suggestion = Suggestion.closest(to: step, in: names) {
                message += "; did you mean '\(suggestion)'?"
            } else if !names.isEmpty {
                message += " (steps: " + names.map { "'\($0)'" }.joined(separator: ", ") + ")"
            }
            throw FormLoadError(message: message)
        }
        let stepFolder = PathName.lastComponent(match.folder)
        guard let stepDescriptor = match.descriptor.stepDescriptor, match.descriptor.document?.members != nil else {
            if let document = match.descriptor.document {
                return FormDefinition(kind: .step(stepFolder), packageName: packageName, title: stepFolder, fields: [],
                                      problems: [notAnObject(match.descriptor.source.path, document)])
            }
            throw FormLoadError(message: "'\(match.descriptor.source.path)' is not valid JSON",
                                diagnostics: match.descriptor.diagnostics.filter { $0.severity == .error })
        }
        return FormDefinition(kind: .step(stepFolder), packageName: packageName, title: stepDescriptor.label ?? stepFolder,
                              fields: stepDescriptor.inputs,
                              problems: notAnArray(match.descriptor.document?["inputs"], key: "inputs", in: match.descriptor.source.path))
    }

    static func notAnObject(_ path: String, _ document: JSONValue) -> FormProblem {
        FormProblem(path: "", kind: .descriptor, message: "'\(path)' must hold a JSON object, not \(article(document.typeName)) \(document.typeName); it has no form")
    }

    /// A problem when `value` is present and not an array.
    static func notAnArray(_ value: JSONValue?, key: String, in path: String) -> [FormProblem] {
        guard let value, value.array == nil else { return [] }
        return [FormProblem(path: "", kind: .descriptor,
                            message: "'\(key)' in '\(path)' must be an array of fields, not \(article(value.typeName)) \(value.typeName); the form is empty")]
    }

    private static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    /// Files met on the way that exist but cannot be read end the load (unreadable input),
    /// rather than being taken as missing.
    static func requireReadable(_ repository: PackageRepository) throws(FormLoadError) {
        let problems = repository.accessProblems.map(\.diagnostic)
        guard !problems.isEmpty else { return }
        throw FormLoadError(message: "cannot read the package in '\(repository.displayRoot)'", diagnostics: problems)
    }
}
