import SlingrDiagnostics

/// Every rule lint knows: cross-file rules (one file each under `Rules/`) and the descriptor
/// checks of validation, which share the same ids, severities and configuration.
public enum RuleRegistry {
    /// Cross-file rules in the order they run. Adding a rule is one line here.
    static let rules: [any LintRule.Type] = [
        MetadataPathRule.self,
        PathEscapesRule.self,
        MetadataNamespaceRule.self,
        UnreferencedComponentRule.self,
        ConfigurationBuilderRule.self,
        UnreferencedConfigurationBuilderRule.self,
        ConfigurationBuilderNeededRule.self,
        StepFilesRule.self,
        StepIconRule.self,
        StepIconSizeRule.self,
        ComponentNameRule.self,
        UIServiceFilesRule.self,
        ScriptSyntaxRule.self,
        ScriptExportsRule.self,
        StepFunctionRule.self,
        UIServiceFunctionsRule.self,
        ListenerDefinitionRule.self,
        TriggerEventRule.self,
        ExpressionSyntaxRule.self,
        ConfigReferenceRule.self,
        UtilsFunctionRule.self,
    ]

    /// Findings that are not produced by a rule type: a repository without a descriptor, and the
    /// configuration file's own problems.
    static let builtIn: [RuleDescription] = [
        RuleDescription(id: "package-descriptor", severity: .error, summary: "The repository has no package.json at its root.",
                        rationale: "A package is defined by its package.json; without it nothing else can be checked.",
                        triggering: [RuleExample("an empty repository", files: ["README.md": "# nothing here\n"])],
                        nonTriggering: [.package("a minimal package")]),
        RuleDescription(id: LintConfiguration.ruleId, severity: .warning, summary: "A problem in .slingr-pkg.json: unknown keys or rule ids, wrong types.",
                        rationale: "A misspelt rule id silently leaves the rule as it was; the configuration is checked like any other file.",
                        triggering: [], nonTriggering: []),
    ]

    /// Every rule description, descriptor rules first, in a stable order.
    public static var all: [RuleDescription] {
        DescriptorRule.allCases.map(\.ruleDescription) + rules.map { $0.description } + builtIn
    }

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
