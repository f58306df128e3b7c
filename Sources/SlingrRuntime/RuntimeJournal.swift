import SlingrScript

/// An event a package triggered with `sys.events.triggerEvent`.
public struct TriggeredEvent: Sendable, Equatable {
    /// The name as given (`acme:webhook` or `webhook`).
    public var name: String
    public var data: HostValue
    /// Why the event would not reach the app (not declared in `package.json`, another
    /// package's prefix); nil when it is fine.
    public var problem: String?

    public init(name: String, data: HostValue, problem: String? = nil) {
        self.name = name
        self.data = data
        self.problem = problem
    }
}

/// What a run did that the platform would see: logs, events, HTTP exchanges and storage.
/// Host functions append to it as the package runs; the report copies it at the end.
final class RuntimeJournal {
    var logs: [LogEntry] = []
    var events: [TriggeredEvent] = []
    var exchanges: [HTTPExchange] = []
    var storage: RuntimeStorage
    /// Platform functions called that are not emulated (`sys.data.find`), in call order.
    var notEmulated: [String] = []

    init(storage: RuntimeStorage) { self.storage = storage }
}
