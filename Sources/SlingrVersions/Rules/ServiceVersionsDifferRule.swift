import SlingrDiagnostics

/// Packages of the graph require versions of one service that no single release satisfies.
public enum ServiceVersionsDifferRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "service-versions-differ",
        severity: .warning,
        summary: "Packages of the graph require versions of a service that no single release satisfies together.",
        explanation: "Each package selects its own service instance, so differing requirements work when the app installs separate instances; with one shared instance one of the packages gets a version it did not ask for."
    )
}
