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
    /// Largest file read at a tag; a bigger one is reported as `.tooLarge` (a descriptor is a
    /// few kilobytes).
    public var fileLimit: Int

    /// The largest file actually read: within `fileLimit`, and small enough that a run
    /// printing it stays within half the runner's output limit.
    public var effectiveFileLimit: Int { min(fileLimit, runner.outputLimit / 2) }

    public init(executable: String = "git", runner: ProcessRunner = ProcessRunner(), fileLimit: Int = 4 << 20) {
        self.executable = executable
        self.runner = runner
        self.fileLimit = fileLimit
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

    /// What is at `path` in one commit or tag.
    public enum FileAtObject: Sendable, Hashable {
        case found([UInt8])
        /// No such object, no such path, or not a file there.
        case missing
        /// A file larger than `effectiveFileLimit` bytes, not read.
        case tooLarge(size: Int)
    }

    /// The contents of `path` at each object (commit or tag), whatever the number of objects
    /// and the size of the files: `git cat-file --batch-check` lists the sizes first (one
    /// short line per object), then the files within `fileLimit` are read with `--batch` in
    /// runs whose output stays within half the runner's output limit.
    public func readFile(_ path: String, at objects: [String], in repository: String) throws(GitError) -> [FileAtObject] {
        if objects.isEmpty { return [] }
        var results = [FileAtObject](repeating: .missing, count: objects.count)
        var request = ""
        for object in objects { request += "\(object):\(path)\n" }
        let listing = try run(["-C", repository, "cat-file", "--batch-check"], input: Array(request.utf8))
        var blobs: [(index: Int, id: String, size: Int)] = []
        let lines = listing.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count > objects.count else { throw GitError("git cat-file --batch-check stopped early") }
        for index in objects.indices {
            // "<id> <type> <size>", or "<name> missing" (or "ambiguous").
            let fields = lines[index].split(separator: UInt8(ascii: " "))
            guard fields.count == 3, String(decoding: fields[1], as: UTF8.self) == "blob",
                  let size = Int(String(decoding: fields[2], as: UTF8.self)) else { continue }
            if size > effectiveFileLimit {
                results[index] = .tooLarge(size: size)
            } else {
                blobs.append((index, String(decoding: fields[0], as: UTF8.self), size))
            }
        }
        let batchLimit = runner.outputLimit / 2
        var start = 0
        while start < blobs.count {
            var end = start
            var total = 0
            while end < blobs.count, end == start || total + blobs[end].size + 64 <= batchLimit {
                total += blobs[end].size + 64
                end += 1
            }
            let batch = blobs[start..<end]
            let contents = try readBlobs(batch.map(\.id), in: repository)
            for (entry, bytes) in zip(batch, contents) { results[entry.index] = .found(bytes) }
            start = end
        }
        return results
    }

    /// The bytes of each blob, in order, from one `git cat-file --batch` run.
    private func readBlobs(_ ids: [String], in repository: String) throws(GitError) -> [[UInt8]] {
        let output = try run(["-C", repository, "cat-file", "--batch"], input: Array(ids.map { $0 + "\n" }.joined().utf8))
        var results: [[UInt8]] = []
        var position = 0
        for _ in ids {
            guard let newline = output[position...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw GitError("git cat-file stopped early")
            }
            let header = output[position..<newline].split(separator: UInt8(ascii: " "))
            position = newline + 1
            guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)), position + size <= output.count else {
                throw GitError("git cat-file output is truncated")
            }
            results.append(Array(output[position..<position + size]))
            position += size + 1
        }
        return results
    }

    /// The git command of an argument vector (`cat-file` in `-C repo cat-file --batch`).
    private func subcommand(_ arguments: [String]) -> String {
        arguments.first == "-C" && arguments.count > 2 ? arguments[2] : arguments.first ?? ""
    }

    private func run(_ arguments: [String], input: [UInt8]) throws(GitError) -> [UInt8] {
        let output: ProcessOutput
        do {
            output = try runner.run(executable, arguments, input: input, environment: Self.environment)
        } catch {
            throw GitError(error.description)
        }
        if output.timedOut { throw GitError("git \(subcommand(arguments)) timed out") }
        if output.truncated {
            let limit = runner.outputLimit >= 1 << 20 ? "\(runner.outputLimit >> 20) MB" : "\(runner.outputLimit) bytes"
            throw GitError("git \(subcommand(arguments)) printed more than \(limit)")
        }
        guard output.status == 0 else {
            let message = output.stderrText.split(separator: "\n").first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") }
                ?? output.stderrText.split(separator: "\n").first
                ?? "exit status \(output.status)"
            throw GitError(String(message))
        }
        return output.stdout
    }
}
