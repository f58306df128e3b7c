import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrScript

/// The app storage `sys.storage` emulates: JSON documents by key, in insertion order. In memory
/// for one run; `--storage FILE` reads it before and writes it back after (atomically).
public struct RuntimeStorage: Sendable, Equatable {
    /// Slots in insertion order; a removed document leaves an empty slot until compaction, so
    /// every operation is constant time (amortised) however many documents there are.
    private var slots: [(key: String, value: HostValue)?] = []
    private var positions: [String: Int] = [:]

    public init() {}

    /// The stored documents in insertion order.
    public var entries: [(key: String, value: HostValue)] { slots.compactMap { $0 } }

    public static func == (lhs: RuntimeStorage, rhs: RuntimeStorage) -> Bool {
        let left = lhs.entries, right = rhs.entries
        return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public subscript(key: String) -> HostValue? {
        positions[key].flatMap { slots[$0]?.value }
    }

    /// Stores a document (replacing one with the same key, which keeps its place).
    public mutating func put(_ key: String, _ value: HostValue) {
        if let position = positions[key] {
            slots[position] = (key, value)
        } else {
            positions[key] = slots.count
            slots.append((key, value))
        }
    }

    /// Removes a document; answers whether there was one.
    @discardableResult
    public mutating func remove(_ key: String) -> Bool {
        guard let position = positions.removeValue(forKey: key) else { return false }
        slots[position] = nil
        if slots.count > 64, positions.count * 2 < slots.count { compact() }
        return true
    }

    private mutating func compact() {
        slots = slots.filter { $0 != nil }
        positions = [:]
        for (index, slot) in slots.enumerated() { if let slot { positions[slot.key] = index } }
    }

    /// Rule id of a storage file that is not a JSON object.
    public static let ruleId = StorageFileRule.description.id

    /// Reads a storage file: one JSON object, a member per key.
    public static func read(_ source: SourceFile) -> (storage: RuntimeStorage?, diagnostics: [Diagnostic]) {
        let parsed = JSONParser.parse(source)
        guard let document = parsed.value, !parsed.hasErrors else { return (nil, parsed.diagnostics) }
        guard case .object(let members) = document.kind else {
            return (nil, [Diagnostic(ruleId: ruleId, severity: .error, message: "a storage file is a JSON object of documents by key",
                                     in: source, range: document.range)])
        }
        var storage = RuntimeStorage()
        for member in members { storage.put(member.key, ConfigurationValues.hostValue(member.value)) }
        return (storage, parsed.diagnostics)
    }

    /// The storage as the file `--storage` writes.
    public func rendered() -> String {
        JSONOutput.object(entries.map { ($0.key, ConfigurationValues.jsonOutput($0.value)) }).rendered(indent: 2) + "\n"
    }
}
