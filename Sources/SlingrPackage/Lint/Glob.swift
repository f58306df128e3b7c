/// Shell-style path patterns for `ignore` in `.slingr-pkg.json`: `*` matches within one path
/// component, `**` across components, `?` one character. A pattern without `/` matches a file
/// or folder name anywhere (`*.min.js`); with `/` it is anchored at the repository root
/// (`scripts/vendor/**`). A trailing `/` or a match on a folder covers everything inside it.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let pieces: [Character]
    private let anchored: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern.hasPrefix("/") ? String(pattern.dropFirst()) : pattern
        if text.hasSuffix("/") { text += "**" }
        anchored = pattern.dropLast(pattern.hasSuffix("/") ? 1 : 0).contains("/")
        pieces = Array(text)
    }

    /// Whether the repository-relative `path` (or a folder containing it) matches.
    public func matches(_ path: String) -> Bool {
        let components = path.split(separator: "/").map(String.init)
        if anchored {
            for length in 1...max(1, components.count) where Self.match(pieces[...], Array(components.prefix(length).joined(separator: "/"))[...]) {
                return true
            }
            return false
        }
        return components.contains { Self.match(pieces[...], Array($0)[...]) } || Self.match(pieces[...], Array(path)[...])
    }

    /// Backtracking match of pattern characters against text characters.
    private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        var p = pattern.startIndex
        var t = text.startIndex
        var starP = -1, starT = -1, starCrossesSlash = false
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                let double = p + 1 < pattern.endIndex && pattern[p + 1] == "*"
                p += double ? 2 : 1
                if double, p < pattern.endIndex, pattern[p] == "/" { p += 1 }
                starP = p; starT = t; starCrossesSlash = double
                continue
            }
            if p < pattern.endIndex, pattern[p] == "?" && text[t] != "/" || p < pattern.endIndex && pattern[p] == text[t] {
                p += 1; t += 1
                continue
            }
            if starP >= 0, starCrossesSlash || text[starT] != "/" {
                starT += 1
                t = starT
                p = starP
                continue
            }
            return false
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }
}
