#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlingrDiagnostics
import SlingrVersions

/// `new --git`: `git init`, `git add -A` and a first commit in the new package, running the real
/// `git` found on the `PATH` of the environment the command was given (no shell involved).
enum GitRepositoryInitializer {
    static let commitMessage = "Create the package with slingr-pkg new"

    /// `nil` on success, otherwise what went wrong, in one line.
    static func initialize(_ directory: String, environment: [String: String]) -> String? {
        guard let git = executable("git", path: environment["PATH"] ?? "/usr/bin:/bin") else {
            return "git was not found on the PATH"
        }
        let runner = ProcessRunner(baseEnvironment: environment)
        let steps: [[String]] = [["init", "--quiet"], ["add", "--all"], ["commit", "--quiet", "--message", commitMessage]]
        for step in steps {
            let output: ProcessOutput
            do {
                output = try runner.run(git, ["-C", directory] + step, environment: ["GIT_TERMINAL_PROMPT": "0"])
            } catch {
                return "cannot run git: \(error.description)"
            }
            if output.status != 0 {
                let lines = (output.stderrText + output.stdoutText).split(separator: "\n").map(String.init)
                let detail = lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.first ?? "exit status \(output.status)"
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
}
