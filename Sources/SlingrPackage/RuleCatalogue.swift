import SlingrDiagnostics
import SlingrJSON
import SlingrScript
import SlingrVersions

/// Every rule any command can report, gathered from the files that declare them: `rules`,
/// `.slingr-pkg.json`, SARIF and the editor integrations read this one list. Adding a rule is
/// one file plus one line in its module's list; a test fails when a rule file is missing.
///
/// `package` holds the rules of this module and the ones below it; modules above it (the
/// runtime) extend it into the complete catalogue, which the command line passes down.
public struct RuleCatalogue: Sendable {
    public let declarations: [any RuleDeclaration.Type]
    public let all: [RuleDescription]
    public let ids: [String]

    public init(_ declarations: [any RuleDeclaration.Type]) {
        self.declarations = declarations
        all = declarations.map { $0.description }
        ids = all.map(\.id)
    }

    public func description(of id: String) -> RuleDescription? { all.first { $0.id == id } }

    /// Cross-file lint rules in the order they run.
    static let lintRules: [any LintRule.Type] = [
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
        UndefinedNameRule.self,
        DependencyReferenceRule.self,
        UnusedDependencyRule.self,
        LibraryReferenceRule.self,
        ListenerServiceRule.self,
        DuplicateWebhookPathRule.self,
        DefaultValueOptionRule.self,
        StepVocabularyRule.self,
        NameCaseCollisionRule.self,
        ReadmeOutOfDateRule.self,
    ]

    /// Rules reported while descriptors are decoded (validate, lint and every command that reads
    /// a descriptor).
    static let descriptorRules: [any RuleDeclaration.Type] = [
        JSONSyntaxRule.self, ByteOrderMarkRule.self, DuplicateKeyRule.self, MissingKeyRule.self, WrongTypeRule.self,
        BooleanAsStringRule.self, UnknownKeyRule.self, InvalidValueRule.self, UnknownFieldTypeRule.self,
        UnknownInputTypeRule.self, InvalidNameRule.self, DuplicateNameRule.self, ButtonMultiplicityRule.self,
        LabelDefaultValueRule.self, LabelWithoutValueRule.self, MissingLabelRule.self, EmptyPossibleValuesRule.self,
        DefaultValueNotAllowedRule.self, PackageNameStyleRule.self, DuplicateMetadataRule.self,
    ]

    /// Rules of the repository as a whole, the settings file, evaluation and forms.
    static let otherRules: [any RuleDeclaration.Type] = [
        PackageDescriptorRule.self, SettingsFileRule.self, SettingsUnknownRule.self, UnusedSuppressionRule.self, ScriptErrorRule.self, ValuesFileRule.self,
        ValueRequiredRule.self, ValueInvalidRule.self, ValueNotAnOptionRule.self, ValueTypeRule.self, ValueUnknownFieldRule.self, UnreadableFileRule.self,
    ]

    /// This module's rules and those below it, in a stable order: descriptor rules, lint rules,
    /// then the rest.
    public static let package = RuleCatalogue(
        descriptorRules + lintRules.map { $0 as any RuleDeclaration.Type } + VersionRules.declarations + otherRules)
}
