import SlingrDiagnostics

/// A repository without `package.json` at its root. Reported by `Linter` before any other rule,
/// since nothing else can be checked.
enum PackageDescriptorRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "package-descriptor",
        severity: .error,
        summary: "The repository has no package.json at its root.",
        explanation: "A package is defined by its package.json; without it the platform cannot install anything, and nothing else in the repository can be checked.",
        triggering: [
            RuleExample("an empty repository", files: ["README.md": "# nothing here\n"], expected: [.file("package.json", message("repo"))]),
        ],
        nonTriggering: [.package("a minimal package")]
    )

    static func message(_ displayRoot: String) -> String {
        "no package.json in '\(displayRoot)'; a package repository has its descriptor at the root"
    }
}
