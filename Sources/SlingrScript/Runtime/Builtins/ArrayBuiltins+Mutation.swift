/// The `Array.prototype` methods that add, remove or move elements, each with the generic
/// algorithm and a fast path for dense arrays nothing else can observe.
extension ArrayBuiltins {
    static let maxSafeLength = 9_007_199_254_740_991

    static func push(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        if case .array = object.kind, realm.canAppendQuickly(object) {
            try realm.checkArray(length: object.elements.count + arguments.count)
            try realm.reserveValues(arguments.count)
            object.elements.append(contentsOf: arguments.values)
            return .number(Double(object.elements.count))
        }
        var length = try realm.lengthOf(object)
        if length + arguments.count > maxSafeLength { throw realm.typeError("Pushing \(arguments.count) elements on an array-like of length \(length) is disallowed") }
        for value in arguments.values {
            try realm.set(object: object, Names.indexKey(length), value)
            length += 1
        }
        try realm.setLength(object, length)
        return .number(Double(length))
    }

    static func pop(_ realm: Realm, _ this: Value) throws -> Value {
        let object = try realm.toObject(this)
        if case .array = object.kind, !object.storage.isSparse, object.storage.lengthWritable,
           object.storage.elementFlags.contains(.configurable), let last = object.elements.last, !ArrayHole.isHole(last)
        {
            object.elements.removeLast()
            return last
        }
        let length = try realm.lengthOf(object)
        guard length > 0 else {
            try realm.setLength(object, 0)
            return .undefined
        }
        let element = try realm.getIndex(object, length - 1)
        try realm.deleteIndex(object, length - 1)
        try realm.setLength(object, length - 1)
        return element
    }

    static func shift(_ realm: Realm, _ this: Value) throws -> Value {
        let object = try realm.toObject(this)
        if isPlainDense(realm, object) {
            guard let first = object.elements.first else { return .undefined }
            try realm.charge(object.elements.count)
            object.elements.removeFirst()
            return first
        }
        let length = try realm.lengthOf(object)
        guard length > 0 else {
            try realm.setLength(object, 0)
            return .undefined
        }
        let first = try realm.getIndex(object, 0)
        try move(realm, object, from: 1, to: 0, count: length - 1)
        try realm.deleteIndex(object, length - 1)
        try realm.setLength(object, length - 1)
        return first
    }

    static func unshift(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        if isPlainDense(realm, object) {
            try realm.checkArray(length: object.elements.count + arguments.count)
            try realm.charge(object.elements.count)
            try realm.reserveValues(arguments.count)
            object.elements.insert(contentsOf: arguments.values, at: 0)
            return .number(Double(object.elements.count))
        }
        let length = try realm.lengthOf(object)
        let count = arguments.count
        if count > 0 {
            if length + count > maxSafeLength { throw realm.typeError("Unshift on an array-like of length \(length) is disallowed") }
            try move(realm, object, from: 0, to: count, count: length)
            for (index, value) in arguments.values.enumerated() { try realm.setIndex(object, index, value) }
        }
        try realm.setLength(object, length + count)
        return .number(Double(length + count))
    }

    static func reverse(_ realm: Realm, _ this: Value) throws -> Value {
        let object = try realm.toObject(this)
        if object.isPackedArray, object.storage.elementFlags == .data {
            try realm.charge(object.elements.count)
            object.elements.reverse()
            return .object(object)
        }
        let length = try realm.lengthOf(object)
        var lower = 0
        while lower < length / 2 {
            try realm.countIteration(lower)
            let upper = length - 1 - lower
            let lowerExists = realm.hasIndex(object, lower)
            let lowerValue = lowerExists ? try realm.getIndex(object, lower) : .undefined
            let upperExists = realm.hasIndex(object, upper)
            let upperValue = upperExists ? try realm.getIndex(object, upper) : .undefined
            switch (lowerExists, upperExists) {
            case (true, true):
                try realm.setIndex(object, lower, upperValue)
                try realm.setIndex(object, upper, lowerValue)
            case (false, true):
                try realm.setIndex(object, lower, upperValue)
                try realm.deleteIndex(object, upper)
            case (true, false):
                try realm.deleteIndex(object, lower)
                try realm.setIndex(object, upper, lowerValue)
            case (false, false):
                break
            }
            lower += 1
        }
        return .object(object)
    }

    static func slice(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let start = try realm.relativeIndex(arguments[0], length: length, default: 0)
        let end = try realm.relativeIndex(arguments[1], length: length, default: length)
        let count = max(0, end - start)
        let result = try realm.arraySpeciesCreate(object, length: count)
        if object.isPackedArray, result.isPackedArray, result.elements.isEmpty, end <= object.elements.count {
            try realm.chargeNewValues(count)
            if count > 0 { result.elements = Array(object.elements[start..<end]) }
            return .object(result)
        }
        var target = 0
        var index = start
        while index < end {
            if let value = try realm.existingIndex(object, index) {
                try realm.createDataIndexOrThrow(result, target, value)
            }
            index += 1
            target += 1
        }
        try realm.setLength(result, target)
        return .object(result)
    }

    static func splice(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let start = try realm.relativeIndex(arguments[0], length: length, default: 0)
        let deleteCount: Int
        if arguments.count == 0 {
            deleteCount = 0
        } else if arguments.count == 1 {
            deleteCount = length - start
        } else {
            deleteCount = Int(min(max(try realm.toInteger(arguments[1]), 0), Double(length - start)))
        }
        let items = Array(arguments.values.dropFirst(2))
        if length + items.count - deleteCount > maxSafeLength { throw realm.typeError("Invalid array length") }
        let removed = try realm.arraySpeciesCreate(object, length: deleteCount)
        if isPlainDense(realm, object), removed.isPackedArray, removed.elements.isEmpty {
            try realm.checkArray(length: length - deleteCount + items.count)
            try realm.charge(length)
            try realm.reserveValues(deleteCount + items.count)
            removed.elements = Array(object.elements[start..<(start + deleteCount)])
            object.elements.replaceSubrange(start..<(start + deleteCount), with: items)
            return .object(removed)
        }
        for offset in 0..<deleteCount {
            if let value = try realm.existingIndex(object, start + offset) {
                try realm.createDataIndexOrThrow(removed, offset, value)
            }
        }
        try realm.setLength(removed, deleteCount)
        if items.count < deleteCount {
            try move(realm, object, from: start + deleteCount, to: start + items.count, count: length - start - deleteCount)
            var index = length
            while index > length - deleteCount + items.count {
                try realm.countIteration(index)
                try realm.deleteIndex(object, index - 1)
                index -= 1
            }
        } else if items.count > deleteCount {
            try move(realm, object, from: start + deleteCount, to: start + items.count, count: length - start - deleteCount)
        }
        for (offset, value) in items.enumerated() { try realm.setIndex(object, start + offset, value) }
        try realm.setLength(object, length - deleteCount + items.count)
        return .object(removed)
    }

    static func toSpliced(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let start = try realm.relativeIndex(arguments[0], length: length, default: 0)
        let items = Array(arguments.values.dropFirst(2))
        let skipCount: Int
        if arguments.count == 0 {
            skipCount = 0
        } else if arguments.count == 1 {
            skipCount = length - start
        } else {
            skipCount = Int(min(max(try realm.toInteger(arguments[1]), 0), Double(length - start)))
        }
        let newLength = length + items.count - skipCount
        if newLength > maxSafeLength { throw realm.typeError("Invalid array length") }
        let result = try realm.arrayCreate(0, checkedLength: newLength)
        try realm.chargeNewValues(newLength)
        for index in 0..<start {
            try realm.countIteration(index)
            result.elements.append(try realm.getIndex(object, index))
        }
        result.elements.append(contentsOf: items)
        var index = start + skipCount
        while index < length {
            try realm.countIteration(index)
            result.elements.append(try realm.getIndex(object, index))
            index += 1
        }
        return .object(result)
    }

    static func concat(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        let result = try realm.arraySpeciesCreate(object, length: 0)
        var count = 0
        for item in [Value.object(object)] + arguments.values {
            guard case .object(let source) = item, source.isArray else {
                if count >= maxSafeLength { throw realm.typeError("Invalid array length") }
                try realm.createDataIndexOrThrow(result, count, item)
                count += 1
                continue
            }
            let length = try realm.lengthOf(source)
            if count + length > maxSafeLength { throw realm.typeError("Invalid array length") }
            if source.isPackedArray, result.isPackedArray, result.elements.count == count {
                try realm.checkArray(length: count + length)
                try realm.chargeNewValues(length)
                result.elements.append(contentsOf: source.elements)
                count += length
                continue
            }
            for index in 0..<length {
                if let value = try realm.existingIndex(source, index) {
                    try realm.createDataIndexOrThrow(result, count + index, value)
                }
            }
            count += length
        }
        try realm.setLength(result, count)
        return .object(result)
    }

    static func copyWithin(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let object = try realm.toObject(this)
        let length = try realm.lengthOf(object)
        let target = try realm.relativeIndex(arguments[0], length: length, default: 0)
        let start = try realm.relativeIndex(arguments[1], length: length, default: 0)
        let end = try realm.relativeIndex(arguments[2], length: length, default: length)
        let count = min(end - start, length - target)
        guard count > 0 else { return .object(object) }
        try move(realm, object, from: start, to: target, count: count)
        return .object(object)
    }

    /// Moves `count` elements from `from` to `to` one by one (in the direction that does not
    /// overwrite elements before they are read), deleting the target where the source is a hole.
    static func move(_ realm: Realm, _ object: JSObject, from: Int, to: Int, count: Int) throws {
        guard count > 0, from != to else { return }
        let backwards = from < to && to < from + count
        for step in 0..<count {
            let offset = backwards ? count - 1 - step : step
            if let value = try realm.existingIndex(object, from + offset) {
                try realm.setIndex(object, to + offset, value)
            } else {
                try realm.countIteration(step)
                try realm.deleteIndex(object, to + offset)
            }
        }
    }

    /// A dense array without holes whose elements and length can change freely and whose
    /// prototypes have no elements: moving its elements directly is what the generic
    /// algorithm would do, without anything observing it.
    static func isPlainDense(_ realm: Realm, _ object: JSObject) -> Bool {
        object.isPackedArray && object.storage.elementFlags == .data && realm.canAppendQuickly(object)
    }
}
