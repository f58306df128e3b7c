import SlingrDiagnostics

/// Renders a syntax tree as ESTree JSON (`type`, `start`, `end` as UTF-8 byte offsets, then the
/// node's fields), the shape acorn produces, so tests can compare trees with acorn's.
///
/// Literal `raw` texts are sliced from `source`; without a source they are left out.
///
/// The text is written with an explicit stack of pending work, not by recursion: a chain of a
/// million terms is a million levels deep.
public struct ESTreeDumper: Sendable {
    public let source: SourceFile?

    public init(source: SourceFile? = nil) {
        self.source = source
    }

    /// The JSON text of the tree under `node` (compact when `indent` is 0; otherwise members go
    /// one per line like `JSON.stringify(value, null, indent)`).
    public static func json(of node: any SyntaxNode, source: SourceFile?, indent: Int = 0) -> String {
        ESTreeDumper(source: source).text(of: node, indent: indent)
    }

    /// See `json(of:source:indent:)`.
    public func text(of root: any SyntaxNode, indent: Int = 0) -> String {
        enum Work {
            case value(ESTreeValue, depth: Int)
            /// A member's separator and key, or an array element's separator.
            case prefix(index: Int, key: String?, depth: Int)
            case close(Character, depth: Int)
        }
        var output = ""
        var work: [Work] = [.value(.node(root), depth: 0)]
        func newline(_ depth: Int) {
            guard indent > 0 else { return }
            output += "\n"
            output += String(repeating: " ", count: indent * depth)
        }
        while let item = work.popLast() {
            switch item {
            case .prefix(let index, let key, let depth):
                if index > 0 { output += "," }
                newline(depth)
                if let key {
                    JSONOutput.writeQuoted(key, to: &output)
                    output += indent > 0 ? ": " : ":"
                }
            case .close(let bracket, let depth):
                newline(depth)
                output.append(bracket)
            case .value(let value, let depth):
                switch value {
                case .null: output += "null"
                case .bool(let flag): output += flag ? "true" : "false"
                case .integer(let number): output += String(number)
                case .number(let text): output += text
                case .string(let text): JSONOutput.writeQuoted(text, to: &output)
                case .array(let items):
                    if items.isEmpty { output += "[]"; continue }
                    output += "["
                    work.append(.close("]", depth: depth))
                    for (index, item) in items.enumerated().reversed() {
                        work.append(.value(item, depth: depth + 1))
                        work.append(.prefix(index: index, key: nil, depth: depth + 1))
                    }
                case .object(let members):
                    if members.isEmpty { output += "{}"; continue }
                    output += "{"
                    work.append(.close("}", depth: depth))
                    for (index, member) in members.enumerated().reversed() {
                        work.append(.value(member.1, depth: depth + 1))
                        work.append(.prefix(index: index, key: member.0, depth: depth + 1))
                    }
                case .node(let node):
                    let members: [(String, ESTreeValue)] = [
                        ("type", .string(node.estreeType)),
                        ("start", .integer(node.range.start)),
                        ("end", .integer(node.range.end)),
                    ] + node.estreeFields(self)
                    work.append(.value(.object(members), depth: depth))
                }
            }
        }
        return output
    }

    public func json<T: SyntaxNodeConvertible>(_ value: T) -> ESTreeValue {
        .node(value.node)
    }

    public func json<T: SyntaxNodeConvertible>(_ value: T?) -> ESTreeValue {
        value.map { .node($0.node) } ?? .null
    }

    public func json<T: SyntaxNodeConvertible>(_ values: [T]) -> ESTreeValue {
        .array(values.map { .node($0.node) })
    }

    public func json<T: SyntaxNodeConvertible>(_ values: [T?]) -> ESTreeValue {
        .array(values.map { value in value.map { .node($0.node) } ?? .null })
    }

    /// The source text of `range`, if the dumper has the source.
    public func text(of range: SourceRange) -> String? {
        guard let source, range.start >= 0, range.end <= source.bytes.count else { return nil }
        return String(decoding: source.bytes[range.start..<range.end], as: UTF8.self)
    }

    /// A number as JSON; non-finite values become `null` as in `JSON.stringify`.
    public static func number(_ value: Double) -> ESTreeValue {
        guard value.isFinite else { return .null }
        return .number(JavaScriptNumberFormatter.string(from: value))
    }
}

/// A value in an ESTree node's fields: JSON, or a child node that `ESTreeDumper` writes in its
/// turn (so a node's fields never hold its whole subtree).
public indirect enum ESTreeValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    /// A number already formatted as JSON number text.
    case number(String)
    case string(String)
    case array([ESTreeValue])
    /// Members in the order they are written.
    case object([(String, ESTreeValue)])
    case node(any SyntaxNode)

    /// `string` or `null`, for optional members.
    public static func optional(_ value: String?) -> ESTreeValue {
        value.map(ESTreeValue.string) ?? .null
    }
}
