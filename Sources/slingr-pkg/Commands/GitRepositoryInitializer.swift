#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlingrDiagnostics

/// `new --git`: `git init`, `git add -A` and a first commit in the new package, running the real
/// `git` found on the `PATH` of the environment the command was given (no shell involved).
enum GitRepositoryInitializer {
    static let commitMessage = "Create the package with slingr-pkg new"

    /// `nil` on success, otherwise what went wrong, in one line.
    static func initialize(_ directory: String, environment: [String: String]) -> String? {
        guard let git = executable("git", path: environment["PATH"] ?? "/usr/bin:/bin") else {
            return "git was not found on the PATH"
        }
        var childEnvironment = environment
        childEnvironment["GIT_TERMINAL_PROMPT"] = "0"
        let steps: [[String]] = [["init", "--quiet"], ["add", "--all"], ["commit", "--quiet", "--message", commitMessage]]
        for step in steps {
            let (status, output) = run(git, ["-C", directory] + step, environment: childEnvironment)
            if status != 0 {
                let lines = output.split(separator: "\n").map(String.init)
                let detail = lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.first ?? "exit status \(status)"
                return "'git \(step[0])' failed: \(detail)"
            }
        }
        return nil
    }

    private static func executable(_ name: String, path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = PathName.join(String(folder), name)
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `program` with standard input closed and standard output and error captured together.
    private static func run(_ program: String, _ arguments: [String], environment: [String: String]) -> (Int32, String) {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return (-1, "cannot create a pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            return (-1, "cannot run \(program)")
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), String(decoding: output, as: UTF8.self))
    }
}
