import SlingrScript

/// `sys.logs.debug/info/warn/error(message, ...)` and `console.log/debug/info/warn/error`:
/// the message is recorded with its level (the report prints them in order). Arguments are
/// joined with spaces: strings as they are, errors as `Name: message`, other objects and arrays
/// as compact JSON.
enum SysLogs {
    static func make(_ context: ScriptContext, state: RuntimeState) -> Value {
        let logs = context.makeNamespace(member: NotEmulated.members(context, path: "sys.logs", state: state))
        for level in [LogEntry.Level.debug, .info, .warn, .error] {
            context.define(logs, level.rawValue, logger(context, level, state: state))
        }
        return logs
    }

    static func console(_ context: ScriptContext, state: RuntimeState) -> Value {
        let console = context.makeObject()
        let pairs: [(String, LogEntry.Level)] = [("log", .info), ("debug", .debug), ("info", .info), ("warn", .warn), ("error", .error)]
        for (name, level) in pairs { context.define(console, name, logger(context, level, name: name, state: state)) }
        return console
    }

    private static func logger(_ context: ScriptContext, _ level: LogEntry.Level, name: String? = nil, state: RuntimeState) -> Value {
        context.makeFunction(name ?? level.rawValue, length: 1) { call in
            let parts = try call.arguments.map { try text(of: $0, call.context) }
            state.journal.logs.append(LogEntry(level: level, message: parts.joined(separator: " ")))
            return .undefined
        }
    }

    static func text(of value: Value, _ context: ScriptContext) throws -> String {
        switch value {
        case .string(let string): return string.string
        case .object:
            if context.isCallable(value) { return context.display(value) }
            if let summary = context.errorSummary(value), context.isError(value) {
                return summary.message.isEmpty ? summary.name : summary.name + ": " + summary.message
            }
            return (try? context.stringify(value)) ?? nil ?? context.display(value)
        default:
            return try context.toString(value)
        }
    }
}
