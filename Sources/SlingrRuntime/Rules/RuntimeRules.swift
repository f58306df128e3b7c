import SlingrDiagnostics
import SlingrPackage

/// The rules the local runtime reports, added to the package catalogue.
public enum RuntimeRules {
    public static let declarations: [any RuleDeclaration.Type] = [
        StepOutputRule.self, NotEmulatedRule.self, UncaughtExceptionRule.self, HTTPNoReplyRule.self,
        StorageFileRule.self, HTTPRepliesFileRule.self,
    ]
}

extension RuleCatalogue {
    /// Every rule any command reports: the package catalogue and the runtime's.
    public static let complete = RuleCatalogue(RuleCatalogue.package.declarations + RuntimeRules.declarations)
}
