/// `Array`, its static methods and `Array.prototype`.
///
/// Methods work on arrays and on array-likes (`arguments`, objects with `length`); mutating
/// methods need a real array. `keys`, `values` and `entries` return arrays rather than
/// iterators (enough for `for-of` and spread).
enum ArrayBuiltins {
    static let constructor = BuiltinSpec(
        "Array", 1,
        construct: { realm, arguments, _ in try ArrayBuiltins.create(realm, arguments) }
    ) { realm, _, arguments in try ArrayBuiltins.create(realm, arguments) }

    static func create(_ realm: Realm, _ arguments: Arguments) throws -> Value {
        if arguments.count == 1, case .number(let number) = arguments[0] {
            guard let length = Int(exactly: number), length >= 0, length <= 4_294_967_295 else {
                throw realm.rangeError("Invalid array length")
            }
            try realm.checkArray(length: length)
            try realm.chargeNewValues(length)
            return .object(realm.newArray(Array(repeating: .undefined, count: length)))
        }
        return .object(realm.newArray(arguments.values))
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("isArray", 1) { _, _, arguments in .bool(arguments[0].asObject?.isArray ?? false) },
        BuiltinSpec("of", 0) { realm, _, arguments in .object(realm.newArray(arguments.values)) },
        BuiltinSpec("from", 1) { realm, _, arguments in
            var items: [Value]
            switch arguments[0] {
            case .undefined, .null:
                throw realm.typeError("\(try realm.toString(arguments[0]).string) is not iterable")
            case .object(let object):
                switch object.kind {
                case .array, .arguments: items = object.elements
                default: items = try realm.elements(of: object)
                }
            case .string: items = try realm.iterate(arguments[0])
            default: items = []
            }
            try realm.chargeNewValues(items.count)
            if let mapper = arguments.optional(1) {
                let function = try realm.callable(mapper)
                for index in items.indices {
                    items[index] = try realm.call(
                        .object(function), this: arguments[2], arguments: [items[index], .number(Double(index))])
                }
            }
            return .object(realm.newArray(items))
        },
    ])

    static let prototype = BuiltinGroup([
        BuiltinSpec("push", 1) { realm, this, arguments in
            let array = try realm.mutableArray(this, "push")
            try realm.checkArray(length: array.elements.count + arguments.count)
            try realm.reserveValues(arguments.count)
            array.elements.append(contentsOf: arguments.values)
            return .number(Double(array.elements.count))
        },
        BuiltinSpec("pop", 0) { realm, this, _ in
            let array = try realm.mutableArray(this, "pop")
            return array.elements.popLast() ?? .undefined
        },
        BuiltinSpec("shift", 0) { realm, this, _ in
            let array = try realm.mutableArray(this, "shift")
            if array.elements.isEmpty { return .undefined }
            try realm.charge(array.elements.count)
            return array.elements.removeFirst()
        },
        BuiltinSpec("unshift", 1) { realm, this, arguments in
            let array = try realm.mutableArray(this, "unshift")
            try realm.checkArray(length: array.elements.count + arguments.count)
            try realm.charge(array.elements.count)
            try realm.reserveValues(arguments.count)
            array.elements.insert(contentsOf: arguments.values, at: 0)
            return .number(Double(array.elements.count))
        },
        BuiltinSpec("slice", 2) { realm, this, arguments in
            let items = try realm.elements(of: try realm.thisObject(this, "slice"))
            let start = try realm.relativeIndex(arguments[0], length: items.count, default: 0)
            let end = try realm.relativeIndex(arguments[1], length: items.count, default: items.count)
            try realm.chargeNewValues(max(0, end - start))
            return .object(realm.newArray(start < end ? Array(items[start..<end]) : []))
        },
        BuiltinSpec("splice", 2) { realm, this, arguments in
            let array = try realm.mutableArray(this, "splice")
            let count = array.elements.count
            let start = try realm.relativeIndex(arguments[0], length: count, default: 0)
            let deleteCount: Int
            if arguments.count == 0 {
                deleteCount = 0
            } else if arguments.count == 1 {
                deleteCount = count - start
            } else {
                deleteCount = Int(min(max(try realm.toInteger(arguments[1]), 0), Double(count - start)))
            }
            let inserted = Array(arguments.values.dropFirst(2))
            try realm.checkArray(length: count - deleteCount + inserted.count)
            try realm.charge(count)
            try realm.reserveValues(deleteCount + inserted.count)
            let removed = Array(array.elements[start..<(start + deleteCount)])
            array.elements.replaceSubrange(start..<(start + deleteCount), with: inserted)
            return .object(realm.newArray(removed))
        },
        BuiltinSpec("concat", 1) { realm, this, arguments in
            var result = try realm.elements(of: try realm.thisObject(this, "concat"))
            for argument in arguments.values {
                if case .object(let object) = argument, case .array = object.kind {
                    try realm.checkArray(length: result.count + object.elements.count)
                    try realm.chargeNewValues(object.elements.count)
                    result.append(contentsOf: object.elements)
                } else {
                    result.append(argument)
                }
                try realm.checkArray(length: result.count)
            }
            try realm.chargeNewValues(result.count)
            return .object(realm.newArray(result))
        },
        BuiltinSpec("join", 1) { realm, this, arguments in
            let object = try realm.thisObject(this, "join")
            let separator = arguments[0].isUndefined ? Names.comma : try realm.toString(arguments[0])
            return .string(try realm.join(object, separator: separator))
        },
        BuiltinSpec("toString", 0) { realm, this, _ in
            let object = try realm.thisObject(this, "toString")
            if !object.isArray { return .string(JSString(ObjectBuiltins.classString(realm, this))) }
            return .string(try realm.join(object, separator: Names.comma))
        },
        BuiltinSpec("toLocaleString", 0) { realm, this, _ in
            .string(try realm.join(try realm.thisObject(this, "toLocaleString"), separator: Names.comma))
        },
        BuiltinSpec("indexOf", 1) { realm, this, arguments in
            let items = try realm.elements(of: try realm.thisObject(this, "indexOf"))
            var start = 0
            if arguments.count > 1 { start = try realm.relativeIndex(arguments[1], length: items.count, default: 0) }
            try realm.chargeSearch(items, for: arguments[0])
            var index = start
            while index < items.count {
                if Value.strictEquals(items[index], arguments[0]) { return .number(Double(index)) }
                index += 1
            }
            return .number(-1)
        },
        BuiltinSpec("lastIndexOf", 1) { realm, this, arguments in
            let items = try realm.elements(of: try realm.thisObject(this, "lastIndexOf"))
            var index = items.count - 1
            if arguments.count > 1 {
                let from = try realm.toInteger(arguments[1])
                index = from >= 0 ? Int(min(from, Double(items.count - 1))) : items.count + Int(max(from, -Double(items.count) - 1))
            }
            try realm.chargeSearch(items, for: arguments[0])
            while index >= 0 {
                if Value.strictEquals(items[index], arguments[0]) { return .number(Double(index)) }
                index -= 1
            }
            return .number(-1)
        },
        BuiltinSpec("includes", 1) { realm, this, arguments in
            let items = try realm.elements(of: try realm.thisObject(this, "includes"))
            let start = try realm.relativeIndex(arguments[1], length: items.count, default: 0)
            try realm.chargeSearch(items, for: arguments[0])
            for index in start..<max(start, items.count) where Value.sameValueZero(items[index], arguments[0]) {
                return .true
            }
            return .false
        },
        BuiltinSpec("map", 1) { realm, this, arguments in
            let (object, items, function) = try realm.callbackSetup(this, arguments, "map")
            try realm.chargeNewValues(items.count)
            var result: [Value] = []
            result.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                result.append(try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)]))
            }
            return .object(realm.newArray(result))
        },
        BuiltinSpec("filter", 1) { realm, this, arguments in
            let (object, items, function) = try realm.callbackSetup(this, arguments, "filter")
            try realm.chargeNewValues(items.count)
            var result: [Value] = []
            for (index, item) in items.enumerated()
            where try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)]).isTruthy {
                result.append(item)
            }
            return .object(realm.newArray(result))
        },
        BuiltinSpec("forEach", 1) { realm, this, arguments in
            let (object, items, function) = try realm.callbackSetup(this, arguments, "forEach")
            for (index, item) in items.enumerated() {
                _ = try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)])
            }
            return .undefined
        },
        BuiltinSpec("some", 1) { realm, this, arguments in
            let (object, items, function) = try realm.callbackSetup(this, arguments, "some")
            for (index, item) in items.enumerated()
            where try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)]).isTruthy {
                return .true
            }
            return .false
        },
        BuiltinSpec("every", 1) { realm, this, arguments in
            let (object, items, function) = try realm.callbackSetup(this, arguments, "every")
            for (index, item) in items.enumerated()
            where !(try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)]).isTruthy) {
                return .false
            }
            return .true
        },
        BuiltinSpec("find", 1) { realm, this, arguments in
            try ArrayBuiltins.find(realm, this, arguments, "find", fromEnd: false).value
        },
        BuiltinSpec("findIndex", 1) { realm, this, arguments in
            .number(Double(try ArrayBuiltins.find(realm, this, arguments, "findIndex", fromEnd: false).index))
        },
        BuiltinSpec("findLast", 1) { realm, this, arguments in
            try ArrayBuiltins.find(realm, this, arguments, "findLast", fromEnd: true).value
        },
        BuiltinSpec("findLastIndex", 1) { realm, this, arguments in
            .number(Double(try ArrayBuiltins.find(realm, this, arguments, "findLastIndex", fromEnd: true).index))
        },
        BuiltinSpec("reduce", 1) { realm, this, arguments in
            try ArrayBuiltins.reduce(realm, this, arguments, fromEnd: false)
        },
        BuiltinSpec("reduceRight", 1) { realm, this, arguments in
            try ArrayBuiltins.reduce(realm, this, arguments, fromEnd: true)
        },
        BuiltinSpec("sort", 1) { realm, this, arguments in
            let array = try realm.mutableArray(this, "sort")
            if !arguments[0].isUndefined { _ = try realm.callable(arguments[0]) }
            try realm.chargeNewValues(array.elements.count)
            array.elements = try ArraySorter.sort(array.elements, comparator: arguments[0], realm: realm)
            return this
        },
        BuiltinSpec("reverse", 0) { realm, this, _ in
            let array = try realm.mutableArray(this, "reverse")
            try realm.charge(array.elements.count)
            array.elements.reverse()
            return this
        },
        BuiltinSpec("fill", 1) { realm, this, arguments in
            let array = try realm.mutableArray(this, "fill")
            let count = array.elements.count
            let start = try realm.relativeIndex(arguments[1], length: count, default: 0)
            let end = try realm.relativeIndex(arguments[2], length: count, default: count)
            try realm.charge(count)
            var index = start
            while index < end {
                array.elements[index] = arguments[0]
                index += 1
            }
            return this
        },
        BuiltinSpec("flat", 0) { realm, this, arguments in
            let items = try realm.elements(of: try realm.thisObject(this, "flat"))
            let depth = arguments[0].isUndefined ? 1 : try realm.toInteger(arguments[0])
            return .object(realm.newArray(try ArrayBuiltins.flatten(realm, items, depth: depth)))
        },
        BuiltinSpec("flatMap", 1) { realm, this, arguments in
            let (object, items, function) = try realm.callbackSetup(this, arguments, "flatMap")
            try realm.chargeNewValues(items.count)
            var mapped: [Value] = []
            for (index, item) in items.enumerated() {
                mapped.append(try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)]))
            }
            return .object(realm.newArray(try ArrayBuiltins.flatten(realm, mapped, depth: 1)))
        },
        BuiltinSpec("at", 1) { realm, this, arguments in
            let items = try realm.elements(of: try realm.thisObject(this, "at"))
            let relative = try realm.toInteger(arguments[0])
            let index = relative >= 0 ? relative : Double(items.count) + relative
            guard index >= 0, index < Double(items.count) else { return .undefined }
            return items[Int(index)]
        },
        BuiltinSpec("keys", 0) { realm, this, _ in
            let items = try realm.elements(of: try realm.thisObject(this, "keys"))
            try realm.chargeNewValues(items.count)
            return .object(realm.newArray(items.indices.map { .number(Double($0)) }))
        },
        BuiltinSpec("values", 0) { realm, this, _ in
            let items = try realm.elements(of: try realm.thisObject(this, "values"))
            try realm.chargeNewValues(items.count)
            return .object(realm.newArray(items))
        },
        BuiltinSpec("entries", 0) { realm, this, _ in
            let items = try realm.elements(of: try realm.thisObject(this, "entries"))
            try realm.chargeNewValues(items.count)
            try realm.chargeNewObjects(items.count, values: 2)
            return .object(realm.newArray(items.enumerated().map { .object(realm.newArray([.number(Double($0.offset)), $0.element])) }))
        },
    ])

    static func find(_ realm: Realm, _ this: Value, _ arguments: Arguments, _ name: String, fromEnd: Bool) throws
        -> (value: Value, index: Int)
    {
        let (object, items, function) = try realm.callbackSetup(this, arguments, name)
        try realm.chargeNewValues(items.count)
        let order = fromEnd ? Array(items.indices.reversed()) : Array(items.indices)
        for index in order {
            let item = items[index]
            if try realm.call(function, this: arguments[1], arguments: [item, .number(Double(index)), .object(object)]).isTruthy {
                return (item, index)
            }
        }
        return (.undefined, -1)
    }

    static func reduce(_ realm: Realm, _ this: Value, _ arguments: Arguments, fromEnd: Bool) throws -> Value {
        let (object, items, function) = try realm.callbackSetup(this, arguments, fromEnd ? "reduceRight" : "reduce")
        try realm.chargeNewValues(items.count)
        var order = fromEnd ? Array(items.indices.reversed()) : Array(items.indices)
        var accumulator: Value
        if arguments.count >= 2 {
            accumulator = arguments[1]
        } else {
            guard !order.isEmpty else { throw realm.typeError("Reduce of empty array with no initial value") }
            accumulator = items[order.removeFirst()]
        }
        for index in order {
            accumulator = try realm.call(
                function, this: .undefined, arguments: [accumulator, items[index], .number(Double(index)), .object(object)])
        }
        return accumulator
    }

    static func flatten(_ realm: Realm, _ items: [Value], depth: Double) throws -> [Value] {
        var result: [Value] = []
        try realm.chargeNewValues(items.count)
        var work: [(ArraySlice<Value>, Double)] = [(items[...], depth)]
        while let popped = work.popLast() {
            var slice = popped.0
            let level = popped.1
            while let item = slice.popFirst() {
                if level >= 1, case .object(let inner) = item, case .array = inner.kind {
                    try realm.chargeNewValues(inner.elements.count)
                    work.append((slice, level))
                    work.append((inner.elements[...], level - 1))
                    break
                }
                result.append(item)
                try realm.checkArray(length: result.count)
            }
            if work.count > 10_000 { throw realm.callDepthLimit() }
        }
        return result
    }
}
