import SlingrDiagnostics

/// How a JSON file is laid out, detected from the file itself so that edits write new text the
/// way the rest of the file is written. Real descriptors are indented with 2, 3 or 4 spaces or
/// with tabs, end lines with `\n` or `\r\n`, and end with or without a final newline.
public struct JSONTextStyle: Sendable, Hashable {
    /// One level of indentation: `"    "`, `"  "`, `"\t"`...
    public var indentUnit: String
    /// `"\n"` or `"\r\n"` (a lone `"\r"` is kept too, should a file use it).
    public var lineEnding: String
    /// Whether the last byte of the file is a line ending. Edits never touch the text after the
    /// root value, so this is reported, not enforced.
    public var endsWithNewline: Bool
    /// What separates a key from its value: `": "` in almost every real file.
    public var keySeparator: String
    /// `true` when the root value is written on one line (minified); edits then stay on one line.
    public var isSingleLine: Bool

    public init(indentUnit: String = "    ", lineEnding: String = "\n", endsWithNewline: Bool = true,
                keySeparator: String = ": ", isSingleLine: Bool = false) {
        self.indentUnit = indentUnit
        self.lineEnding = lineEnding
        self.endsWithNewline = endsWithNewline
        self.keySeparator = keySeparator
        self.isSingleLine = isSingleLine
    }

    /// The house style for files the tool creates: four spaces (as most real descriptors),
    /// `\n`, a final newline.
    public static let standard = JSONTextStyle()

    /// Detects the style of `bytes`, whose parsed tree is `document`. Anything that cannot be
    /// told (an empty object, a one-line file) falls back to `standard`.
    public static func detect(in bytes: [UInt8], document: JSONValue) -> JSONTextStyle {
        var style = JSONTextStyle.standard
        style.lineEnding = detectLineEnding(bytes)
        style.endsWithNewline = bytes.last == 0x0A || bytes.last == 0x0D
        style.isSingleLine = !bytes[JSONLayout.clamp(document.range, count: bytes.count)].contains { $0 == 0x0A || $0 == 0x0D }
        let layout = JSONLayout(bytes: bytes)
        var unitCounts: [String: Int] = [:]
        var unitOrder: [String] = []
        var separator: String?
        // Breadth-first over containers, iteratively so deep documents cannot exhaust the stack.
        var queue = [document]
        var head = 0
        while head < queue.count, head < 4096 {
            let container = queue[head]
            head += 1
            let children = JSONLayout.children(of: container)
            if separator == nil, let member = container.members?.first {
                let between = bytes[JSONLayout.clamp(SourceRange(start: member.keyRange.end, end: member.value.range.start), count: bytes.count)]
                if !between.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                    separator = String(decoding: between, as: UTF8.self)
                }
            }
            if let first = children.first, layout.startsOwnLine(first.start),
               layout.lineStart(of: first.start) > layout.lineStart(of: container.range.start) {
                let outer = layout.indentation(ofLineAt: container.range.start)
                let inner = layout.indentation(ofLineAt: first.start)
                if inner.count > outer.count, inner.hasPrefix(outer) {
                    let unit = String(inner.dropFirst(outer.count))
                    if unitCounts[unit] == nil { unitOrder.append(unit) }
                    unitCounts[unit, default: 0] += 1
                }
            }
            for child in children where child.value.array != nil || child.value.members != nil {
                queue.append(child.value)
            }
        }
        if let best = unitOrder.max(by: { (unitCounts[$0] ?? 0) < (unitCounts[$1] ?? 0) }) {
            // `max` keeps the last of equal elements; prefer the first seen on ties.
            let top = unitCounts[best] ?? 0
            style.indentUnit = unitOrder.first { unitCounts[$0] == top } ?? best
        }
        if let separator, separator.contains(":") { style.keySeparator = separator }
        return style
    }

    /// `value` as a whole document in this style, without a final line ending (add
    /// `lineEnding` for one); `nil` when it is nested deeper than the writer allows.
    public func render(_ value: JSONOutput) -> String? {
        isSingleLine
            ? JSONTextRenderer(style: self).inline(value, separator: keySeparator.hasSuffix(" ") ? ", " : ",", keySeparator: keySeparator)
            : JSONTextRenderer(style: self).multiline(value, indent: "")
    }

    /// `\r\n` when most line breaks are, otherwise `\n` (or `\r` for old Mac files).
    static func detectLineEnding(_ bytes: [UInt8]) -> String {
        var crlf = 0
        var lf = 0
        var cr = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { crlf += 1; index += 1 } else { cr += 1 }
            } else if bytes[index] == 0x0A {
                lf += 1
            }
            index += 1
        }
        if crlf > lf && crlf >= cr { return "\r\n" }
        if cr > lf && cr > crlf { return "\r" }
        return "\n"
    }
}
