import SlingrDiagnostics

/// A package name with `-` or `_`: valid, but scripts cannot write `pkg.<name>` with a dash.
enum PackageNameStyleRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "package-name-style",
        severity: .warning,
        summary: "A package name with characters other than letters and digits (it is used as pkg.<name>).",
        explanation: "The package name is used in code as pkg.<name>.<library> and in event ids '<name>:<event>'. Letters and digits work everywhere; a dash makes pkg.<name> a subtraction. Real packages all use letters and digits.",
        triggering: [
            .package("name 'my-package'", name: #"↓"my-package""#, expected: [.marked(message("my-package"))]),
        ],
        nonTriggering: [
            .package("name 'mypackage'", name: #""mypackage""#),
        ]
    )

    static func message(_ name: String) -> String {
        "package name '\(name)' has characters other than letters and digits; scripts cannot call it as pkg.\(name)"
    }
}
