#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc) || canImport(Musl)

/// `pthread_getattr_np` is a GNU extension the Glibc module map does not export.
@_silgen_name("pthread_getattr_np")
private func currentThreadAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// Keeps recursion (the parser's and compiler's on nested source, the interpreter's function
/// calls) away from the end of the calling thread's stack.
///
/// Depth limits alone cannot guarantee that: a debug build uses several times the stack of a
/// release build per level, and threads differ in stack size. So the engine asks the system
/// where the current thread's stack ends and refuses to go deeper than a safety margin above it.
enum StackGuard {
    /// Room kept free below the deepest point the interpreter will use.
    static let safetyMargin: UInt = 256 * 1024
    /// Used when the stack bounds cannot be queried: how much the engine may use from its entry.
    static let fallbackBudget: UInt = 512 * 1024

    @inline(never)
    static func currentAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// The bounds of the current thread's stack, as last measured; querying them can be slow
    /// (glibc reads `/proc/self/maps` for the main thread), so callers keep the answer and only
    /// ask again when the stack pointer is outside it.
    struct Bounds {
        var low: UInt
        var high: UInt

        func contains(_ address: UInt) -> Bool { address > low && address < high }
    }

    /// The lowest stack address evaluation may reach on the current thread.
    static func limit(cache: inout Bounds?) -> UInt {
        let here = currentAddress()
        if cache == nil || cache?.contains(here) == false { cache = KnownStacks.shared.bounds(containing: here) }
        if let bounds = cache, bounds.contains(here) {
            let available = here - bounds.low
            if available > safetyMargin * 2 { return bounds.low + safetyMargin }
            // Tiny stack: use at most half of what is left.
            return here - available / 2
        }
        return here > fallbackBudget ? here - fallbackBudget : 0
    }

    static func stackBounds() -> Bounds? {
        #if canImport(Glibc) || canImport(Musl)
        var attributes = pthread_attr_t()
        guard currentThreadAttributes(pthread_self(), &attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        var address: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
        let low = UInt(bitPattern: address)
        return Bounds(low: low, high: low + UInt(size))
        #elseif canImport(Darwin)
        let thread = pthread_self()
        let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
        let size = UInt(pthread_get_stacksize_np(thread))
        return top > size ? Bounds(low: top - size, high: top) : nil
        #else
        return nil
        #endif
    }
}
