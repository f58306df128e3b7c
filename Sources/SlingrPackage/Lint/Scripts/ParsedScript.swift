import SlingrDiagnostics
import SlingrScript

/// A JavaScript file of the repository, parsed once and shared by every rule.
public struct ParsedScript: Sendable {
    public var relativePath: String
    public var source: SourceFile
    public var result: ParseResult<Program>
}

extension PackageRepository {
    /// Every JavaScript file lint looks at: scripts, listeners, step.js, uiService.js and the
    /// configuration builder, whether or not metadata lists them.
    public var javaScriptFiles: [String] {
        var paths = scripts(type: "script", conventionalFolder: "scripts") + scripts(type: "listener", conventionalFolder: "listeners")
        paths += components(type: "flowStep", conventionalFolder: "flowSteps").map { PathName.join($0, "step.js") }
        paths += components(type: "uiService", conventionalFolder: "uiServices").map { PathName.join($0, "uiService.js") }
        if let path = configurationBuilderPath { paths.append(path) }
        var seen = Set<String>()
        return paths.filter { kind($0) == .file && !isIgnored($0) && seen.insert($0).inserted }
    }

    /// The configuration builder's repository path, when the descriptor names one inside the
    /// repository that is not ignored.
    public var configurationBuilderPath: String? {
        guard let builder = package?.packageDescriptor?.configurationBuilder?.text, case .inside(let path) = resolve(builder),
              !isIgnored(path) else { return nil }
        return path
    }
}
