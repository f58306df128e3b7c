import SlingrDiagnostics
import SlingrJSON

/// Warns about a `configurationBuilder.js` at the root that the descriptor does not reference.
struct UnreferencedConfigurationBuilderRule: LintRule {
    static let description = RuleDescription(
        id: "configuration-builder-unreferenced",
        severity: .warning,
        summary: "A configurationBuilder.js file that package.json does not reference.",
        explanation: "Without \"configurationBuilder\": \"/configurationBuilder.js\" the platform never runs it, so dependencies stay unconfigured.",
        triggering: [
            RuleExample("a builder file but no reference", files: [
                "package.json": #"↓{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
                "configurationBuilder.js": "let configurationBuilder = function (config) { return config; };\n",
            ], expected: [.marked(message)]),
        ],
        nonTriggering: [
            .package("a referenced builder", configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) { return config; };\n"]),
        ]
    )

    static let message = "'configurationBuilder.js' exists but package.json does not reference it"

    func check(_ context: LintContext) {
        let repository = context.repository
        guard let package = repository.package, let document = package.document, let descriptor = package.packageDescriptor,
              repository.kind("configurationBuilder.js") == .file, !descriptor.declaresConfigurationBuilder else { return }
        context.report(Self.self, Self.message,
                       in: package.source, range: SourceRange(start: document.range.start, end: document.range.start + 1), pointer: .root,
                       fixIt: nil)
    }
}
