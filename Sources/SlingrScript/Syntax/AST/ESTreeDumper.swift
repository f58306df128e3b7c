import SlingrDiagnostics

/// Renders a syntax tree as ESTree JSON (`type`, `start`, `end` as UTF-8 byte offsets, then the
/// node's fields), the shape acorn produces, so tests can compare trees with acorn's.
///
/// Literal `raw` texts are sliced from `source`; without a source they are left out.
public struct ESTreeDumper: Sendable {
    public let source: SourceFile?

    public init(source: SourceFile? = nil) {
        self.source = source
    }

    /// The JSON text of the tree under `node` (compact when `indent` is 0).
    public static func json(of node: any SyntaxNode, source: SourceFile?, indent: Int = 0) -> String {
        ESTreeDumper(source: source).dump(node).rendered(indent: indent)
    }

    public func dump(_ node: any SyntaxNode) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("type", .string(node.estreeType)),
            ("start", .integer(node.range.start)),
            ("end", .integer(node.range.end)),
        ]
        members.append(contentsOf: node.estreeFields(self))
        return .object(members)
    }

    public func json<T: SyntaxNodeConvertible>(_ value: T) -> JSONOutput {
        dump(value.node)
    }

    public func json<T: SyntaxNodeConvertible>(_ value: T?) -> JSONOutput {
        value.map { dump($0.node) } ?? .null
    }

    public func json<T: SyntaxNodeConvertible>(_ values: [T]) -> JSONOutput {
        .array(values.map { dump($0.node) })
    }

    public func json<T: SyntaxNodeConvertible>(_ values: [T?]) -> JSONOutput {
        .array(values.map { value in value.map { dump($0.node) } ?? .null })
    }

    /// The source text of `range`, if the dumper has the source.
    public func text(of range: SourceRange) -> String? {
        guard let source, range.start >= 0, range.end <= source.bytes.count else { return nil }
        return String(decoding: source.bytes[range.start..<range.end], as: UTF8.self)
    }

    /// A number as JSON; non-finite values become `null` as in `JSON.stringify`.
    public static func number(_ value: Double) -> JSONOutput {
        guard value.isFinite else { return .null }
        return .number(JavaScriptNumberFormatter.string(from: value))
    }
}
