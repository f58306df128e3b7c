/// How serious a finding is. Ordered so that `error > warning > note`, which is what
/// fail levels and severity overrides compare against.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
