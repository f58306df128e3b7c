/// A stack on which the parser collects the elements of the lists it is building (statements,
/// arguments, properties, declarators, ...).
///
/// Lists nest (an argument holds a function whose body is a statement list), but a nested list
/// is always finished before the enclosing one continues, so all lists of one element type can
/// share one buffer: a list starts at a `mark`, its elements are pushed, and `pop(from:)` copies
/// them out once at their exact size. Growing a fresh array per list instead reallocates it at
/// 1, 2, 4, 8 ... elements, which made array growth a quarter of the parser's allocations.
///
/// A list abandoned by a syntax error is removed with `discard(from:)` (callers do it in a
/// `defer`), so recovery never leaves its elements in the enclosing list.
///
/// Slots are optional so that popping moves each element out (`take()` leaves nil behind)
/// instead of copying it and then destroying the original: no reference counting per element.
struct ScratchStack<Element> {
    private var elements: [Element?] = []

    /// Where a list that starts now begins.
    var mark: Int { elements.count }

    mutating func push(_ element: Element) {
        elements.append(element)
    }

    /// How many elements the list that began at `mark` has so far.
    func count(since mark: Int) -> Int {
        elements.count - mark
    }

    /// Removes the list that began at `mark` and returns it, exactly sized.
    mutating func pop(from mark: Int) -> [Element] {
        pop(from: mark) { $0 }
    }

    /// Removes the list that began at `mark` and returns it transformed, exactly sized.
    mutating func pop<T>(from mark: Int, _ transform: (Element) -> T) -> [T] {
        let count = elements.count - mark
        guard count > 0 else { return [] }
        var list: [T] = []
        list.reserveCapacity(count)
        for index in mark..<elements.count {
            if let element = elements[index].take() { list.append(transform(element)) }
        }
        elements.truncate(to: mark)
        return list
    }

    /// Removes the list that began at `mark` when it has exactly one element, and returns that
    /// element (a list of one often needs no array at all).
    mutating func popSingle(from mark: Int) -> Element? {
        guard elements.count - mark == 1 else { return nil }
        return elements.popLast() ?? nil
    }

    /// Empties the stack, keeping its storage unless it holds more than `limit` elements.
    @inline(__always)
    mutating func removeAll(keepingCapacity limit: Int) {
        if elements.capacity > limit {
            elements = []
        } else {
            elements.truncate(to: 0)
        }
    }

    /// Drops whatever an abandoned list left above `mark` (nothing after a successful `pop`).
    mutating func discard(from mark: Int) {
        let count = elements.count - mark
        if count > 0 { elements.truncate(to: mark) }
    }
}

extension ScratchStack {
    /// Removes the list that began at `mark` and returns its non-nil elements.
    mutating func popCompacted<Wrapped>(from mark: Int) -> [Wrapped] where Element == Wrapped? {
        let count = elements.count - mark
        guard count > 0 else { return [] }
        var list: [Wrapped] = []
        list.reserveCapacity(count)
        for index in mark..<elements.count {
            if case let element?? = elements[index].take() { list.append(element) }
        }
        elements.truncate(to: mark)
        return list
    }
}
