extension Array {
    /// Removes elements from the end until `count` remain, keeping the storage.
    ///
    /// The parser's stacks lose one or two elements at a time; removing them one by one is a
    /// few instructions each, where `removeLast(_:)` and `removeAll(keepingCapacity:)` go
    /// through the general `replaceSubrange` (about a hundred).
    @inline(__always)
    mutating func truncate(to count: Int) {
        while self.count > count { removeLast() }
    }
}
