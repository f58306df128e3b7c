/// The memory budget (`Limits.maxMemory`).
///
/// Objects are reference counted, so what an evaluation holds shrinks by itself when data is
/// dropped; no counter can see that happen for strings and arrays (Swift storage). So the
/// realm keeps an estimate instead: allocations are charged before they are made (`reserve`
/// for everything proportional to input, a fixed charge for each new object), and when the
/// estimate passes a checkpoint the realm measures what its live data really holds
/// (`MemoryCensus`) and starts again from that. Only a measurement over the budget ends the
/// evaluation. Checkpoints come closer together as the measured size nears the budget, so the
/// process never holds much more than the budget, and a measurement (linear in the live
/// data) is paid for by at least a sixteenth of the budget of new allocations.
extension Realm {
    /// Charges a small allocation where nothing can throw; a passed checkpoint is measured at
    /// the next step.
    @inline(__always)
    func chargeMemory(_ bytes: Int) {
        memoryHeld &+= bytes
        if memoryHeld > memoryCheckpoint, !memoryCheckDue {
            memoryCheckDue = true
            requestCheckpoint()
        }
    }

    /// Charges an allocation of `bytes` before it is made; throws `out of memory` instead when
    /// the realm's data would then hold more than the budget.
    @inline(__always)
    func reserve(_ bytes: Int) throws {
        let held = memoryHeld &+ bytes
        if held > memoryCheckpoint || bytes > limits.maxMemory {
            try measureMemory(pending: bytes)
        } else {
            memoryHeld = held
        }
    }

    /// Charges a new string of `length` code units.
    @inline(__always)
    func reserveString(_ length: Int) throws {
        try reserve(MemoryCensus.stringBytes(length))
    }

    /// Charges `count` new array elements (or other values held in a list).
    @inline(__always)
    func reserveValues(_ count: Int) throws {
        try reserve(count &* MemoryCensus.valueBytes)
    }

    /// Measures what the realm holds; throws `out of memory` when that plus `pending` bytes
    /// about to be allocated passes the budget.
    @inline(never)
    func measureMemory(pending: Int) throws {
        memoryCheckDue = false
        let held = pending > limits.maxMemory ? 0 : measureHeldMemory()
        if held > limits.maxMemory || pending > limits.maxMemory - held {
            memoryHeld = held
            memoryCheckpoint = held
            stepsBanked = 0
            stepsRemaining = -1
            throw memoryLimit()
        }
        memoryHeld = held &+ pending
        let budget = limits.maxMemory
        memoryCheckpoint = memoryHeld &+ max(budget / 16, (budget &- memoryHeld) / 2)
    }

    /// What the realm's live data holds now, in bytes (estimated per object and string).
    func measureHeldMemory() -> Int {
        compactRegistry()
        var census = MemoryCensus()
        for object in registeredObjects { census.add(object) }
        for binding in globalLexicals.values { census.add(binding.value) }
        census.add(completionValue)
        return census.total
    }

    func memoryLimit() -> LimitExceeded {
        LimitExceeded(kind: .memory, message: "out of memory (limit \(Realm.bytes(limits.maxMemory)))")
    }

    /// `64 MB`, `1.5 MB`, `4096 bytes`.
    static func bytes(_ count: Int) -> String {
        let megabyte = 1 << 20
        if count >= megabyte, count % megabyte == 0 { return "\(count / megabyte) MB" }
        if count >= megabyte { return "\((Double(count) / Double(megabyte) * 10).rounded() / 10) MB" }
        return "\(count) bytes"
    }

    /// Where the first measurement happens: nothing is measured while an evaluation holds
    /// little.
    static func firstMemoryCheckpoint(_ limits: Limits) -> Int { limits.maxMemory / 2 }
}
