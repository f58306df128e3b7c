#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lock files this process holds, removed if SIGINT, SIGTERM or SIGHUP ends it (a lock left
/// behind would stop every later writer of the package). Commands release their locks on
/// every ordinary exit path; this covers the signals. The paths live in a fixed table of C
/// strings, which the handler can read without allocating.
enum InterruptCleanup {
    static let capacity = 16
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    /// Installs the handlers (once, from `main`).
    static func install() {
        _ = slots
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { number in
                for index in 0..<InterruptCleanup.capacity {
                    if let path = InterruptCleanup.slots[index] { unlink(path) }
                }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// Remembers (`held`) or forgets a lock file.
    static func track(_ path: String, held: Bool) {
        if held {
            for index in 0..<capacity where slots[index] == nil {
                slots[index] = strdup(path)
                return
            }
        } else {
            for index in 0..<capacity {
                guard let slot = slots[index], String(cString: slot) == path else { continue }
                slots[index] = nil
                free(slot)
                return
            }
        }
    }
}
