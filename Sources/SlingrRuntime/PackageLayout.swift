import SlingrDiagnostics
import SlingrPackage

/// The server-side files of a package: libraries (`scripts/*.js`, named after the file),
/// listener files, and flow steps (named by their `step.json`, else their folder).
public struct PackageLayout: Sendable {
    public struct Step: Sendable {
        public var name: String
        public var folder: String
        public var script: String { PathName.join(folder, "step.js") }
        public var descriptor: FlowStepDescriptor?
    }

    public var libraries: [(name: String, path: String)]
    public var listenerFiles: [String]
    public var steps: [Step]

    public init(_ repository: PackageRepository) {
        libraries = repository.scripts(type: "script", conventionalFolder: "scripts").map { path in
            var name = PathName.lastComponent(path)
            if name.hasSuffix(".js") { name.removeLast(3) }
            return (name, path)
        }
        listenerFiles = repository.scripts(type: "listener", conventionalFolder: "listeners")
        steps = repository.components(type: "flowStep", conventionalFolder: "flowSteps").map { folder in
            let descriptor = repository.descriptor(PathName.join(folder, "step.json"), kind: .step)?.stepDescriptor
            let name = descriptor?.name?.text ?? PathName.lastComponent(folder)
            return Step(name: name, folder: folder, descriptor: descriptor)
        }
    }

    /// The step named `name` (by `step.json` name, else by folder).
    public func step(_ name: String) -> Step? {
        steps.first { $0.name == name } ?? steps.first { PathName.lastComponent($0.folder) == name }
    }
}
