/// A set of names tuned for scopes, which usually declare a handful of names: a linear array
/// up to `threshold` names (no hashing, one small allocation), a hash set beyond.
struct NameSet {
    private var few: [String] = []
    private var many: Set<String>?
    private static let threshold = 8

    func contains(_ name: String) -> Bool {
        if let many { return many.contains(name) }
        for existing in few where existing == name { return true }
        return false
    }

    /// Adds `name`; returns false when it was already present.
    @discardableResult
    mutating func insert(_ name: String) -> Bool {
        if many != nil { return many?.insert(name).inserted ?? false }
        if contains(name) { return false }
        few.append(name)
        if few.count > NameSet.threshold {
            many = Set(few)
            few = []
        }
        return true
    }
}
