/// SplitMix64, a tiny seeded pseudo-random generator: the same seed gives the same sequence on
/// every machine. It drives the sandbox's `Math.random` (seeded by the host, so evaluations are
/// reproducible), the benchmarks' generated inputs and the tests' generated cases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
