#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlingrDiagnostics

func currentDirectory() -> String {
    guard let path = getcwd(nil, 0) else { return "." }
    defer { free(path) }
    return String(cString: path)
}

/// Standard input to its end, or a little past the read limit (the caller reports that).
func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    while let piece = readStandardInputPiece() {
        bytes.append(contentsOf: piece)
        if bytes.count > LocalFileSystem.defaultReadLimit { break }
    }
    return bytes
}

/// What one `read(2)` of standard input gives, `nil` at its end or on an error.
func readStandardInputPiece() -> [UInt8]? {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { buffer in
            buffer.baseAddress.map { read(0, $0, buffer.count) } ?? 0
        }
        if count < 0, errno == EINTR { continue }
        return count > 0 ? Array(chunk[0..<count]) : nil
    }
}

ProcessMemory.retainFreedMemory()
// A reader that goes away (`| head -1`) is an EPIPE to handle, not a signal that kills.
signal(SIGPIPE, SIG_IGN)
InterruptCleanup.install()
let standardOutput = StandardStream(1)
let standardError = StandardStream(2)

var environment: [String: String] = [:]
for (key, value) in ProcessEnvironment.entries() { environment[key] = value }

let context = CommandContext(
    fileSystem: LocalFileSystem(),
    environment: environment,
    currentDirectory: currentDirectory(),
    stdout: OutputSink { standardOutput.write($0) },
    stderr: OutputSink { standardError.write($0) },
    stdoutIsTerminal: isatty(1) == 1,
    stdinIsTerminal: isatty(0) == 1,
    readStandardInput: readStandardInput,
    prompt: TerminalPrompt.ask
)
context.lockObserver = InterruptCleanup.track
context.readStandardInputPiece = readStandardInputPiece
let status = SlingrPkg.run(Array(CommandLine.arguments.dropFirst()), context: context)
exit(StandardStream.finish(status, stdout: standardOutput, stderr: standardError).rawValue)
