import SlingrDiagnostics
import SlingrJSON

/// Checks the configuration builder: the referenced file exists and is a file; a
/// `configurationBuilder.js` at the root that nothing references is reported.
struct ConfigurationBuilderRule: LintRule {
    static let description = RuleDescription(
        id: "configuration-builder",
        severity: .error,
        summary: "The configurationBuilder file is missing, or is not a file.",
        rationale: "The platform runs the builder to configure dependencies; a missing file breaks the package.",
        triggering: [
            .package("a builder path with no file", configurationBuilder: "/configurationBuilder.js"),
        ],
        nonTriggering: [
            .package("a builder that exists", configurationBuilder: "/configurationBuilder.js",
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) { return config; };\n"]),
        ]
    )

    func check(_ context: LintContext) {
        let repository = context.repository
        guard let value = repository.package?.document?["configurationBuilder"], let path = value.string,
              case .inside(let relative) = repository.resolve(path) else { return }
        switch repository.kind(relative) {
        case nil:
            context.report(Self.description, "configuration builder '\(path)' does not exist", at: value, pointer: .root.appending("configurationBuilder"))
        case .file?:
            if !relative.hasSuffix(".js") {
                context.report(Self.description, "configuration builder '\(path)' is not a .js file", at: value, pointer: .root.appending("configurationBuilder"))
            }
        default:
            context.report(Self.description, "configuration builder '\(path)' is not a file", at: value, pointer: .root.appending("configurationBuilder"))
        }
    }
}
