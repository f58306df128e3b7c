import Foundation

/// Runs jobs on several threads in this process, one engine worker per thread.
///
/// Each thread takes the next job from a shared counter, so a slow test does not hold up the
/// others; results come back in the order of the jobs, whatever thread ran them.
public enum Test262Runner {
    /// Native stack of each worker thread: the interpreter's stack guard measures it, and deep
    /// but legal recursion in tests needs about what a main thread has.
    public static let threadStackSize = 16 << 20

    public static func run<Engine: Test262Engine>(_ jobs: [Test262Job], engine: Engine, threads: Int) -> [Test262Result] {
        let state = SharedState(count: jobs.count)
        let threadCount = max(1, min(threads, jobs.count))
        let finished = DispatchGroup()
        for _ in 0..<threadCount {
            finished.enter()
            let thread = Thread {
                var worker = engine.makeWorker()
                while let index = state.next() {
                    let job = jobs[index]
                    let start = DispatchTime.now().uptimeNanoseconds
                    let verdict = worker.run(job)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    state.store(Test262Result(path: job.path, mode: job.mode, verdict: verdict, seconds: seconds), at: index)
                }
                finished.leave()
            }
            thread.stackSize = threadStackSize
            thread.start()
        }
        finished.wait()
        return state.results()
    }

    /// The job counter and the result slots, behind one lock.
    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var cursor = 0
        private let count: Int
        private var slots: [Test262Result?]

        init(count: Int) {
            self.count = count
            slots = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard cursor < count else { return nil }
            cursor += 1
            return cursor - 1
        }

        func store(_ result: Test262Result, at index: Int) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        func results() -> [Test262Result] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
