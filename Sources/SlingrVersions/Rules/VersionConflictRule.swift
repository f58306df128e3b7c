import SlingrDiagnostics

/// No choice of versions satisfies every requirement of the dependency graph; the message is the
/// chain of facts that rules each choice out.
public enum VersionConflictRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "version-conflict",
        severity: .error,
        summary: "The transitive dependency graph has no consistent choice of versions.",
        explanation: "An app installs one version of each package. When two packages of the graph require versions of a third that no release satisfies together, the platform cannot install the package; the message lists who requires what. A warning of this rule says a candidate was given up while searching."
    )
}
