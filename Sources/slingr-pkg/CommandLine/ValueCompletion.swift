/// What a shell offers when completing an argument or option value, declared with the
/// argument so the completion scripts come from the same specification as parsing and help.
enum ValueCompletion: Sendable, Hashable {
    /// No suggestion (free text such as an expression or a label).
    case nothing
    /// A fixed list of words (formats, kinds, policies).
    case words([String])
    case files
    case directories
    /// Rule ids of the catalogue.
    case ruleIds
    /// Flow step names of the package in the current folder, read when completing.
    case flowSteps

    /// A guess from the placeholder name: `file` and `dir` complete paths, the rest nothing.
    static func inferred(from name: String) -> ValueCompletion {
        switch name {
        case "file", "values", "config", "registry", "inputs", "event", "http", "storage", "record", "output": return .files
        case "dir", "package": return .directories
        default: return .nothing
        }
    }
}
