import SlingrDiagnostics
import SlingrJSON

/// Warns when the package depends on a package that needs configuration (such as `oauth`) but
/// has no configuration builder to provide it.
struct ConfigurationBuilderNeededRule: LintRule {
    /// Packages known to need configuration from their dependents' builders.
    static let packagesNeedingConfiguration = ["oauth"]

    static let description = RuleDescription(
        id: "configuration-builder-needed",
        severity: .warning,
        summary: "A dependency on a package that needs configuration (such as 'oauth') without a configurationBuilder.",
        explanation: "Packages like oauth read their settings from config.<dependency>, which only a configuration builder can fill.",
        triggering: [
            .package("oauth without a builder", dependencies: #"[{"type": "package", "name": ↓"oauth", "version": "^v1.0.34"}]"#,
                     expected: [.marked(message("oauth"))]),
        ],
        nonTriggering: [
            .package("oauth with a builder", dependencies: #"[{"type": "package", "name": "oauth", "version": "^v1.0.34"}]"#,
                     configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) { config.oauth = {}; return config; };\n"]),
        ]
    )

    static func message(_ name: String) -> String { "package '\(name)' needs configuration from a configurationBuilder, and this package has none" }

    func check(_ context: LintContext) {
        guard let descriptor = context.repository.package?.packageDescriptor, !descriptor.declaresConfigurationBuilder else { return }
        for dependency in descriptor.dependencies {
            guard dependency.type == "package", let name = dependency.name, Self.packagesNeedingConfiguration.contains(name.text) else { continue }
            context.report(Self.self, Self.message(name.text),
                           at: name.value, pointer: name.pointer)
        }
    }
}
