/// An RFC 6901 JSON pointer (`/configuration/3/typeOptions/possibleValues/0`), built while
/// walking a document so every descriptor finding can say exactly which value it is about.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    public enum Token: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public private(set) var tokens: [Token]

    public static let root = JSONPointer(tokens: [])

    public init(tokens: [Token]) { self.tokens = tokens }

    /// Parses pointer text; `nil` when it does not start with `/` (and is not empty) or has a
    /// `~` not followed by `0` or `1`. Numeric tokens become indices.
    public init?(_ text: String) {
        if text.isEmpty { self.init(tokens: []); return }
        guard text.hasPrefix("/") else { return nil }
        var tokens: [Token] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var decoded = ""
            var iterator = raw.makeIterator()
            while let character = iterator.next() {
                if character == "~" {
                    switch iterator.next() {
                    case "0": decoded.append("~")
                    case "1": decoded.append("/")
                    default: return nil
                    }
                } else {
                    decoded.append(character)
                }
            }
            if let index = Int(decoded), index >= 0, String(index) == decoded {
                tokens.append(.index(index))
            } else {
                tokens.append(.key(decoded))
            }
        }
        self.init(tokens: tokens)
    }

    public func appending(_ key: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [.key(key)])
    }

    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(tokens: tokens + [.index(index)])
    }

    public var parent: JSONPointer? {
        tokens.isEmpty ? nil : JSONPointer(tokens: Array(tokens.dropLast()))
    }

    public var description: String {
        tokens.map { token in
            switch token {
            case .index(let index): return "/\(index)"
            case .key(let key):
                return "/" + key.replacingOccurrences("~", with: "~0").replacingOccurrences("/", with: "~1")
            }
        }.joined()
    }

    /// The value this pointer designates in `document`, or `nil`. An index token also matches an
    /// object key spelled as that number, as RFC 6901 requires.
    public func resolve(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch (token, current.kind) {
            case (.index(let index), .array(let items)):
                guard index < items.count else { return nil }
                current = items[index]
            case (.index(let index), .object):
                guard let next = current[String(index)] else { return nil }
                current = next
            case (.key(let key), .object):
                guard let next = current[key] else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }
}

extension String {
    /// Plain substring replacement, so this module does not need Foundation for it.
    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
