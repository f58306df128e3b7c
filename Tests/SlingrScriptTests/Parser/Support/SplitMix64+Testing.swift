import SlingrDiagnostics

/// Helpers over the seeded generator, so generated test programs and expressions are the same
/// on every run and a failure can be reproduced from its seed.
extension SplitMix64 {
    /// A value in `0..<upperBound` (0 when the bound is not positive).
    mutating func below(_ upperBound: Int) -> Int {
        guard upperBound > 0 else { return 0 }
        return Int(next() % UInt64(upperBound))
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}
