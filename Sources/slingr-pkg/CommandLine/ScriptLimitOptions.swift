import SlingrScript

/// `--max-steps`, `--max-memory` and `--timeout`, on every command that runs package code
/// (`eval`, `preview`, `configure`, `run`, `test`): the step and memory budgets of each
/// evaluation and the wall-clock deadline of the whole command.
enum ScriptLimitOptions {
    /// The options, with the command's default step budgets in the help (`expressionSteps`:
    /// that of each form expression, where it differs).
    static func options(defaultSteps: Int, expressionSteps: Int? = nil) -> [OptionSpec] { [
        OptionSpec("max-steps", valueName: "n", help: "Steps each evaluation may take (default: \(grouped(defaultSteps))"
                   + (expressionSteps.map { ", \(grouped($0)) per form expression" } ?? "")
                   + "); a built-in charges one step per 16 elements or characters it handles."),
        OptionSpec("max-memory", valueName: "MB", help: "Memory the data of each evaluation may hold, in megabytes (default: \(Limits.defaultMaxMemory >> 20)); past it the evaluation ends with 'out of memory'."),
        OptionSpec("timeout", valueName: "seconds", help: "Wall-clock time the package's code may take in this command (default: \(Int(Limits.defaultTimeout))); past it evaluation ends with 'time limit exceeded'."),
    ] }

    /// The documented budgets, for `discussion` texts: those of `limits`, and with
    /// `expressions` those of form expressions where they differ; `timed` says what the
    /// timeout applies to.
    static func summary(_ limits: Limits, expressions: Limits? = nil, timed: String = "The whole command") -> String {
        var steps = grouped(limits.maxSteps) + " steps"
        if let expressions, expressions.maxSteps != limits.maxSteps {
            steps += " (" + grouped(expressions.maxSteps) + " per form expression)"
        }
        return "Every evaluation is bounded: \(steps), where a built-in charges one step per 16 elements or characters it handles; "
            + "call depth \(limits.maxCallDepth); strings and arrays of \(grouped(limits.maxStringLength)) elements; "
            + "\(limits.maxMemory >> 20) MB of data (--max-memory); \(grouped(limits.maxLogLines)) log lines and "
            + "\(grouped(limits.maxOutputLength)) characters of log and printed text; nesting \(grouped(limits.maxNestingDepth)) "
            + "levels deep (--max-steps sets the step budget). \(timed) stops after \(Int(Limits.defaultTimeout)) seconds (--timeout)."
    }

    static func grouped(_ number: Int) -> String { LogBudget.grouped(number) }

    /// `base` with the step and memory budgets and the deadline the options ask for (the
    /// deadline counts from now); nil after reporting a usage error.
    static func limits(_ arguments: ParsedArguments, base: Limits, command: CommandSpec, context: CommandContext) -> Limits? {
        var limits = base
        if let text = arguments.value("max-steps") {
            guard let steps = Int(text), steps >= 1 else {
                _ = SlingrPkg.usageError("'--max-steps' needs a positive number of steps, not '\(text)'", command: command, context: context)
                return nil
            }
            limits.maxSteps = steps
        }
        if let text = arguments.value("max-memory") {
            guard let megabytes = Int(text), megabytes >= 1, megabytes <= 1 << 20 else {
                _ = SlingrPkg.usageError("'--max-memory' needs a number of megabytes from 1 to 1048576, not '\(text)'", command: command, context: context)
                return nil
            }
            limits.maxMemory = megabytes << 20
        }
        var seconds = Limits.defaultTimeout
        if let text = arguments.value("timeout") {
            guard let value = Double(text), value.isFinite, value > 0, value <= 86_400 else {
                _ = SlingrPkg.usageError("'--timeout' needs a number of seconds greater than 0 and at most 86400, not '\(text)'", command: command, context: context)
                return nil
            }
            seconds = value
        }
        limits.deadline = Deadline.after(seconds: seconds)
        return limits
    }
}
