#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlingrDiagnostics

/// Writes everything to a file descriptor, retrying short writes.
func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) {
    var remaining = bytes
    while !remaining.isEmpty {
        let count = remaining.withUnsafeBytes { buffer in
            buffer.baseAddress.map { write(descriptor, $0, buffer.count) } ?? 0
        }
        if count < 0 {
            if errno == EINTR { continue }
            return
        }
        remaining = remaining.dropFirst(count)
    }
}

func currentDirectory() -> String {
    guard let path = getcwd(nil, 0) else { return "." }
    defer { free(path) }
    return String(cString: path)
}

func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { buffer in
            buffer.baseAddress.map { read(0, $0, buffer.count) } ?? 0
        }
        if count < 0, errno == EINTR { continue }
        if count <= 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
        if bytes.count > LocalFileSystem.defaultReadLimit { break }
    }
    return bytes
}

ProcessMemory.retainFreedMemory()

var environment: [String: String] = [:]
for (key, value) in ProcessEnvironment.entries() { environment[key] = value }

let context = CommandContext(
    fileSystem: LocalFileSystem(),
    environment: environment,
    currentDirectory: currentDirectory(),
    stdout: OutputSink { writeAll(1, $0) },
    stderr: OutputSink { writeAll(2, $0) },
    stdoutIsTerminal: isatty(1) == 1,
    stdinIsTerminal: isatty(0) == 1,
    readStandardInput: readStandardInput,
    prompt: TerminalPrompt.ask
)
exit(SlingrPkg.run(Array(CommandLine.arguments.dropFirst()), context: context).rawValue)
