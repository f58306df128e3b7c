/// A human position in a file: line and column both count from 1, and columns count Unicode
/// scalars (not bytes, not UTF-16 units), which is what editors and terminals agree on.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 byte offsets into a source buffer. Parsers work on bytes, so
/// ranges stay cheap; `SourceFile` turns them into `SourceLocation`s only when reporting.
public struct SourceRange: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    public var length: Int { end - start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
