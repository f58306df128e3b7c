/// Resource limits of one evaluation. Every limit ends the evaluation with a located
/// `ScriptError` of kind `.limitExceeded`; script code cannot catch it.
public struct Limits: Sendable, Hashable {
    /// Statements executed, loop iterations, function calls, regular-expression matcher steps
    /// and built-in bulk work (one step per 16 elements or characters a built-in visits,
    /// copies or converts), all drawn from one budget per evaluation. `while (true) {}` ends
    /// after this many iterations, and so does `while (true) { big.trim() }`, only sooner.
    public var maxSteps: Int
    /// Nested function calls (script and built-in callbacks). The engine also stops earlier if
    /// the native stack of the calling thread runs low, so deep recursion never crashes.
    public var maxCallDepth: Int
    /// Longest string, in UTF-16 code units, an operation may create.
    public var maxStringLength: Int
    /// Longest array (elements) an operation may create.
    public var maxArrayLength: Int
    /// Bytes the data of the interpreter's realm may hold: strings, objects, arrays, closures,
    /// regular expressions and their storage. Allocations are charged before they are made
    /// (estimated); when the estimate passes the budget the engine measures what is really
    /// held, and ends the evaluation with `out of memory (limit N)` if it is still over.
    public var maxMemory: Int
    /// `console.*`/`sys.logs.*` messages kept per evaluation; later ones are only counted.
    public var maxLogLines: Int
    /// Characters of text an evaluation may produce for the host to show: its log messages
    /// together, and a printed result (`display`, `hostValue`).
    public var maxOutputLength: Int
    /// Nesting of objects and arrays a printed or converted result (and `JSON`) may have.
    public var maxNestingDepth: Int
    /// The wall-clock instant after which evaluation stops: the last line of defence when a
    /// host runs many evaluations (each within its step budget). Checked every few thousand
    /// steps; scripts never see the clock. Nil: no deadline.
    public var deadline: Deadline?

    /// Defaults sized for configuration expressions and builders: about a second of work at
    /// most, recursion deeper than real package code needs, and a few MB of data.
    public init(
        maxSteps: Int = 1_000_000,
        maxCallDepth: Int = 200,
        maxStringLength: Int = 1 << 20,
        maxArrayLength: Int = 1 << 20,
        maxMemory: Int = Limits.defaultMaxMemory,
        maxLogLines: Int = 1_000,
        maxOutputLength: Int = 1 << 20,
        maxNestingDepth: Int = 1_000,
        deadline: Deadline? = nil
    ) {
        self.maxSteps = maxSteps
        self.maxCallDepth = maxCallDepth
        self.maxStringLength = maxStringLength
        self.maxArrayLength = maxArrayLength
        self.maxMemory = maxMemory
        self.maxLogLines = maxLogLines
        self.maxOutputLength = maxOutputLength
        self.maxNestingDepth = maxNestingDepth
        self.deadline = deadline
    }

    public static let `default` = Limits()

    /// 64 MB.
    public static let defaultMaxMemory = 64 << 20

    /// Seconds a command that runs package code may take by default (see `deadline`).
    public static let defaultTimeout = 10.0

    /// Which limit was hit.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case steps
        case callDepth
        case stringLength
        case arrayLength
        case memory
        case output
        case nesting
        case time
    }
}

/// A point in time on the monotonic clock, after which evaluations stop (`Limits.deadline`).
public struct Deadline: Sendable, Hashable {
    /// Monotonic clock reading, in nanoseconds, at which the deadline passes.
    public let instant: UInt64
    /// How long the deadline was set for, for the error message.
    public let seconds: Double

    /// The deadline `seconds` from now.
    public static func after(seconds: Double) -> Deadline {
        let nanoseconds = seconds.isFinite && seconds > 0 ? min(seconds * 1e9, 1e18) : 0
        return Deadline(instant: MonotonicClock.now() &+ UInt64(nanoseconds), seconds: seconds)
    }

    public init(instant: UInt64, seconds: Double) {
        self.instant = instant
        self.seconds = seconds
    }

    public var hasPassed: Bool { MonotonicClock.now() >= instant }

    /// How long it was set for, for messages: `10 s`, `2.5 s`.
    public var durationText: String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
