#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Stack bounds measured so far, shared by all interpreters: a new interpreter on a known
/// thread does not measure again (for the main thread glibc parses `/proc/self/maps`, which
/// costs far more than creating the interpreter). Thread stacks do not overlap, so a bounds
/// entry containing the current stack pointer belongs to the current thread.
final class KnownStacks: @unchecked Sendable {
    static let shared = KnownStacks()
    private var lock = pthread_mutex_t()
    private var known: [StackGuard.Bounds] = []

    private init() { pthread_mutex_init(&lock, nil) }

    func bounds(containing address: UInt) -> StackGuard.Bounds? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        if let found = known.first(where: { $0.contains(address) }) { return found }
        guard let measured = StackGuard.stackBounds() else { return nil }
        known.append(measured)
        // Threads come and go; keep the list short (a stale entry is harmless, just unused).
        if known.count > 64 { known.removeFirst(known.count - 64) }
        return measured
    }
}
