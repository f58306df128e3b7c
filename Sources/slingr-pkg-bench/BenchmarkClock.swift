import Foundation

/// Timing helpers shared by the workloads: best-of and median of repeated runs.
enum BenchmarkClock {
    /// Seconds taken by `body`.
    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Runs `body` `repeats` times and returns the sorted durations.
    static func samples(_ repeats: Int, _ body: () -> Void) -> [Double] {
        (0..<repeats).map { _ in time(body) }.sorted()
    }

    static func median(_ samples: [Double]) -> Double {
        samples.isEmpty ? 0 : samples[samples.count / 2]
    }

    /// Runs an executable with output discarded and returns its wall time and exit status, or
    /// `nil` if it cannot start. Uses posix_spawn so the measurement is the child's start-up and
    /// work, not the cost of Foundation's Process machinery.
    static func runProcess(_ path: String, _ arguments: [String]) -> (seconds: Double, status: Int32)? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (seconds, (status >> 8) & 0xFF)
    }

    /// The `slingr-pkg` binary next to this benchmark's own executable.
    static var toolPath: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slingr-pkg").path
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}
