import SlingrDiagnostics
import SlingrPackage

/// Everything a command may use from the outside world, passed in so commands run the same way
/// from `main` and from golden tests: streams, environment, current folder, file system, and
/// whether standard streams are terminals.
final class CommandContext {
    let fileSystem: any FileSystem
    let environment: [String: String]
    let currentDirectory: String
    let stdout: OutputSink
    let stderr: OutputSink
    let stdoutIsTerminal: Bool
    let stdinIsTerminal: Bool
    /// Reads all of standard input (for `-` file arguments).
    let readStandardInput: () -> [UInt8]
    /// Asks a question on the terminal and returns the answer line, `nil` at end of input.
    /// `secret` hides what is typed.
    let prompt: (_ question: String, _ secret: Bool) -> String?

    init(fileSystem: any FileSystem, environment: [String: String], currentDirectory: String,
         stdout: OutputSink, stderr: OutputSink, stdoutIsTerminal: Bool, stdinIsTerminal: Bool,
         readStandardInput: @escaping () -> [UInt8], prompt: @escaping (String, Bool) -> String?) {
        self.fileSystem = fileSystem
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stdinIsTerminal = stdinIsTerminal
        self.readStandardInput = readStandardInput
        self.prompt = prompt
    }

    /// Reads standard input as it arrives, one piece per call, `nil` at its end: for commands
    /// that answer while they read (`lsp`). `nil` means all of `readStandardInput` as one piece.
    var readStandardInputPiece: (() -> [UInt8]?)?

    /// Told when a command takes a lock file (`true`) and lets it go (`false`), so `main` can
    /// remove held locks if a signal ends the process.
    var lockObserver: ((String, Bool) -> Void)?
    /// How long a writer waits for another writer's lock before giving up.
    var lockWaitMilliseconds = 5_000

    /// Runs `body` holding the lock of `target` (absolute; shown as `shown`), so no other
    /// writer changes it meanwhile; the lock is released on every path out. When the lock
    /// cannot be taken, says why on standard error and returns exit status 2.
    func withLock(_ target: String, shown: String, _ body: () -> ExitStatus) -> ExitStatus {
        let lock: FileLock
        do {
            lock = try FileLock.acquire(for: target, fileSystem: fileSystem, waitMilliseconds: lockWaitMilliseconds)
        } catch {
            stderr.write("Error: \(error.message(shownTarget: shown, shownLockPath: FileLock.lockPath(for: shown)))\n")
            return .usage
        }
        lockObserver?(lock.path, true)
        defer {
            lock.release()
            lockObserver?(lock.path, false)
        }
        return body()
    }

    /// `withLock` for several targets at once, taken in the order given.
    func withLocks(_ targets: [(target: String, shown: String)], _ body: () -> ExitStatus) -> ExitStatus {
        guard let first = targets.first else { return body() }
        return withLock(first.target, shown: first.shown) { withLocks(Array(targets.dropFirst()), body) }
    }

    /// Colour for standard output: `--color always|never`, or on a terminal when `auto`; never
    /// when `NO_COLOR` is set to anything non-empty.
    func style(for arguments: ParsedArguments) -> TextStyle {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
        switch arguments.value("color") {
        case "always": return .ansi
        case "never": return .plain
        default: return stdoutIsTerminal ? .ansi : .plain
        }
    }

    /// Reads a file named on the command line; errors name it as the user typed it.
    func readSource(_ path: String) throws(FileSystemError) -> SourceFile {
        do {
            return try fileSystem.sourceFile(absolutePath(path), displayPath: path)
        } catch {
            throw FileSystemError(path: path, reason: error.reason)
        }
    }

    /// A path given on the command line, made absolute against the current folder for the
    /// file system, while reports keep showing it as the user typed it.
    func absolutePath(_ path: String) -> String {
        PathName.normalize(PathName.join(currentDirectory, path))
    }
}

/// Where a command's output goes: a file descriptor in real runs, a buffer in tests.
final class OutputSink {
    private let writeBytes: (ArraySlice<UInt8>) -> Void
    private(set) var captured: [UInt8] = []
    private let captures: Bool

    init(write: @escaping (ArraySlice<UInt8>) -> Void) {
        writeBytes = write
        captures = false
    }

    /// A sink that keeps everything written, for tests.
    init() {
        writeBytes = { _ in }
        captures = true
    }

    func write(_ text: String) {
        if captures { captured.append(contentsOf: text.utf8) } else { writeBytes(ArraySlice(text.utf8)) }
    }

    /// Bytes as they are (protocol frames, whose length counts bytes).
    func write(bytes: [UInt8]) {
        if captures { captured.append(contentsOf: bytes) } else { writeBytes(bytes[...]) }
    }

    var text: String { String(decoding: captured, as: UTF8.self) }
}

extension CommandContext {
    /// The package a command works on, found from `given` (default: the current folder) as git
    /// finds its repository: the nearest folder, going up, that holds a `package.json`. When
    /// that is not the folder given, standard error says which root is used. Without one
    /// anywhere above, the folder given is used (and the command reports what is missing).
    func packageRoot(_ given: String?) -> (absolute: String, display: String) {
        let display = given ?? "."
        let start = absolutePath(display)
        guard let (candidate, climbed) = PackageRootLocator.root(containing: start, fileSystem: fileSystem), climbed > 0 else {
            return (start, display)
        }
        let shown = PathName.normalize(PathName.join(display, Array(repeating: "..", count: climbed).joined(separator: "/")))
        stderr.write("note: using the package at '\(shown)'\n")
        return (candidate, shown)
    }
}
