/// The flags of a regular expression (`dgimsuy`).
public struct RegExpFlags: Sendable, Hashable, CustomStringConvertible {
    public var hasIndices = false      // d
    public var global = false          // g
    public var ignoreCase = false      // i
    public var multiline = false       // m
    public var dotAll = false          // s
    public var unicode = false         // u
    public var sticky = false          // y

    public init() {}

    /// Parses flag letters; nil when a letter is unknown or repeated.
    public init?(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "d": if hasIndices { return nil }; hasIndices = true
            case "g": if global { return nil }; global = true
            case "i": if ignoreCase { return nil }; ignoreCase = true
            case "m": if multiline { return nil }; multiline = true
            case "s": if dotAll { return nil }; dotAll = true
            case "u": if unicode { return nil }; unicode = true
            case "y": if sticky { return nil }; sticky = true
            default: return nil
            }
        }
    }

    /// The flags in the canonical order of `RegExp.prototype.flags` (`dgimsuy`).
    public var description: String {
        var text = ""
        if hasIndices { text += "d" }
        if global { text += "g" }
        if ignoreCase { text += "i" }
        if multiline { text += "m" }
        if dotAll { text += "s" }
        if unicode { text += "u" }
        if sticky { text += "y" }
        return text
    }
}
