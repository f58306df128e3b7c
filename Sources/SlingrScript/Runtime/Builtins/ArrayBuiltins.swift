/// `Array`, its static methods and `Array.prototype`.
///
/// Every method follows the specification's generic algorithm (it works on any array-like:
/// `arguments`, objects with `length`; holes are skipped where the specification asks whether
/// an element exists; getters and setters run), with a fast path for arrays whose elements are
/// dense. `keys`, `values` and `entries` return iterators (see `ArrayIterator`).
enum ArrayBuiltins {
    static let constructor = BuiltinSpec(
        "Array", 1,
        construct: { realm, arguments, newTarget in
            let array = try ArrayBuiltins.create(realm, arguments)
            array.prototype = try realm.prototype(for: newTarget, fallback: realm.arrayPrototype)
            return .object(array)
        }
    ) { realm, _, arguments in .object(try ArrayBuiltins.create(realm, arguments)) }

    static func create(_ realm: Realm, _ arguments: Arguments) throws -> JSObject {
        guard arguments.count == 1 else { return realm.newArray(arguments.values) }
        guard case .number(let number) = arguments[0] else { return realm.newArray(arguments.values) }
        guard let length = UInt32(exactly: number), length != UInt32.max || number == 4_294_967_295 else {
            throw realm.rangeError("Invalid array length")
        }
        return try realm.arrayCreate(Int(length))
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("isArray", 1) { _, _, arguments in .bool(arguments[0].asObject?.isArray ?? false) },
        BuiltinSpec("of", 0) { realm, this, arguments in
            let target = try ArrayBuiltins.constructFromThis(realm, this, length: arguments.count)
            for (index, value) in arguments.values.enumerated() {
                try realm.createDataIndexOrThrow(target, index, value)
            }
            try realm.setLength(target, arguments.count)
            return .object(target)
        },
        BuiltinSpec("from", 1) { realm, this, arguments in
            let mapper: JSObject?
            if arguments[1].isUndefined { mapper = nil } else { mapper = try realm.callable(arguments[1]) }
            let items = arguments[0]
            if items.isNullish { throw realm.typeError("\(try realm.toString(items).string) is not iterable") }
            func mapped(_ value: Value, _ index: Int) throws -> Value {
                guard let mapper else { return value }
                return try realm.call(.object(mapper), this: arguments[2], arguments: [value, .number(Double(index))])
            }
            if realm.isIterable(items) {
                let target = try ArrayBuiltins.constructFromThis(realm, this, length: nil)
                var index = 0
                try realm.forEachIterated(items) { value in
                    try realm.createDataIndexOrThrow(target, index, try mapped(value, index))
                    index += 1
                }
                try realm.setLength(target, index)
                return .object(target)
            }
            let source = try realm.toObject(items)
            let length = try realm.lengthOf(source)
            let target = try ArrayBuiltins.constructFromThis(realm, this, length: length)
            for index in 0..<length {
                try realm.countIteration(index)
                try realm.createDataIndexOrThrow(target, index, try mapped(try realm.getIndex(source, index), index))
            }
            try realm.setLength(target, length)
            return .object(target)
        },
    ])

    /// `new this(length)` when `this` is a constructor (subclass-friendly `Array.of`/`from`),
    /// else a new array.
    static func constructFromThis(_ realm: Realm, _ this: Value, length: Int?) throws -> JSObject {
        if realm.isConstructor(this) {
            let created = try realm.construct(this, arguments: length.map { [.number(Double($0))] } ?? [])
            guard case .object(let object) = created else { throw realm.typeError("constructor did not return an object") }
            return object
        }
        return try realm.arrayCreate(length ?? 0)
    }

    static let prototype = BuiltinGroup([
        BuiltinSpec("at", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let relative = try realm.toInteger(arguments[0])
            let index = relative >= 0 ? relative : Double(length) + relative
            guard index >= 0, index < Double(length) else { return .undefined }
            return try realm.getIndex(object, Int(index))
        },
        BuiltinSpec("concat", 1) { realm, this, arguments in try ArrayBuiltins.concat(realm, this, arguments) },
        BuiltinSpec("copyWithin", 2) { realm, this, arguments in try ArrayBuiltins.copyWithin(realm, this, arguments) },
        BuiltinSpec("entries", 0) { realm, this, _ in
            .object(realm.makeArrayIterator(try realm.toObject(this), kind: .entries))
        },
        BuiltinSpec("every", 1) { realm, this, arguments in
            var result = true
            try ArrayBuiltins.visitExisting(realm, this, arguments, "every") { _, _, outcome in
                if !outcome.isTruthy { result = false }
                return !result
            }
            return .bool(result)
        },
        BuiltinSpec("fill", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let start = try realm.relativeIndex(arguments[1], length: length, default: 0)
            let end = try realm.relativeIndex(arguments[2], length: length, default: length)
            var index = start
            while index < end {
                try realm.countIteration(index)
                try realm.setIndex(object, index, arguments[0])
                index += 1
            }
            // `Array(n).fill(x)` leaves no hole: the array is packed again, and the built-ins'
            // fast paths (slice, spread, concat...) apply to it.
            if case .array = object.kind, !object.storage.isSparse, object.storage.mayHaveHoles, start == 0,
               object.elements.count == length, !object.elements.contains(where: ArrayHole.isHole) {
                object.storage.mayHaveHoles = false
            }
            return .object(object)
        },
        BuiltinSpec("filter", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let callback = try realm.callable(arguments[0])
            let result = try realm.arraySpeciesCreate(object, length: 0)
            var count = 0
            for index in 0..<length {
                guard let value = try realm.existingIndex(object, index) else { continue }
                let selected = try realm.call(
                    .object(callback), this: arguments[1], arguments: [value, .number(Double(index)), .object(object)])
                if selected.isTruthy {
                    try realm.createDataIndexOrThrow(result, count, value)
                    count += 1
                }
            }
            return .object(result)
        },
        BuiltinSpec("find", 1) { realm, this, arguments in
            try ArrayBuiltins.find(realm, this, arguments, fromEnd: false)?.value ?? .undefined
        },
        BuiltinSpec("findIndex", 1) { realm, this, arguments in
            .number(Double(try ArrayBuiltins.find(realm, this, arguments, fromEnd: false)?.index ?? -1))
        },
        BuiltinSpec("findLast", 1) { realm, this, arguments in
            try ArrayBuiltins.find(realm, this, arguments, fromEnd: true)?.value ?? .undefined
        },
        BuiltinSpec("findLastIndex", 1) { realm, this, arguments in
            .number(Double(try ArrayBuiltins.find(realm, this, arguments, fromEnd: true)?.index ?? -1))
        },
        BuiltinSpec("flat", 0) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            var depth = 1.0
            if !arguments[0].isUndefined {
                depth = try realm.toInteger(arguments[0])
                if depth < 0 { depth = 0 }
            }
            let result = try realm.arraySpeciesCreate(object, length: 0)
            _ = try ArrayBuiltins.flatten(realm, into: result, source: object, length: length, start: 0, depth: depth, mapper: nil)
            return .object(result)
        },
        BuiltinSpec("flatMap", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let mapper = try realm.callable(arguments[0])
            let result = try realm.arraySpeciesCreate(object, length: 0)
            _ = try ArrayBuiltins.flatten(
                realm, into: result, source: object, length: length, start: 0, depth: 1, mapper: (mapper, arguments[1]))
            return .object(result)
        },
        BuiltinSpec("forEach", 1) { realm, this, arguments in
            try ArrayBuiltins.visitExisting(realm, this, arguments, "forEach") { _, _, _ in false }
            return .undefined
        },
        BuiltinSpec("includes", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            guard length > 0 else { return .false }
            var index = try ArrayBuiltins.startIndex(realm, arguments[1], length: length)
            while index < length {
                try realm.countIteration(index)
                let value = try realm.getIndex(object, index)
                try realm.chargeEquality(value, arguments[0])
                if Value.sameValueZero(value, arguments[0]) { return .true }
                index += 1
            }
            return .false
        },
        BuiltinSpec("indexOf", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            guard length > 0 else { return .number(-1) }
            var index = try ArrayBuiltins.startIndex(realm, arguments[1], length: length)
            while index < length {
                try realm.countIteration(index)
                if let value = try realm.existingIndex(object, index), try realm.equalsCharged(value, arguments[0]) {
                    return .number(Double(index))
                }
                index += 1
            }
            return .number(-1)
        },
        BuiltinSpec("join", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            return .string(try realm.join(object, separator: arguments[0]))
        },
        BuiltinSpec("keys", 0) { realm, this, _ in
            .object(realm.makeArrayIterator(try realm.toObject(this), kind: .keys))
        },
        BuiltinSpec("lastIndexOf", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            guard length > 0 else { return .number(-1) }
            var index = length - 1
            if arguments.count > 1 {
                let from = try realm.toInteger(arguments[1])
                if from == -.infinity { return .number(-1) }
                index = from >= 0 ? Int(min(from, Double(length - 1))) : length + Int(max(from, -Double(length) - 1))
            }
            while index >= 0 {
                try realm.countIteration(index)
                if let value = try realm.existingIndex(object, index), try realm.equalsCharged(value, arguments[0]) {
                    return .number(Double(index))
                }
                index -= 1
            }
            return .number(-1)
        },
        BuiltinSpec("map", 1) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let callback = try realm.callable(arguments[0])
            let result = try realm.arraySpeciesCreate(object, length: length)
            for index in 0..<length {
                guard let value = try realm.existingIndex(object, index) else { continue }
                let mapped = try realm.call(
                    .object(callback), this: arguments[1], arguments: [value, .number(Double(index)), .object(object)])
                try realm.createDataIndexOrThrow(result, index, mapped)
            }
            return .object(result)
        },
        BuiltinSpec("pop", 0) { realm, this, _ in try ArrayBuiltins.pop(realm, this) },
        BuiltinSpec("push", 1) { realm, this, arguments in try ArrayBuiltins.push(realm, this, arguments) },
        BuiltinSpec("reduce", 1) { realm, this, arguments in try ArrayBuiltins.reduce(realm, this, arguments, fromEnd: false) },
        BuiltinSpec("reduceRight", 1) { realm, this, arguments in
            try ArrayBuiltins.reduce(realm, this, arguments, fromEnd: true)
        },
        BuiltinSpec("reverse", 0) { realm, this, _ in try ArrayBuiltins.reverse(realm, this) },
        BuiltinSpec("shift", 0) { realm, this, _ in try ArrayBuiltins.shift(realm, this) },
        BuiltinSpec("slice", 2) { realm, this, arguments in try ArrayBuiltins.slice(realm, this, arguments) },
        BuiltinSpec("some", 1) { realm, this, arguments in
            var result = false
            try ArrayBuiltins.visitExisting(realm, this, arguments, "some") { _, _, outcome in
                if outcome.isTruthy { result = true }
                return result
            }
            return .bool(result)
        },
        BuiltinSpec("sort", 1) { realm, this, arguments in
            if !arguments[0].isUndefined { _ = try realm.callable(arguments[0]) }
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let items = try ArrayBuiltins.sortedItems(realm, object, length: length, comparator: arguments[0], skipHoles: true)
            for (index, item) in items.enumerated() { try realm.setIndex(object, index, item) }
            var index = items.count
            while index < length {
                try realm.countIteration(index)
                if realm.hasIndex(object, index) { try realm.deleteIndex(object, index) }
                index += 1
            }
            return .object(object)
        },
        BuiltinSpec("splice", 2) { realm, this, arguments in try ArrayBuiltins.splice(realm, this, arguments) },
        BuiltinSpec("toLocaleString", 0) { realm, this, _ in
            let object = try realm.toObject(this)
            let identity = ObjectIdentifier(object)
            if realm.conversionStack.contains(identity) { return .string(.empty) }
            realm.conversionStack.append(identity)
            defer { realm.conversionStack.removeLast() }
            let length = try realm.lengthOf(object)
            var parts: [JSString] = []
            for index in 0..<length {
                try realm.countIteration(index)
                let item = try realm.getIndex(object, index)
                if item.isNullish {
                    parts.append(.empty)
                } else {
                    let method = try realm.get(item, "toLocaleString")
                    parts.append(try realm.toString(try realm.call(method, this: item, arguments: [])))
                }
            }
            return .string(try realm.makeString(Array(parts.map(\.units).joined(separator: Names.comma.units))))
        },
        BuiltinSpec("toReversed", 0) { realm, this, _ in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let result = try realm.arrayCreate(0, checkedLength: length)
            try realm.chargeNewValues(length)
            for index in 0..<length {
                try realm.countIteration(index)
                result.elements.append(try realm.getIndex(object, length - 1 - index))
            }
            return .object(result)
        },
        BuiltinSpec("toSorted", 1) { realm, this, arguments in
            if !arguments[0].isUndefined { _ = try realm.callable(arguments[0]) }
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let result = try realm.arrayCreate(0, checkedLength: length)
            try realm.chargeNewValues(length)
            result.elements = try ArrayBuiltins.sortedItems(realm, object, length: length, comparator: arguments[0], skipHoles: false)
            return .object(result)
        },
        BuiltinSpec("toSpliced", 2) { realm, this, arguments in try ArrayBuiltins.toSpliced(realm, this, arguments) },
        BuiltinSpec("toString", 0) { realm, this, _ in
            let object = try realm.toObject(this)
            let join = try realm.get(object: object, "join", receiver: .object(object))
            if join.isCallable { return try realm.call(join, this: .object(object), arguments: []) }
            return .string(JSString(ObjectBuiltins.classString(realm, .object(object))))
        },
        BuiltinSpec("unshift", 1) { realm, this, arguments in try ArrayBuiltins.unshift(realm, this, arguments) },
        BuiltinSpec("values", 0) { realm, this, _ in
            .object(realm.makeArrayIterator(try realm.toObject(this), kind: .values))
        },
        BuiltinSpec("with", 2) { realm, this, arguments in
            let object = try realm.toObject(this)
            let length = try realm.lengthOf(object)
            let relative = try realm.toInteger(arguments[0])
            let target = relative >= 0 ? relative : Double(length) + relative
            guard target >= 0, target < Double(length) else { throw realm.rangeError("Invalid index : \(NumberFormatting.string(relative))") }
            let result = try realm.arrayCreate(0, checkedLength: length)
            try realm.chargeNewValues(length)
            for index in 0..<length {
                try realm.countIteration(index)
                result.elements.append(index == Int(target) ? arguments[1] : try realm.getIndex(object, index))
            }
            return .object(result)
        },
    ])

    /// The start of a forward search (`indexOf`, `includes`): ToIntegerOrInfinity of the
    /// argument, counted from the end when negative, clamped to `0...length`.
    static func startIndex(_ realm: Realm, _ value: Value, length: Int) throws -> Int {
        let from = try realm.toInteger(value)
        if from >= Double(length) { return length }
        if from >= 0 { return Int(from) }
        return max(0, length + Int(max(from, -Double(length))))
    }

    /// `forEach`/`some`/`every`: calls the callback for each existing element; `stop` decides
    /// from the callback's result whether to end early.
    static func visitExisting(
        _ realm: Realm, _ this: Value, _ arguments: Arguments, _ name: String,
        _ stop: (Int, Value, Value) throws -> Bool
    ) throws {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let callback = try realm.callable(arguments[0])
        for index in 0..<length {
            guard let value = try realm.existingIndex(object, index) else { continue }
            let outcome = try realm.call(.object(callback), this: arguments[1], arguments: [value, .number(Double(index)), .object(object)])
            if try stop(index, value, outcome) { return }
        }
    }

    static func find(_ realm: Realm, _ this: Value, _ arguments: Arguments, fromEnd: Bool) throws -> (value: Value, index: Int)? {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let predicate = try realm.callable(arguments[0])
        for step in 0..<length {
            let index = fromEnd ? length - 1 - step : step
            let value = try realm.getIndex(object, index)
            if try realm.call(.object(predicate), this: arguments[1], arguments: [value, .number(Double(index)), .object(object)]).isTruthy {
                return (value, index)
            }
        }
        return nil
    }

    static func reduce(_ realm: Realm, _ this: Value, _ arguments: Arguments, fromEnd: Bool) throws -> Value {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let callback = try realm.callable(arguments[0])
        var position = 0
        func index(_ step: Int) -> Int { fromEnd ? length - 1 - step : step }
        var accumulator: Value
        if arguments.count >= 2 {
            accumulator = arguments[1]
        } else {
            var found: Value?
            while found == nil, position < length {
                found = try realm.existingIndex(object, index(position))
                position += 1
            }
            guard let found else { throw realm.typeError("Reduce of empty array with no initial value") }
            accumulator = found
        }
        while position < length {
            let current = index(position)
            position += 1
            guard let value = try realm.existingIndex(object, current) else { continue }
            accumulator = try realm.call(
                .object(callback), this: .undefined, arguments: [accumulator, value, .number(Double(current)), .object(object)])
        }
        return accumulator
    }

    /// The elements `sort`/`toSorted` order: existing ones only (`skipHoles`) or every index.
    static func sortedItems(_ realm: Realm, _ object: JSObject, length: Int, comparator: Value, skipHoles: Bool) throws -> [Value] {
        var items: [Value] = []
        if skipHoles {
            for index in 0..<length {
                if let value = try realm.existingIndex(object, index) { items.append(value) }
            }
        } else {
            for index in 0..<length {
                try realm.countIteration(index)
                items.append(try realm.getIndex(object, index))
            }
        }
        try realm.charge(items.count)
        return try ArraySorter.sort(items, comparator: comparator, realm: realm)
    }

    /// FlattenIntoArray; returns the next target index.
    static func flatten(
        _ realm: Realm, into target: JSObject, source: JSObject, length: Int, start: Int, depth: Double,
        mapper: (function: JSObject, this: Value)?
    ) throws -> Int {
        try realm.charge(length)
        var targetIndex = start
        for index in 0..<length {
            guard var element = try realm.existingIndex(source, index) else { continue }
            if let mapper {
                element = try realm.call(
                    .object(mapper.function), this: mapper.this, arguments: [element, .number(Double(index)), .object(source)])
            }
            if depth > 0, case .object(let inner) = element, inner.isArray {
                try realm.checkStack()
                let innerLength = try realm.lengthOf(inner)
                targetIndex = try flatten(
                    realm, into: target, source: inner, length: innerLength, start: targetIndex, depth: depth - 1, mapper: nil)
            } else {
                if targetIndex >= 9_007_199_254_740_991 { throw realm.typeError("array too long") }
                try realm.createDataIndexOrThrow(target, targetIndex, element)
                targetIndex += 1
            }
        }
        return targetIndex
    }
}

extension Realm {
    /// The element at `index` if it exists (`HasProperty`, then `Get`), for the methods that
    /// skip holes; charges the step budget every 16 indices.
    @inline(__always)
    func existingIndex(_ object: JSObject, _ index: Int) throws -> Value? {
        if case .array = object.kind, let value = object.denseElement(index) { return value }
        try countIteration(index)
        guard has(object, Names.indexKey(index)) else { return nil }
        return try get(object: object, Names.indexKey(index), receiver: .object(object))
    }

    /// One step of the budget every 16 iterations of a built-in's loop.
    @inline(__always)
    func countIteration(_ index: Int) throws {
        if index & 15 == 0 { try step() }
    }

    /// ArrayCreate: a new array of `length` holes (sparse when large).
    func arrayCreate(_ length: Int, checkedLength: Int? = nil) throws -> JSObject {
        if let checkedLength, checkedLength > 4_294_967_295 { throw rangeError("Invalid array length") }
        if length > 4_294_967_295 { throw rangeError("Invalid array length") }
        let array = newArray()
        if let checkedLength { try checkArray(length: checkedLength) }
        if length > 0 { _ = try setArrayLength(array, length) }
        return array
    }

    /// ArraySpeciesCreate. Without symbols, `constructor[Symbol.species]` is never defined, so
    /// the result is a plain array unless `constructor` is something no constructor can be.
    func arraySpeciesCreate(_ original: JSObject, length: Int) throws -> JSObject {
        guard original.isArray else { return try arrayCreate(length) }
        let constructor = try get(object: original, Names.constructor, receiver: .object(original))
        switch constructor {
        case .undefined, .object: return try arrayCreate(length)
        default: throw typeError("object.constructor[Symbol.species] is not a constructor")
        }
    }
}
