#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with an argument vector (never through a shell, so URLs and paths cannot
/// inject commands), feeds it optional input, captures stdout and stderr, and kills the whole
/// process group when it runs past `timeoutMilliseconds`.
///
/// posix_spawn rather than Foundation's `Process`: no Foundation start-up cost in the CLI and
/// full control over the child's descriptors. The three streams are socket pairs rather than
/// pipes: they can be created close-on-exec atomically (so a concurrent spawn elsewhere in the
/// process cannot inherit them), and writing to a child that has already exited fails with
/// `EPIPE` instead of raising `SIGPIPE` in this process. There is no working-directory option
/// (glibc hides `posix_spawn_file_actions_addchdir_np` from Swift); git takes `-C` instead.
public struct ProcessRunner: Sendable {
    public var timeoutMilliseconds: Int
    /// Output beyond this many bytes per stream is discarded (the child keeps running).
    public var outputLimit: Int

    /// The environment children start from. The command line passes its own (so what git sees
    /// is decided there); `nil` means this process's environment, for tests and tools.
    public var baseEnvironment: [String: String]?

    public init(timeoutMilliseconds: Int = 60_000, outputLimit: Int = 64 << 20, baseEnvironment: [String: String]? = nil) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.outputLimit = outputLimit
        self.baseEnvironment = baseEnvironment
    }

    /// Runs `executable` (looked up in `PATH` when it has no `/`) with `arguments`. The child
    /// starts from `baseEnvironment` with `environment` applied on top.
    public func run(
        _ executable: String,
        _ arguments: [String],
        input: [UInt8] = [],
        environment: [String: String] = [:]
    ) throws(ProcessRunnerError) -> ProcessOutput {
        func failure(_ what: String, _ code: Int32 = errno) -> ProcessRunnerError {
            ProcessRunnerError(executable: executable, detail: "\(what): \(String(cString: strerror(code)))")
        }
        var stdinPair: [Int32] = [-1, -1]
        var stdoutPair: [Int32] = [-1, -1]
        var stderrPair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &stdinPair) == 0 else { throw failure("socketpair") }
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &stdoutPair) == 0 else {
            close(stdinPair[0]); close(stdinPair[1])
            throw failure("socketpair")
        }
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &stderrPair) == 0 else {
            close(stdinPair[0]); close(stdinPair[1]); close(stdoutPair[0]); close(stdoutPair[1])
            throw failure("socketpair")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPair[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPair[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = Self.environment(base: baseEnvironment, overriding: environment).map { strdup($0) }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawnStatus = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
            (envp + [nil]).withUnsafeBufferPointer { envpBuffer -> Int32 in
                guard let argvBase = argvBuffer.baseAddress, let envpBase = envpBuffer.baseAddress else { return EINVAL }
                return posix_spawnp(&pid, executable, &actions, &attributes, argvBase, envpBase)
            }
        }
        close(stdinPair[1])
        close(stdoutPair[1])
        close(stderrPair[1])
        guard spawnStatus == 0 else {
            close(stdinPair[0]); close(stdoutPair[0]); close(stderrPair[0])
            throw failure("spawn failed", spawnStatus)
        }

        var pump = Pump(stdin: stdinPair[0], stdout: stdoutPair[0], stderr: stderrPair[0], input: input, limit: outputLimit)
        let timedOut = !pump.run(timeoutMilliseconds: timeoutMilliseconds)
        if timedOut { kill(-pid, SIGKILL) }
        pump.closeAll()

        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0, errno == EINTR {}
        let termination = waitStatus & 0x7F
        let status = termination == 0 ? (waitStatus >> 8) & 0xFF : 128 + termination
        return ProcessOutput(status: status, stdout: pump.stdoutBytes, stderr: pump.stderrBytes, timedOut: timedOut, truncated: pump.stdoutTruncated)
    }

    /// `base` (or the current environment) as `KEY=value` strings with `overrides` applied.
    private static func environment(base: [String: String]?, overriding overrides: [String: String]) -> [String] {
        var result: [String] = []
        if let base {
            for key in base.keys.sorted() where overrides[key] == nil {
                if let value = base[key] { result.append("\(key)=\(value)") }
            }
            for key in overrides.keys.sorted() {
                if let value = overrides[key] { result.append("\(key)=\(value)") }
            }
            return result
        }
        var pointer = Self.currentEnvironment()
        while let entry = pointer?.pointee {
            let text = String(cString: entry)
            let key = text.prefix { $0 != "=" }
            if overrides[String(key)] == nil { result.append(text) }
            pointer = pointer?.advanced(by: 1)
        }
        for key in overrides.keys.sorted() {
            if let value = overrides[key] { result.append("\(key)=\(value)") }
        }
        return result
    }

    private static func currentEnvironment() -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        #if canImport(Darwin)
        return _NSGetEnviron()?.pointee
        #else
        return environ
        #endif
    }
}

/// Moves bytes between this process and the child's three streams until both outputs close.
private struct Pump {
    var stdin: Int32
    var stdout: Int32
    var stderr: Int32
    let input: [UInt8]
    let limit: Int
    var written = 0
    var stdoutBytes: [UInt8] = []
    var stderrBytes: [UInt8] = []
    /// Standard output went past the limit; the rest was read and discarded.
    var stdoutTruncated = false

    init(stdin: Int32, stdout: Int32, stderr: Int32, input: [UInt8], limit: Int) {
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.input = input
        self.limit = limit
        for descriptor in [stdin, stdout, stderr] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        if input.isEmpty { closeInput() }
    }

    /// `false` when the deadline passed before the child closed its outputs.
    mutating func run(timeoutMilliseconds: Int) -> Bool {
        let deadline = Self.now() + timeoutMilliseconds
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while stdout >= 0 || stderr >= 0 {
            let remaining = deadline - Self.now()
            if remaining <= 0 { return false }
            var descriptors = [pollfd]()
            if stdin >= 0 { descriptors.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            if stdout >= 0 { descriptors.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
            if stderr >= 0 { descriptors.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 1000)))
            if ready < 0, errno != EINTR { return true }
            if ready <= 0 { continue }
            for entry in descriptors where entry.revents != 0 {
                if entry.fd == stdin {
                    writeInput()
                } else if entry.fd == stdout {
                    if !drain(stdout, into: &stdoutBytes, buffer: &buffer, discarded: &stdoutTruncated) { close(stdout); stdout = -1 }
                } else if entry.fd == stderr {
                    var ignored = false
                    if !drain(stderr, into: &stderrBytes, buffer: &buffer, discarded: &ignored) { close(stderr); stderr = -1 }
                }
            }
        }
        return true
    }

    /// Reads what is available; `false` at end of file or on a hard error. Bytes past the
    /// limit are read and dropped (so the child is not blocked), and `discarded` says so.
    private func drain(_ descriptor: Int32, into bytes: inout [UInt8], buffer: inout [UInt8], discarded: inout Bool) -> Bool {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                let kept = max(0, min(count, limit - bytes.count))
                if kept > 0 { bytes.append(contentsOf: buffer[0..<kept]) }
                if kept < count { discarded = true }
                continue
            }
            if count == 0 { return false }
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR
        }
    }

    private mutating func writeInput() {
        while written < input.count {
            let count = input.withUnsafeBytes { raw in
                raw.baseAddress.map { send(stdin, $0 + written, raw.count - written, Int32(MSG_NOSIGNAL)) } ?? -1
            }
            if count > 0 { written += count; continue }
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
            break
        }
        closeInput()
    }

    private mutating func closeInput() {
        if stdin >= 0 {
            shutdown(stdin, Int32(SHUT_WR))
            close(stdin)
            stdin = -1
        }
    }

    mutating func closeAll() {
        closeInput()
        if stdout >= 0 { close(stdout); stdout = -1 }
        if stderr >= 0 { close(stderr); stderr = -1 }
    }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
    }
}
