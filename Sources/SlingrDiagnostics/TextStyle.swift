/// ANSI styling for terminal output. `plain` leaves text untouched, so renderers can be written
/// once and coloured only when the CLI decides the output is a terminal.
public struct TextStyle: Sendable {
    public let enabled: Bool

    public static let plain = TextStyle(enabled: false)
    public static let ansi = TextStyle(enabled: true)

    public init(enabled: Bool) { self.enabled = enabled }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    public func cyan(_ text: String) -> String { wrap(text, "1;36") }
    public func green(_ text: String) -> String { wrap(text, "1;32") }
    public func dim(_ text: String) -> String { wrap(text, "2") }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return red("error")
        case .warning: return yellow("warning")
        case .note: return cyan("note")
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
