/// What one syntax node (`config.authType`, a global name) remembers between evaluations: the
/// slot where it found its key last time, and the key itself, adopted from the object's own
/// entry so that the next comparison is a pointer check rather than a code-unit comparison.
struct PropertySite {
    private(set) var key: JSString
    var hint = 0

    init(_ key: JSString) { self.key = key }

    /// `key.storageIdentity`: the check compares two words and touches no reference count.
    var identity: UInt { key.storageIdentity }

    /// Remembers `key`, equal to the current key, as the one to compare storage with.
    mutating func adopt(_ key: JSString) { self.key = key }
}
