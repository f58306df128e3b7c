/// The frontmatter of one test262 file: the YAML block between `/*---` and `---*/`.
///
/// Only the keys a runner acts on are read (`includes`, `flags`, `features`, `negative`); the
/// YAML is the small subset test262 uses: `key: value`, inline lists `[a, b]`, block lists of
/// `- item` lines, block scalars (`|`, `>`) and one nested map (`negative`).
public struct Test262Metadata: Sendable, Equatable {
    /// When a negative test must fail, and with which error constructor.
    public struct Negative: Sendable, Equatable {
        public enum Phase: String, Sendable {
            case parse
            case resolution
            case runtime
        }

        public var phase: Phase
        public var type: String

        public init(phase: Phase, type: String) {
            self.phase = phase
            self.type = type
        }
    }

    public var includes: [String] = []
    public var flags: Set<String> = []
    public var features: [String] = []
    public var negative: Negative?

    public init(includes: [String] = [], flags: Set<String> = [], features: [String] = [], negative: Negative? = nil) {
        self.includes = includes
        self.flags = flags
        self.features = features
        self.negative = negative
    }

    /// The metadata of a test file's source; a file without frontmatter has none (all defaults).
    /// Nil when the frontmatter is malformed (a `negative` without phase or type).
    public init?(source: String) {
        self.init(utf8: Array(source.utf8))
    }

    /// The same from the file's bytes (finding the block without decoding the whole file).
    public init?(utf8 bytes: [UInt8]) {
        let parsed = bytes.withUnsafeBufferPointer { Self.parse($0) }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Scans the frontmatter with plain index arithmetic: the runner reads tens of thousands of
    /// files, and generic collection code is slow in debug builds.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Test262Metadata? {
        var metadata = Test262Metadata()
        guard let open = find("/*---", in: bytes, from: 0) else { return metadata }
        let start = open + 5
        guard let end = find("---*/", in: bytes, from: start) else { return metadata }
        var currentKey = ""
        var negativePhase: String?
        var negativeType: String?
        var lineStart = start
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let indented = bytes[lineStart] == 0x20 || bytes[lineStart] == 0x09
            var (from, to) = trim(bytes, lineStart, lineEnd)
            to = commentStart(bytes, from, to)
            (from, to) = trim(bytes, from, to)
            if from == to { continue }
            if !indented {
                // A top-level `key: value`.
                guard let colon = firstIndex(of: 0x3A, in: bytes, from, to) else {
                    currentKey = ""
                    continue
                }
                currentKey = text(bytes, from, colon)
                let (valueFrom, valueTo) = trim(bytes, colon + 1, to)
                if valueFrom < valueTo, bytes[valueFrom] == 0x5B { metadata.add(inlineList(bytes, valueFrom, valueTo), to: currentKey) }
                continue
            }
            if bytes[from] == 0x2D && (to - from == 1 || bytes[from + 1] == 0x20) {
                let (itemFrom, itemTo) = trim(bytes, from + 1, to)
                metadata.add([text(bytes, itemFrom, itemTo)], to: currentKey)
            } else if currentKey == "negative", let colon = firstIndex(of: 0x3A, in: bytes, from, to) {
                let (keyFrom, keyTo) = trim(bytes, from, colon)
                let (valueFrom, valueTo) = trim(bytes, colon + 1, to)
                let key = text(bytes, keyFrom, keyTo)
                if key == "phase" { negativePhase = text(bytes, valueFrom, valueTo) }
                if key == "type" { negativeType = text(bytes, valueFrom, valueTo) }
            }
        }
        if negativePhase != nil || negativeType != nil {
            guard let phaseName = negativePhase, let phase = Negative.Phase(rawValue: phaseName), let type = negativeType,
                  !type.isEmpty
            else { return nil }
            metadata.negative = Negative(phase: phase, type: type)
        }
        return metadata
    }

    private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard bytes.count >= pattern.count else { return nil }
        var position = start
        while position <= bytes.count - pattern.count {
            if bytes[position] == pattern[0] {
                var offset = 1
                while offset < pattern.count, bytes[position + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return position }
            }
            position += 1
        }
        return nil
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var position = from
        while position < to {
            if bytes[position] == byte { return position }
            position += 1
        }
        return nil
    }

    /// The range without spaces, tabs and carriage returns at either end.
    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (Int, Int) {
        var from = from
        var to = to
        while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 || bytes[from] == 0x0D { from += 1 }
        while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 || bytes[to - 1] == 0x0D { to -= 1 }
        return (from, to)
    }

    /// Where a `# comment` starts (a `#` first or after a space), or `to`.
    private static func commentStart(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var position = from
        while position < to {
            if bytes[position] == 0x23, position == from || bytes[position - 1] == 0x20 { return position }
            position += 1
        }
        return to
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    /// `[a, b, c]` → `["a", "b", "c"]`.
    private static func inlineList(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [String] {
        var items: [String] = []
        var itemStart = from + 1
        var position = from + 1
        while position <= to {
            if position == to || bytes[position] == 0x2C || bytes[position] == 0x5D {
                let (itemFrom, itemTo) = trim(bytes, itemStart, position)
                if itemFrom < itemTo { items.append(text(bytes, itemFrom, itemTo)) }
                if position < to, bytes[position] == 0x5D { break }
                itemStart = position + 1
            }
            position += 1
        }
        return items
    }

    private mutating func add(_ items: [String], to key: String) {
        let items = items.filter { !$0.isEmpty }
        switch key {
        case "includes": includes += items
        case "flags": flags.formUnion(items)
        case "features": features += items
        default: break
        }
    }
}
