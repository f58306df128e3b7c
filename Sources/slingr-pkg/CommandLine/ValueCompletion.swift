/// What a shell offers when completing an argument or option value, declared with the
/// argument so the completion scripts come from the same specification as parsing and help.
indirect enum ValueCompletion: Sendable, Hashable {
    /// No suggestion (free text such as an expression or a label).
    case nothing
    /// A fixed list of words (formats, kinds, policies).
    case words([String])
    case files
    case directories
    /// Names only the installed tool or the package knows, asked for when completing
    /// (`slingr-pkg completion --list <list>`).
    case listed(CompletionList)
    /// What the argument before this one says: `run step <name>` completes flow steps,
    /// `run function <name>` library functions; nothing for other words.
    case byArgumentBefore([String: ValueCompletion])

    /// From the placeholder name: `<file>` completes files, `<dir>` folders, the rest nothing.
    static func inferred(from name: String) -> ValueCompletion {
        switch name {
        case "file", "values.json": return .files
        case "dir": return .directories
        default: return .nothing
        }
    }
}

/// The lists completion scripts ask the tool for while completing, because they change with the
/// package in the current folder or with the installed version.
enum CompletionList: String, CaseIterable, Sendable {
    /// Flow step names of the package in (or above) the current folder.
    case steps
    /// Every rule id of the rule catalogue.
    case rules
    /// `id=severity` for every rule id and severity, for `lint --rule`.
    case ruleSettings = "rule-settings"
    /// `LIBRARY.FUNCTION` for what each library of the package exports.
    case functions
    /// The listeners the package's listener files define.
    case listeners
}
