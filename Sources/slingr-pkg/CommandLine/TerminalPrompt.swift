#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal settings to put back if the user interrupts a hidden (password) answer. A signal
/// handler cannot capture context, so it lives here; only `ask` on the main thread writes it.
nonisolated(unsafe) private var settingsBeforeHiding = termios()

/// Restores echo and then lets the interrupt do what it normally does (end the process).
private func restoreTerminalAndReraise(_ signal: Int32) {
    tcsetattr(0, TCSANOW, &settingsBeforeHiding)
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}

/// Questions on the terminal for interactive commands (`new` without a name, `configure`).
enum TerminalPrompt {
    /// Prints `question` on stderr and reads one line from stdin; with `secret`, echo is turned
    /// off while typing (and restored even if input ends). `nil` at end of input.
    static func ask(_ question: String, secret: Bool) -> String? {
        var saved = termios()
        let hideInput = secret && tcgetattr(0, &saved) == 0
        if hideInput {
            settingsBeforeHiding = saved
            signal(SIGINT, restoreTerminalAndReraise)
            signal(SIGTERM, restoreTerminalAndReraise)
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSANOW, &quiet)
        }
        // Echo goes off before the question appears, so an answer typed at once is never shown.
        StandardStream(2).write(ArraySlice(question.utf8))
        defer {
            if hideInput {
                tcsetattr(0, TCSANOW, &saved)
                signal(SIGINT, SIG_DFL)
                signal(SIGTERM, SIG_DFL)
                StandardStream(2).write(ArraySlice("\n".utf8))
            }
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(0, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return line.isEmpty ? nil : String(decoding: line, as: UTF8.self) }
            if byte == 0x0A { break }
            if byte != 0x0D { line.append(byte) }
        }
        return String(decoding: line, as: UTF8.self)
    }
}
