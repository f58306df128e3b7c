import SlingrDiagnostics

/// The rules this module reports, for the catalogue.
public enum VersionRules {
    public static let declarations: [any RuleDeclaration.Type] = [
        VersionSyntaxRule.self, RegistryFormatRule.self, CacheCorruptRule.self, VersionConflictRule.self,
        DependencyCycleRule.self, VersionTagSkippedRule.self, ServiceVersionsDifferRule.self,
        VersionUnsatisfiedRule.self, DependencyUnknownRule.self,
    ]
}
