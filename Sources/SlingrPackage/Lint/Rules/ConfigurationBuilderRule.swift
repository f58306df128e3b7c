import SlingrDiagnostics
import SlingrJSON

/// Checks the configuration builder: the referenced file exists and is a file; a
/// `configurationBuilder.js` at the root that nothing references is reported.
struct ConfigurationBuilderRule: LintRule {
    static let description = RuleDescription(
        id: "configuration-builder",
        severity: .error,
        summary: "The configurationBuilder file is missing, or is not a file.",
        explanation: "The platform runs the builder to configure dependencies; a missing file breaks the package.",
        triggering: [
            .package("a builder path with no file", configurationBuilder: #"↓"/configurationBuilder.js""#,
                     expected: [.marked(message("/configurationBuilder.js", problem: "does not exist"))]),
        ],
        nonTriggering: [
            .package("a builder that exists", configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) { return config; };\n"]),
        ]
    )

    static func message(_ path: String, problem: String) -> String { "configuration builder '\(path)' \(problem)" }

    func check(_ context: LintContext) {
        let repository = context.repository
        guard let builder = repository.package?.packageDescriptor?.configurationBuilder,
              case .inside(let relative) = repository.resolve(builder.text) else { return }
        let problem: String
        switch repository.kind(relative) {
        case nil: problem = "does not exist"
        case .file?:
            guard !relative.hasSuffix(".js") else { return }
            problem = "is not a .js file"
        case .directory?: problem = "is not a file"
        default: return  // a FIFO or a device: reported as unreadable, once
        }
        context.report(Self.self, Self.message(builder.text, problem: problem), at: builder.value, pointer: builder.pointer)
    }
}
