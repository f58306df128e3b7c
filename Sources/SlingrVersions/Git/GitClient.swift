/// Why a git command failed, in words fit for an error message (git's own last line included).
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    public var detail: String

    public init(_ detail: String) { self.detail = detail }

    public var description: String { detail }
}

/// The few git commands version resolution needs, run through the real `git` executable with an
/// argument vector (no shell), no terminal prompts and a C locale so failures read the same
/// everywhere. Only the `file`, `git`, `http`, `https` and `ssh` transports are allowed, so a
/// source URL such as `ext::sh -c ...` cannot run commands.
public struct GitClient: Sendable {
    public var executable: String
    public var runner: ProcessRunner

    public init(executable: String = "git", runner: ProcessRunner = ProcessRunner()) {
        self.executable = executable
        self.runner = runner
    }

    static let environment = [
        "GIT_TERMINAL_PROMPT": "0",
        "GCM_INTERACTIVE": "never",
        "GIT_ALLOW_PROTOCOL": "file:git:http:https:ssh",
        "LC_ALL": "C",
    ]

    /// Tag names and the object each points at, from `git ls-remote --tags --refs`.
    public func remoteTags(_ location: String) throws(GitError) -> [(tag: String, object: String)] {
        let output = try run(["ls-remote", "--tags", "--refs", "--", location], input: [])
        var tags: [(String, String)] = []
        for line in output.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let object = String(decoding: line[line.startIndex..<tab], as: UTF8.self)
            let reference = String(decoding: line[(tab + 1)...], as: UTF8.self)
            guard reference.hasPrefix("refs/tags/") else { continue }
            tags.append((String(reference.dropFirst("refs/tags/".count)), object))
        }
        return tags
    }

    /// Creates an empty bare repository.
    public func initBare(_ directory: String) throws(GitError) {
        _ = try run(["init", "--bare", "--quiet", "--", directory], input: [])
    }

    /// Fetches every tag of `location` into the bare repository at `gitDirectory`.
    public func fetchTags(into gitDirectory: String, from location: String) throws(GitError) {
        _ = try run(["-C", gitDirectory, "fetch", "--quiet", "--no-tags", "--force", "--", location, "+refs/tags/*:refs/tags/*"], input: [])
    }

    /// The contents of `path` at each object (commit or tag), in one `git cat-file --batch`
    /// run; `nil` where the object or the file does not exist.
    public func readFile(_ path: String, at objects: [String], in repository: String) throws(GitError) -> [[UInt8]?] {
        if objects.isEmpty { return [] }
        var request = ""
        for object in objects { request += "\(object):\(path)\n" }
        let output = try run(["-C", repository, "cat-file", "--batch"], input: Array(request.utf8))
        var results: [[UInt8]?] = []
        var position = 0
        for _ in objects {
            guard let newline = output[position...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw GitError("git cat-file stopped early")
            }
            let header = output[position..<newline].split(separator: UInt8(ascii: " "))
            position = newline + 1
            if header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)) {
                guard position + size <= output.count else { throw GitError("git cat-file output is truncated") }
                let isBlob = String(decoding: header[1], as: UTF8.self) == "blob"
                results.append(isBlob ? Array(output[position..<position + size]) : nil)
                position += size + 1
            } else {
                results.append(nil)
            }
        }
        return results
    }

    private func run(_ arguments: [String], input: [UInt8]) throws(GitError) -> [UInt8] {
        let output: ProcessOutput
        do {
            output = try runner.run(executable, arguments, input: input, environment: Self.environment)
        } catch {
            throw GitError(error.description)
        }
        if output.timedOut { throw GitError("git \(arguments.first ?? "") timed out") }
        guard output.status == 0 else {
            let message = output.stderrText.split(separator: "\n").first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") }
                ?? output.stderrText.split(separator: "\n").first
                ?? "exit status \(output.status)"
            throw GitError(String(message))
        }
        return output.stdout
    }
}
