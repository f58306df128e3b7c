import SlingrDiagnostics

/// A README split at its generated-section markers. Only what lies between a begin marker and
/// its end marker is ever replaced; every other byte (the author's text, line endings, a
/// missing final newline) is written back as it was.
public struct ReadmeDocument: Sendable {
    /// One marked section: where its content (between the two marker lines) lies.
    public struct Marked: Sendable, Hashable {
        public var section: ReadmeSection
        /// UTF-8 byte range of the content: after the begin marker's line break, up to the end
        /// marker.
        public var content: SourceRange
    }

    public let bytes: [UInt8]
    public private(set) var marked: [Marked] = []
    /// Markers without their partner, or repeated sections, in words.
    public private(set) var problems: [(offset: Int, message: String)] = []
    /// `\r\n` when the file uses it, for the lines written into it.
    public let lineEnding: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        lineEnding = Self.usesCRLF(bytes) ? "\r\n" : "\n"
        var open: (section: ReadmeSection, start: Int, marker: Int)?
        var seen = Set<ReadmeSection>()
        for (offset, section, isBegin, end) in Self.markers(in: bytes) {
            if isBegin {
                if let open { problems.append((open.marker, "marker '\(open.section.beginMarker)' has no '\(open.section.endMarker)'")) }
                open = (section, Self.lineAfter(end, in: bytes), offset)
            } else if let current = open, current.section == section {
                if seen.insert(section).inserted {
                    marked.append(Marked(section: section, content: SourceRange(start: current.start, end: max(current.start, offset))))
                } else {
                    problems.append((current.marker, "section '\(section.rawValue)' is marked twice; only the first is updated"))
                }
                open = nil
            } else {
                problems.append((offset, "marker '\(section.endMarker)' has no '\(section.beginMarker)' before it"))
            }
        }
        if let open { problems.append((open.marker, "marker '\(open.section.beginMarker)' has no '\(open.section.endMarker)'")) }
    }

    /// The content a marked section should have: the generated Markdown in the file's line
    /// endings.
    public func content(_ markdown: String) -> String {
        lineEnding == "\n" ? markdown : markdown.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnding)
    }

    /// Edits that bring every marked section up to date (none when all are current).
    public func edits(_ generated: (ReadmeSection) -> String) -> [(section: ReadmeSection, edit: TextEdit)] {
        marked.compactMap { mark in
            let wanted = content(generated(mark.section))
            guard Array(wanted.utf8) != Array(bytes[mark.content.start..<mark.content.end]) else { return nil }
            return (mark.section, TextEdit(range: mark.content, replacement: wanted))
        }
    }

    /// The file with `edits` applied (non-overlapping, in any order).
    public func applying(_ edits: [TextEdit]) -> [UInt8] {
        var result = bytes
        for edit in edits.sorted(by: { $0.range.start > $1.range.start }) {
            result.replaceSubrange(edit.range.start..<edit.range.end, with: Array(edit.replacement.utf8))
        }
        return result
    }

    /// Every section with its markers, for a README that has none yet.
    public static func markedBlocks(_ generated: (ReadmeSection) -> String, sections: [ReadmeSection] = ReadmeSection.allCases,
                                    lineEnding: String = "\n") -> String {
        let text = sections.map { "\($0.beginMarker)\n\(generated($0))\($0.endMarker)\n" }.joined(separator: "\n")
        return lineEnding == "\n" ? text : text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnding)
    }

    // MARK: Scanning

    private static let prefix = Array("<!-- slingr-pkg:".utf8)

    /// Every `<!-- slingr-pkg:begin|end <section> -->`: its offset, section, kind and end offset.
    private static func markers(in bytes: [UInt8]) -> [(Int, ReadmeSection, Bool, Int)] {
        var found: [(Int, ReadmeSection, Bool, Int)] = []
        var index = 0
        while index + prefix.count <= bytes.count {
            guard bytes[index] == prefix[0], Array(bytes[index..<index + prefix.count]) == prefix else {
                index += 1
                continue
            }
            var close = index + prefix.count
            while close + 2 < bytes.count, !(bytes[close] == 0x2D && bytes[close + 1] == 0x2D && bytes[close + 2] == 0x3E) { close += 1 }
            guard close + 2 < bytes.count else { break }
            let words = String(decoding: bytes[(index + prefix.count)..<close], as: UTF8.self).split(separator: " ").map(String.init)
            if words.count == 2, words[0] == "begin" || words[0] == "end", let section = ReadmeSection(rawValue: words[1]) {
                found.append((index, section, words[0] == "begin", close + 3))
            }
            index = close + 3
        }
        return found
    }

    /// The offset after the line break that ends the line holding `offset` (or `offset` when
    /// the line does not end).
    private static func lineAfter(_ offset: Int, in bytes: [UInt8]) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return min(index + 1, bytes.count)
    }

    private static func usesCRLF(_ bytes: [UInt8]) -> Bool {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return false }
        return newline > 0 && bytes[newline - 1] == 0x0D
    }
}
