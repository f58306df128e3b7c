import Foundation

/// Runs test code on a thread with a large stack.
///
/// Tests that parse, compile or evaluate code nested up to the documented limit need it: a
/// debug build uses several times the stack per nesting level that a release build uses (the
/// limit fits the usual 8 MB thread stack in a release build, not always in a debug one).
enum LargeStack {
    static let size = 64 << 20

    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        // The semaphore orders the write before this read.
        guard let value = box.value else { preconditionFailure("the large-stack thread returned nothing") }
        return value
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
