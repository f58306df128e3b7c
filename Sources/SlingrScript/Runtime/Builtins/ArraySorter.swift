/// `Array.prototype.sort`: a stable merge sort (like V8's TimSort, stable), comparator calls
/// charged to the step budget (and, without a comparator, the code units compared), every
/// merge pass charged as work, `undefined` elements last.
enum ArraySorter {
    static func sort(_ elements: [Value], comparator: Value, realm: Realm) throws -> [Value] {
        var defined: [Value] = []
        var undefinedCount = 0
        for element in elements {
            if case .undefined = element { undefinedCount += 1 } else { defined.append(element) }
        }
        let sorted: [Value]
        if comparator.isUndefined {
            // Compare string forms, computed once per element.
            try realm.chargeNewStrings(defined.count, length: 8)
            let keyed = try defined.map { (try realm.toString($0), $0) }
            var compared = 0
            sorted = try mergeSort(keyed, realm: realm) { a, b in
                let (less, examined) = codeUnitLess(a.0, b.0)
                compared &+= examined
                if compared >= 4096 {
                    try realm.charge(compared)
                    compared = 0
                }
                return less
            }.map(\.1)
        } else {
            sorted = try mergeSort(defined, realm: realm) { a, b in
                let result = try realm.toNumber(try realm.call(comparator, this: .undefined, arguments: [b, a]))
                return result > 0
            }
        }
        return sorted + Array(repeating: .undefined, count: undefinedCount)
    }

    /// Code-unit order of two strings, and how many units it looked at (shared storage: none).
    static func codeUnitLess(_ left: JSString, _ right: JSString) -> (Bool, Int) {
        if left.sharesStorage(with: right) { return (false, 1) }
        let shared = min(left.count, right.count)
        var index = 0
        while index < shared {
            let l = left[index]
            let r = right[index]
            if l != r { return (l < r, index &+ 1) }
            index &+= 1
        }
        return (left.count < right.count, index &+ 1)
    }

    /// Stable: an element moves before an earlier one only when `less(later, earlier)`.
    private static func mergeSort<T>(_ items: [T], realm: Realm, _ less: (T, T) throws -> Bool) throws -> [T] {
        if items.count < 2 { return items }
        var source = items
        var buffer = items
        var width = 1
        let count = items.count
        while width < count {
            try realm.charge(count)
            var start = 0
            while start < count {
                let middle = min(start + width, count)
                let end = min(start + 2 * width, count)
                var left = start
                var right = middle
                var out = start
                while left < middle && right < end {
                    if try less(source[right], source[left]) {
                        buffer[out] = source[right]
                        right += 1
                    } else {
                        buffer[out] = source[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle {
                    buffer[out] = source[left]
                    left += 1
                    out += 1
                }
                while right < end {
                    buffer[out] = source[right]
                    right += 1
                    out += 1
                }
                start += 2 * width
            }
            swap(&source, &buffer)
            width *= 2
        }
        return source
    }
}
