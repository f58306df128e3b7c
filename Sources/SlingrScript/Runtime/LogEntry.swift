import SlingrDiagnostics

/// A message recorded by `sys.logs.*`.
public struct LogEntry: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable { case debug, info, warn, error }
    public var level: Level
    public var message: String

    public init(level: Level, message: String) {
        self.level = level
        self.message = message
    }
}
