/// A subcommand: its declaration and what it does. Commands call one library entry point,
/// print through the context and return the exit status; they never call `exit`.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus
}

/// Exit statuses shared by every command.
enum ExitStatus: Int32, Sendable {
    /// Nothing at or above the fail level.
    case success = 0
    /// Findings at or above the fail level (or a failed evaluation or resolution).
    case failure = 1
    /// Usage error, unreadable input or unreachable source.
    case usage = 2
}
