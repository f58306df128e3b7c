/// `JSON.stringify`, following the specification step by step so the output (key order,
/// `toJSON`, replacers, indentation, escaping of lone surrogates) matches V8 byte for byte.
///
/// With `printing` set it prints a result for people instead (`slingr-pkg eval`): an object
/// met again is not expanded but shown as `[Circular]` (one that contains itself) or
/// `[Shared]` (one printed before), so a cycle or a DAG prints in time linear in its objects,
/// and output longer than `Limits.maxOutputLength` or nesting deeper than
/// `Limits.maxNestingDepth` ends with a limit error.
struct JSONSerializer {
    /// Objects printed so far, for `[Shared]`; nil for `JSON.stringify`.
    var printing: Set<ObjectIdentifier>?
    private let realm: Realm
    private let replacerFunction: Value?
    private let propertyList: [JSString]?
    private let gap: [UInt16]
    private var indent: [UInt16] = []
    private var stack: [(object: JSObject, key: JSString)] = []
    /// The objects in `stack`, for finding a cycle without walking it.
    private var onStack = Set<ObjectIdentifier>()
    private var output: [UInt16] = []

    init(realm: Realm, replacer: Value, space: Value) throws {
        self.realm = realm
        var function: Value?
        var list: [JSString]?
        if case .object(let object) = replacer {
            if object.isCallable {
                function = replacer
            } else if object.isArray {
                var keys: [JSString] = []
                for item in try realm.listFromArrayLike(object) {
                    var key: JSString?
                    switch item {
                    case .string(let string): key = string
                    case .number(let number): key = NumberFormatting.jsString(number)
                    case .object(let wrapper):
                        if case .primitive(let primitive) = wrapper.kind, case .bool = primitive {} else if case .primitive = wrapper.kind {
                            key = try realm.toString(item)
                        }
                    default: break
                    }
                    if let key, !keys.contains(key) { keys.append(key) }
                }
                list = keys
            }
        }
        replacerFunction = function
        propertyList = list
        var spaceValue = space
        if case .object(let object) = space, case .primitive(let primitive) = object.kind {
            if case .number = primitive { spaceValue = .number(try realm.toNumber(space)) }
            if case .string = primitive { spaceValue = .string(try realm.toString(space)) }
        }
        switch spaceValue {
        case .number(let number):
            let count = Int(max(0, min(10, number.isNaN ? 0 : number.rounded(.towardZero))))
            gap = Array(repeating: 0x20, count: count)
        case .string(let string):
            gap = Array(string.units.prefix(10))
        default:
            gap = []
        }
    }

    /// Serializes `value`; nil when the result is `undefined` (functions, `undefined`).
    mutating func serialize(_ value: Value) throws -> JSString? {
        var holder: JSObject?
        if replacerFunction != nil {
            let wrapper = realm.newObject()
            wrapper.defineOwn(.empty, value)
            holder = wrapper
        }
        guard try serializeProperty(key: .empty, value: value, holder: holder) else { return nil }
        return printing != nil ? JSString(units: output) : try realm.makeString(output)
    }

    /// Appends the serialization of one property value; false when it is `undefined`.
    private mutating func serializeProperty(key: JSString, value initial: Value, holder: JSObject?) throws -> Bool {
        var value = initial
        if case .object(let object) = value {
            let toJSON = try realm.get(object: object, Names.toJSON, receiver: value)
            if toJSON.isCallable { value = try realm.call(toJSON, this: value, arguments: [.string(key)]) }
        }
        if let replacerFunction {
            let this: Value = holder.map { .object($0) } ?? .undefined
            value = try realm.call(replacerFunction, this: this, arguments: [.string(key), value])
        }
        if case .object(let object) = value, case .primitive(let primitive) = object.kind {
            switch primitive {
            case .number: value = .number(try realm.toNumber(value))
            case .string: value = .string(try realm.toString(value))
            case .bool: value = primitive
            default: break
            }
        }
        switch value {
        case .null: output.append(contentsOf: Names.null.units)
        case .bool(let flag): output.append(contentsOf: (flag ? Names.true : Names.false).units)
        case .string(let string): JSONQuoting.append(string, to: &output)
        case .number(let number):
            output.append(contentsOf: number.isFinite ? NumberFormatting.jsString(number).units : Names.null.units)
        case .undefined: return false
        case .object(let object):
            if object.isCallable { return false }
            if printing != nil, let marker = try printedMarker(object) {
                output.append(contentsOf: marker.utf16)
                return true
            }
            try enter(object, key: key)
            defer { onStack.remove(ObjectIdentifier(stack.removeLast().object)) }
            if object.isArray { try serializeArray(object) } else { try serializeObject(object) }
        }
        if output.count > (printing != nil ? realm.limits.maxOutputLength : realm.limits.maxStringLength) { try checkLength() }
        return true
    }

    private func checkLength() throws {
        if printing != nil {
            if output.count > realm.limits.maxOutputLength {
                throw LimitExceeded(
                    kind: .output,
                    message: "result too large to print (more than \(LogBudget.grouped(realm.limits.maxOutputLength)) characters)")
            }
        } else {
            try realm.checkString(length: output.count)
        }
    }

    /// When printing: the marker for an object met before, nil (and remembered) otherwise.
    private mutating func printedMarker(_ object: JSObject) throws -> String? {
        if onStack.contains(ObjectIdentifier(object)) { return "[Circular]" }
        if printing?.insert(ObjectIdentifier(object)).inserted == false { return "[Shared]" }
        if stack.count >= realm.limits.maxNestingDepth {
            throw LimitExceeded(
                kind: .nesting,
                message: "result nested too deeply to print (more than \(LogBudget.grouped(realm.limits.maxNestingDepth)) levels)")
        }
        return nil
    }

    private mutating func enter(_ object: JSObject, key: JSString) throws {
        if onStack.contains(ObjectIdentifier(object)), let start = stack.firstIndex(where: { $0.object === object }) {
            throw realm.typeError(circularMessage(from: start, closingKey: key))
        }
        try realm.checkStack()
        if stack.count >= 10_000 { throw realm.rangeError("Maximum call stack size exceeded") }
        stack.append((object, key))
        onStack.insert(ObjectIdentifier(object))
    }

    private mutating func serializeObject(_ object: JSObject) throws {
        let stepback = indent
        indent += gap
        defer { indent = stepback }
        let keys = propertyList ?? ObjectBuiltins.enumerableOwnKeys(realm, object)
        try realm.charge(keys.count)
        output.append(0x7B)
        var first = true
        for key in keys {
            let value = try realm.get(object: object, key, receiver: .object(object))
            let mark = output.count
            if !first { output.append(0x2C) }
            if !gap.isEmpty {
                output.append(0x0A)
                output.append(contentsOf: indent)
            }
            JSONQuoting.append(key, to: &output)
            output.append(0x3A)
            if !gap.isEmpty { output.append(0x20) }
            if try serializeProperty(key: key, value: value, holder: object) {
                first = false
            } else {
                output.removeSubrange(mark...)
            }
        }
        if !first && !gap.isEmpty {
            output.append(0x0A)
            output.append(contentsOf: stepback)
        }
        output.append(0x7D)
    }

    private mutating func serializeArray(_ array: JSObject) throws {
        let stepback = indent
        indent += gap
        defer { indent = stepback }
        let count = try realm.lengthOf(array)
        try realm.charge(count)
        output.append(0x5B)
        var index = 0
        while index < count {
            if index > 0 { output.append(0x2C) }
            if !gap.isEmpty {
                output.append(0x0A)
                output.append(contentsOf: indent)
            }
            if !(try serializeProperty(key: Names.indexKey(index), value: try realm.getIndex(array, index), holder: array)) {
                output.append(contentsOf: Names.null.units)
            }
            index += 1
        }
        if count > 0 && !gap.isEmpty {
            output.append(0x0A)
            output.append(contentsOf: stepback)
        }
        output.append(0x5D)
    }

    /// V8's multi-line description of a cycle.
    private func circularMessage(from start: Int, closingKey: JSString) -> String {
        var lines = ["Converting circular structure to JSON"]
        lines.append("    --> starting at object with constructor '\(constructorName(stack[start].object))'")
        var index = start + 1
        while index < stack.count {
            lines.append("    |     \(describe(stack[index].key, in: stack[index - 1].object)) -> object with constructor '\(constructorName(stack[index].object))'")
            index += 1
        }
        lines.append("    --- \(describe(closingKey, in: stack[stack.count - 1].object)) closes the circle")
        return lines.joined(separator: "\n")
    }

    private func describe(_ key: JSString, in holder: JSObject) -> String {
        holder.isArray ? "index \(key.string)" : "property '\(key.string)'"
    }

    private func constructorName(_ object: JSObject) -> String {
        guard let (owner, slot) = object.findProperty(Names.constructor),
              case .object(let constructor) = owner.properties.value(at: slot),
              let nameSlot = constructor.ownSlot(Names.name),
              case .string(let name) = constructor.properties.value(at: nameSlot)
        else { return "Object" }
        return name.string
    }
}
