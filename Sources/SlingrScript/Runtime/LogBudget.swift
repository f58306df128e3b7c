/// Caps what `console.*` and `sys.logs.*` keep: at most `Limits.maxLogLines` messages and
/// `Limits.maxOutputLength` characters in all. A message that does not fit whole is cut (and
/// says how much was cut); later messages are only counted, so a script logging in a loop
/// costs a step per call, not the time and memory of formatting what nobody will read.
/// Hosts print `summary` after the kept messages.
public struct LogBudget: Sendable, Hashable {
    public let maxLines: Int
    public let maxCharacters: Int
    public private(set) var keptLines = 0
    public private(set) var keptCharacters = 0
    /// Messages that were not kept.
    public private(set) var droppedLines = 0

    public init(limits: Limits) {
        maxLines = limits.maxLogLines
        maxCharacters = limits.maxOutputLength
    }

    /// Whether the next message will be kept; if not, it is counted as dropped (so callers
    /// need not format it).
    public mutating func admit() -> Bool {
        if keptLines < maxLines, keptCharacters < maxCharacters { return true }
        droppedLines += 1
        return false
    }

    /// The message as kept (cut to the characters left, in UTF-16 code units), counted.
    public mutating func fit(_ message: String) -> String {
        keptLines += 1
        let left = maxCharacters - keptCharacters
        let length = message.utf16.count
        if length <= left {
            keptCharacters += length
            return message
        }
        keptCharacters = maxCharacters
        let cut = message.utf16.prefix(left)
        let kept = String(decoding: Array(cut), as: UTF16.self)
        return kept + "... (\(LogBudget.grouped(length - cut.count)) more characters)"
    }

    /// `... 9,998 more lines` when messages were dropped.
    public var summary: String? {
        guard droppedLines > 0 else { return nil }
        return "... \(LogBudget.grouped(droppedLines)) more \(droppedLines == 1 ? "line" : "lines")"
    }

    /// `9,998`.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }
}
