/// What built-ins charge for the work they do and the data they create, so that one step of
/// script cannot buy unbounded native work (`big.trim()` in a loop stops at the same step
/// budget as an interpreted loop doing the same work) or memory.
///
/// The rule for every built-in: before (or, for work bounded by the string or array length
/// limits, right after) visiting, copying, comparing or converting `n` elements or code units,
/// charge `n`; before creating data, charge its memory with one of the `chargeNew` methods.
extension Realm {
    /// Charges built-in work proportional to `count` elements or characters: one step per 16.
    @inline(__always)
    func charge(_ count: Int) throws {
        if count >= 16 { try step(count >> 4) }
    }

    /// A new string of `length` code units: the length limit, the work of filling it and its
    /// memory.
    @inline(__always)
    func chargeNewString(_ length: Int) throws {
        if length > limits.maxStringLength { try checkString(length: length) }
        try charge(length)
        try reserveString(length)
    }

    /// A new list of `count` values (array elements, keys, arguments): the work of filling it
    /// and its memory.
    @inline(__always)
    func chargeNewValues(_ count: Int) throws {
        try charge(count)
        try reserveValues(count)
    }

    /// `count` new short strings held in a list (keys, characters, parts), each about
    /// `length` code units.
    func chargeNewStrings(_ count: Int, length: Int) throws {
        try charge(count &* max(1, length >> 2))
        try reserve(count &* (MemoryCensus.valueBytes &+ MemoryCensus.stringBytes(length)))
    }

    /// `count` new objects (entry pairs, match results) holding `values` values each.
    func chargeNewObjects(_ count: Int, values: Int) throws {
        try charge(count &* max(1, values))
        try reserve(count &* (MemoryCensus.objectBytes &+ MemoryCensus.storageHeaderBytes &+ values &* MemoryCensus.valueBytes))
    }

    /// `count` new own properties on an object (`Object.assign`, spread, `fromEntries`).
    func chargeNewProperties(_ count: Int) throws {
        try charge(count)
        try reserve(count &* MemoryCensus.propertyBytes)
    }

    /// `string.slice(start, end)`, charged when it copies.
    func substring(_ string: JSString, _ start: Int, _ end: Int) throws -> JSString {
        if end > start, end &- start < string.count { try chargeNewString(end &- start) }
        return string.slice(start, end)
    }

    /// A whitespace trim of `string`: the scan and the copy are charged.
    func trimmed(_ string: JSString, leading: Bool = true, trailing: Bool = true) throws -> JSString {
        try charge(string.count)
        let result = string.trimmed(leading: leading, trailing: trailing)
        if result.count < string.count { try reserveString(result.count) }
        return result
    }

    /// Comparing two long strings unit by unit (`===`, `==`, `switch`, `Object.is`) is work.
    @inline(__always)
    func chargeEquality(_ left: Value, _ right: Value) throws {
        if case .string(let l) = left, case .string(let r) = right, l.count >= 64, l.count == r.count { try charge(l.count) }
    }

    /// `===`, charged like `chargeEquality`.
    @inline(__always)
    func equalsCharged(_ left: Value, _ right: Value) throws -> Bool {
        try chargeEquality(left, right)
        return Value.strictEquals(left, right)
    }

    /// Searching `items` for `target` (`indexOf`, `includes`): one unit per element, plus the
    /// length of every string element that `target` would be compared with unit by unit.
    func chargeSearch(_ items: [Value], for target: Value) throws {
        try charge(items.count)
        guard case .string(let search) = target, search.count >= 64 else { return }
        var units = 0
        for item in items {
            if case .string(let string) = item, string.count == search.count, !string.sharesStorage(with: search) { units &+= string.count }
        }
        try charge(units)
    }

    /// Setting a prototype walks the new chain to refuse a cycle: charged by its length.
    func chargePrototypeChain(_ start: JSObject?) throws {
        var length = 0
        var cursor = start
        while let current = cursor, length < 10_000 {
            cursor = current.prototype
            length &+= 1
        }
        try charge(length)
    }

    /// Appends `suffix` to the string `value` holds, in place when its storage is not shared
    /// (then only the suffix is work, plus a copy when the storage grows, which doubles it);
    /// a copy forced by sharing is charged when it is found to have happened.
    func append(_ suffix: JSString, to value: inout Value) throws {
        guard case .string(var string) = value else { return }
        let count = string.count &+ suffix.count
        if count > limits.maxStringLength { try checkString(length: count) }
        try charge(suffix.count)
        let capacity = string.units.capacity
        if count > capacity {
            try charge(count)
            try reserveString(count &* 2)
        }
        let before = StringIdentity(string)
        // The statement that last produced this string (`s += x;` in a loop) keeps it as the
        // completion value; this statement's result replaces it.
        let replacesCompletion = StringIdentity(of: completionValue) == before
        if replacesCompletion { completionValue = .undefined }
        value = .undefined
        string.units.append(contentsOf: suffix.units)
        value = .string(string)
        if replacesCompletion { completionValue = value }
        if count <= capacity, StringIdentity(string).address != before.address { try chargeNewString(count) }
    }

    /// How many own keys `object.ownKeys()` would list, without listing them.
    func ownKeyCount(_ object: JSObject) -> Int {
        var count = object.properties.count
        switch object.kind {
        case .array, .arguments: count &+= object.elements.count
        case .primitive(.string(let string)): count &+= string.count
        default: break
        }
        if let table = object.lazyBuiltins { count &+= table.order.count }
        return count
    }

    /// Charges listing the own keys of `object` as new strings in a list (array indices past
    /// the cached small ones are new strings).
    func chargeOwnKeys(_ object: JSObject) throws {
        try chargeNewStrings(ownKeyCount(object), length: 7)
    }
}
