/// Resource limits of one evaluation. Every limit ends the evaluation with a located
/// `ScriptError` of kind `.limitExceeded`; script code cannot catch it.
public struct Limits: Sendable, Hashable {
    /// Statements executed, loop iterations, function calls, regular-expression matcher steps
    /// and built-in bulk work (one step per 16 elements or characters), all drawn from one
    /// budget per evaluation. `while (true) {}` ends after this many iterations.
    public var maxSteps: Int
    /// Nested function calls (script and built-in callbacks). The engine also stops earlier if
    /// the native stack of the calling thread runs low, so deep recursion never crashes.
    public var maxCallDepth: Int
    /// Longest string, in UTF-16 code units, an operation may create.
    public var maxStringLength: Int
    /// Longest array (elements) an operation may create.
    public var maxArrayLength: Int

    /// Defaults sized for configuration expressions and builders: about a second of work at
    /// most, recursion deeper than real package code needs, and a few MB of data.
    public init(
        maxSteps: Int = 1_000_000,
        maxCallDepth: Int = 200,
        maxStringLength: Int = 1 << 20,
        maxArrayLength: Int = 1 << 20
    ) {
        self.maxSteps = maxSteps
        self.maxCallDepth = maxCallDepth
        self.maxStringLength = maxStringLength
        self.maxArrayLength = maxArrayLength
    }

    public static let `default` = Limits()

    /// Which limit was hit.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case steps
        case callDepth
        case stringLength
        case arrayLength
    }
}
