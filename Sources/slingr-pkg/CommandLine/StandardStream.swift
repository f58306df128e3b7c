#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or standard error as a file descriptor. Short writes are retried; a reader
/// that went away (`| head -1`: `EPIPE`, with `SIGPIPE` ignored) makes the rest of the output
/// go nowhere, quietly; any other failure (`> /dev/full`: `ENOSPC`) is remembered, so the run
/// can end with an error and exit status 2 instead of a report that silently went missing.
final class StandardStream: @unchecked Sendable {
    let descriptor: Int32
    /// Why writing failed (`No space left on device`), `nil` while all went well.
    private(set) var failure: String?
    /// The reader closed its end; nothing more is written.
    private(set) var readerClosed = false

    init(_ descriptor: Int32) { self.descriptor = descriptor }

    func write(_ bytes: ArraySlice<UInt8>) {
        guard failure == nil, !readerClosed else { return }
        var remaining = bytes
        while !remaining.isEmpty {
            let count = remaining.withUnsafeBytes { buffer in
                buffer.baseAddress.map { writeDescriptor(descriptor, $0, buffer.count) } ?? 0
            }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EPIPE { readerClosed = true } else { failure = String(cString: strerror(code)) }
                return
            }
            remaining = remaining.dropFirst(count)
        }
    }

    /// The exit status once the command is done: a failed write of standard output turns any
    /// status into 2, with the reason on standard error.
    static func finish(_ status: ExitStatus, stdout: StandardStream, stderr: StandardStream) -> ExitStatus {
        guard let failure = stdout.failure else { return status }
        stderr.write(ArraySlice("Error: cannot write the output: \(failure)\n".utf8))
        return .usage
    }
}

/// `write(2)`, under a name the method above does not hide.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
