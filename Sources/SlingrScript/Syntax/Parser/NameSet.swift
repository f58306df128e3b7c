/// The names declared in one scope, each with the ways it has been declared there, for the
/// redeclaration early errors.
///
/// Scopes usually declare a handful of names, so they are kept in one small array searched
/// linearly (comparing lengths before text); past `threshold` names a dictionary index is added
/// so that a script with thousands of top-level declarations stays linear. `removeAll()` keeps
/// the array's capacity: the parser reuses scopes (see `Parser.enterScope`), so a function body
/// usually declares its names without allocating.
struct NameSet {
    /// How a name was declared (several at once when a redeclaration is allowed).
    struct Kinds: OptionSet {
        let rawValue: UInt8
        static let variable = Kinds(rawValue: 1)
        static let lexical = Kinds(rawValue: 2)
        /// A sloppy-mode plain function declaration (Annex B).
        static let function = Kinds(rawValue: 4)
    }

    private struct Entry {
        let name: String
        let length: Int
        var kinds: Kinds
    }

    private var entries: [Entry] = []
    private var index: [String: Int]?
    private static let threshold = 8

    private func position(of name: String, length: Int) -> Int? {
        if let index { return index[name] }
        for position in entries.indices where entries[position].length == length && entries[position].name == name {
            return position
        }
        return nil
    }

    /// How `name` has been declared so far (empty when it has not).
    func kinds(of name: String) -> Kinds {
        guard let position = position(of: name, length: name.utf8.count) else { return [] }
        return entries[position].kinds
    }

    /// Records `name` as declared with `kind`; returns how it had been declared before (empty
    /// when it is new).
    @discardableResult
    mutating func insert(_ name: String, as kind: Kinds) -> Kinds {
        let length = name.utf8.count
        if let position = position(of: name, length: length) {
            let previous = entries[position].kinds
            entries[position].kinds.formUnion(kind)
            return previous
        }
        entries.append(Entry(name: name, length: length, kinds: kind))
        if index != nil {
            index?[name] = entries.count - 1
        } else if entries.count > NameSet.threshold {
            var built: [String: Int] = [:]
            for position in entries.indices { built[entries[position].name] = position }
            index = built
        }
        return []
    }

    /// Forgets every name, keeping the storage for the next scope.
    mutating func removeAll() {
        if entries.capacity > 64 { entries = [] } else { entries.truncate(to: 0) }
        if index != nil { index = nil }
    }
}
