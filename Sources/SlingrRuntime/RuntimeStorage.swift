import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrScript

/// The app storage `sys.storage` emulates: JSON documents by key, in insertion order. In memory
/// for one run; `--storage FILE` reads it before and writes it back after (atomically).
public struct RuntimeStorage: Sendable, Equatable {
    public private(set) var entries: [(key: String, value: HostValue)] = []

    public init() {}

    public static func == (lhs: RuntimeStorage, rhs: RuntimeStorage) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public subscript(key: String) -> HostValue? {
        entries.first { $0.key == key }?.value
    }

    /// Stores a document (replacing one with the same key, which keeps its place).
    public mutating func put(_ key: String, _ value: HostValue) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append((key, value))
        }
    }

    /// Removes a document; answers whether there was one.
    @discardableResult
    public mutating func remove(_ key: String) -> Bool {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return false }
        entries.remove(at: index)
        return true
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
