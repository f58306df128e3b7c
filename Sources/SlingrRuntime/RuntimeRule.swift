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
