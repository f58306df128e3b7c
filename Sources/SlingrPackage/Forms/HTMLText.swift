/// Turns the HTML of `info` boxes into readable lines: tags stripped, list items as bullets
/// (numbered in `<ol>`), `<br>`/`<p>`/`<div>` and headings as line breaks, links as
/// `text (href)`, named and numeric entities decoded, whitespace collapsed. Tolerant by design:
/// unclosed or stray tags, a `<` that starts no tag and unknown entities are kept or skipped,
/// never an error.
public enum HTMLText {
    /// One output line: list depth (0 outside lists), its bullet (`•`, `1.`) if it starts a
    /// list item, and the text.
    public struct Line: Sendable, Equatable {
        public var depth: Int
        public var bullet: String?
        public var text: String

        public init(depth: Int, bullet: String?, text: String) {
            self.depth = depth
            self.bullet = bullet
            self.text = text
        }
    }

    public static func lines(_ html: String) -> [Line] {
        var converter = Converter(scalars: Array(html.unicodeScalars))
        converter.run()
        return converter.lines
    }

    /// The lines joined as plain text (`  • item`), for messages and Markdown.
    public static func plainText(_ html: String) -> String {
        lines(html).map { line in
            String(repeating: "  ", count: max(0, line.depth - 1)) + (line.bullet.map { $0 + " " } ?? "") + line.text
        }.joined(separator: "\n")
    }

    private struct Converter {
        let scalars: [Unicode.Scalar]
        var index = 0
        var lines: [Line] = []
        var text = ""
        var pendingSpace = false
        var bullet: String?
        var lineDepth = 0
        /// Open lists: nil for `<ul>`, the next number for `<ol>`.
        var lists: [Int?] = []
        /// Links being read: their href, and where their text started.
        var links: [(href: String?, line: Int, offset: Int)] = []
        var skipping: String?

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func run() {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "<", let tag = readTag() {
                    handle(tag)
                    continue
                }
                index += 1
                guard skipping == nil else { continue }
                if scalar == "&" {
                    appendText(readEntity())
                } else {
                    appendText(String(scalar))
                }
            }
            breakLine()
        }

        mutating func appendText(_ piece: String) {
            for character in piece {
                if character.isWhitespace {
                    pendingSpace = true
                } else {
                    if pendingSpace, !text.isEmpty { text.append(" ") }
                    pendingSpace = false
                    text.append(character)
                }
            }
        }

        mutating func breakLine() {
            if !text.isEmpty || bullet != nil { lines.append(Line(depth: lineDepth, bullet: bullet, text: text)) }
            text = ""
            pendingSpace = false
            bullet = nil
            lineDepth = lists.count
        }

        /// A tag at `index` (`<b>`, `</li>`, `<br/>`, `<!-- -->`), consumed; nil when the `<`
        /// starts no tag (then it is text).
        mutating func readTag() -> Tag? {
            var position = index + 1
            guard position < scalars.count else { return nil }
            if scalars[position] == "!" {
                // Comment or doctype: skip to the closing `>` (`-->` for comments).
                let isComment = position + 2 < scalars.count && scalars[position + 1] == "-" && scalars[position + 2] == "-"
                var end = position
                while end < scalars.count {
                    if scalars[end] == ">", !isComment || (end >= 2 && scalars[end - 1] == "-" && scalars[end - 2] == "-" && end > position + 3) { break }
                    end += 1
                }
                index = min(end + 1, scalars.count)
                return Tag(name: "!", isClosing: false, attributes: [:])
            }
            let isClosing = scalars[position] == "/"
            if isClosing { position += 1 }
            var name = ""
            while position < scalars.count, Self.isNameScalar(scalars[position]) {
                name.unicodeScalars.append(scalars[position])
                position += 1
            }
            guard !name.isEmpty, let first = name.unicodeScalars.first, Self.isLetter(first) else { return nil }
            var end = position
            var quote: Unicode.Scalar?
            while end < scalars.count {
                let scalar = scalars[end]
                if let open = quote {
                    if scalar == open { quote = nil }
                } else if scalar == "\"" || scalar == "'" {
                    quote = scalar
                } else if scalar == ">" {
                    break
                }
                end += 1
            }
            guard end < scalars.count else { return nil }
            let attributes = Self.attributes(Array(scalars[position..<end]))
            index = end + 1
            return Tag(name: name.lowercased(), isClosing: isClosing, attributes: attributes)
        }

        mutating func handle(_ tag: Tag) {
            if let skipped = skipping {
                if tag.isClosing, tag.name == skipped { skipping = nil }
                return
            }
            switch tag.name {
            case "script", "style":
                if !tag.isClosing { skipping = tag.name }
            case "br":
                breakLine()
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre", "hr":
                breakLine()
            case "ul", "ol":
                breakLine()
                if tag.isClosing {
                    if !lists.isEmpty { lists.removeLast() }
                } else {
                    lists.append(tag.name == "ol" ? 1 : nil)
                }
                lineDepth = lists.count
            case "li":
                breakLine()
                guard !tag.isClosing else { return }
                if lists.isEmpty { lists.append(nil) }
                if let number = lists[lists.count - 1] {
                    bullet = "\(number)."
                    lists[lists.count - 1] = number + 1
                } else {
                    bullet = "•"
                }
                lineDepth = lists.count
            case "a":
                if tag.isClosing {
                    guard let link = links.popLast() else { return }
                    // A line break inside the link leaves only this line's part of its text.
                    let shown = link.line == lines.count ? String(text.dropFirst(link.offset)) : text
                    if let href = link.href, !href.isEmpty, href != shown, !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:") {
                        appendText(shown.isEmpty ? href : " (" + href + ")")
                    }
                } else {
                    if pendingSpace, !text.isEmpty {
                        text.append(" ")
                        pendingSpace = false
                    }
                    links.append((tag.attributes["href"].map(Self.decodeEntities), lines.count, text.count))
                }
            case "td", "th":
                if !tag.isClosing, !text.isEmpty { pendingSpace = true }
            default:
                break
            }
        }

        mutating func readEntity() -> String {
            var end = index
            while end < scalars.count, end - index < 32, scalars[end] != ";", !scalars[end].properties.isWhitespace, scalars[end] != "&", scalars[end] != "<" {
                end += 1
            }
            guard end < scalars.count, scalars[end] == ";", end > index else { return "&" }
            let body = String(String.UnicodeScalarView(scalars[index..<end]))
            guard let decoded = Self.entity(body) else { return "&" }
            index = end + 1
            return decoded
        }

        static func entity(_ body: String) -> String? {
            if body.hasPrefix("#") {
                let digits = body.dropFirst()
                let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                return String(scalar)
            }
            return namedEntities[body]
        }

        static let namedEntities: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
            "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
            "rdquo": "”", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "euro": "€", "pound": "£",
            "deg": "°", "times": "×", "rarr": "→", "larr": "←", "iexcl": "¡", "iquest": "¿", "aacute": "á",
            "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ", "uuml": "ü", "ouml": "ö",
            "auml": "ä", "szlig": "ß", "ccedil": "ç",
        ]

        static func decodeEntities(_ text: String) -> String {
            guard text.contains("&") else { return text }
            var converter = Converter(scalars: Array(text.unicodeScalars))
            var output = ""
            while converter.index < converter.scalars.count {
                let scalar = converter.scalars[converter.index]
                converter.index += 1
                output += scalar == "&" ? converter.readEntity() : String(scalar)
            }
            return output
        }

        /// `name="value"`, `name='value'`, `name=value` and bare `name` attributes.
        static func attributes(_ scalars: [Unicode.Scalar]) -> [String: String] {
            var result: [String: String] = [:]
            var position = 0
            while position < scalars.count {
                while position < scalars.count, !isNameScalar(scalars[position]) { position += 1 }
                var name = ""
                while position < scalars.count, isNameScalar(scalars[position]) {
                    name.unicodeScalars.append(scalars[position])
                    position += 1
                }
                guard !name.isEmpty else { break }
                while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
                var value = ""
                if position < scalars.count, scalars[position] == "=" {
                    position += 1
                    while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
                    if position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" {
                        let quote = scalars[position]
                        position += 1
                        while position < scalars.count, scalars[position] != quote {
                            value.unicodeScalars.append(scalars[position])
                            position += 1
                        }
                        position += 1
                    } else {
                        while position < scalars.count, !scalars[position].properties.isWhitespace, scalars[position] != "/" {
                            value.unicodeScalars.append(scalars[position])
                            position += 1
                        }
                    }
                }
                result[name.lowercased()] = value
            }
            return result
        }

        static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        }

        static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "-" || scalar == "_" || scalar == ":"
        }
    }

    struct Tag {
        var name: String
        var isClosing: Bool
        var attributes: [String: String]
    }
}
