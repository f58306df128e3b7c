/// A diagnostic rule id the runtime reports, with its explanation (registered in the rule
/// catalogue so `slingr-pkg rules <id>` can explain it).
public struct RuntimeRule: Sendable, Hashable {
    public let id: String
    public let explanation: String

    public init(id: String, explanation: String) {
        self.id = id
        self.explanation = explanation
    }
}

extension RuntimeRule {
    /// Every rule id the runtime, `run` and `test` report, for the rule catalogue.
    public static var all: [RuntimeRule] {
        [
            PackageRuntime.uncaughtRule, NotEmulated.ruleDescription, SysEvents.ruleDescription, StepOutputCheck.ruleDescription,
            HTTPServiceObject.unmatchedRule, HTTPFixtureFile.rule, RuntimeStorage.rule,
        ]
    }
}
