import SlingrDiagnostics

/// A package that depends, directly or not, on itself or on the package being resolved.
public enum DependencyCycleRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "dependency-cycle",
        severity: .error,
        summary: "A package depends, directly or through others, on itself.",
        explanation: "Packages are installed dependencies first, so a cycle cannot be installed. The message shows the cycle from the package where it was entered back to it."
    )
}
