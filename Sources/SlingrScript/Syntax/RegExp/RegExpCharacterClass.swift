/// A set of characters: `[a-z\d]`, `[^x]`, or a lone class escape such as `\w`.
public struct RegExpCharacterClass: Sendable {
    /// `[^...]`, or an upper-case escape (`\D`, `\W`, `\S`, `\P{..}`) used on its own.
    public let isNegated: Bool
    /// The union of these items is the set (before negation).
    public let items: [RegExpClassItem]

    public init(isNegated: Bool, items: [RegExpClassItem]) {
        self.isNegated = isNegated
        self.items = items
    }
}

/// One member of a character class.
public enum RegExpClassItem: Sendable, Hashable {
    case character(UInt32)
    /// An inclusive range `a-z` (`lower <= upper` is guaranteed by the parser).
    case range(UInt32, UInt32)
    case builtin(RegExpBuiltinClass)
    /// `\p{...}` / `\P{...}` (only with the `u` flag).
    case unicodeProperty(RegExpUnicodeProperty)
}

/// The class escapes `\d \D \w \W \s \S`.
public enum RegExpBuiltinClass: String, Sendable, Hashable, CaseIterable {
    /// `\d`: `0-9`.
    case digit = "d"
    case notDigit = "D"
    /// `\w`: `A-Za-z0-9_` (with `iu`, also U+017F and U+212A).
    case word = "w"
    case notWord = "W"
    /// `\s`: JavaScript white space and line terminators.
    case space = "s"
    case notSpace = "S"
}

/// A Unicode property escape: `\p{L}`, `\p{Script=Greek}`, `\P{ASCII}`.
public struct RegExpUnicodeProperty: Sendable, Hashable {
    /// `General_Category`, `Script`, `Script_Extensions` or a binary property name such as
    /// `ASCII` or `Alphabetic` (canonical long names; short aliases are resolved).
    public let name: String
    /// The value for `General_Category`/`Script`/`Script_Extensions` (canonical long name),
    /// nil for binary properties.
    public let value: String?
    /// `\P{...}`.
    public let isNegated: Bool

    public init(name: String, value: String?, isNegated: Bool) {
        self.name = name
        self.value = value
        self.isNegated = isNegated
    }
}
