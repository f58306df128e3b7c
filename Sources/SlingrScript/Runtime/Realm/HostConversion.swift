/// Script values to host data, bounded: at most `Limits.maxNestingDepth` levels, and at most
/// `Limits.maxOutputLength` characters when printed as JSON (estimated while converting).
///
/// An object reached twice (a DAG: `o = {a: x, b: x}`) is converted once and its data shared,
/// so converting takes time linear in the distinct objects; its printed size still counts each
/// time, so a DAG that would print as gigabytes (`o = {a: o, b: o}` thirty levels deep) ends
/// with the output limit at once instead of being expanded. Functions become `undefined` (and
/// are left out of objects), accessors are not run, cycles end in `undefined`, dates become ISO
/// strings.
struct HostConversion {
    private let realm: Realm
    private var visiting = Set<ObjectIdentifier>()
    private var depth = 0
    /// Converted objects and their printed size.
    private var done: [ObjectIdentifier: (value: HostValue, size: Int)] = [:]
    private(set) var size = 0

    init(realm: Realm) { self.realm = realm }

    mutating func convert(_ value: Value) throws -> HostValue {
        let (result, size) = try converted(value)
        self.size = size
        return result
    }

    /// The host value and its printed size (characters, roughly as `JSON.stringify` prints).
    private mutating func converted(_ value: Value) throws -> (HostValue, Int) {
        switch value {
        case .undefined: return (.undefined, 9)
        case .null: return (.null, 4)
        case .bool(let flag): return (.bool(flag), 5)
        case .number(let number): return (.number(number), 8)
        case .string(let string): return (.string(string.string), string.count + 2)
        case .object(let object):
            let identity = ObjectIdentifier(object)
            if let known = done[identity] { return known }
            if visiting.contains(identity) { return (.undefined, 9) }
            if depth >= realm.limits.maxNestingDepth {
                throw LimitExceeded(
                    kind: .nesting,
                    message: "result nested too deeply (more than \(LogBudget.grouped(realm.limits.maxNestingDepth)) levels)")
            }
            try realm.checkStack()
            visiting.insert(identity)
            depth += 1
            defer {
                visiting.remove(identity)
                depth -= 1
            }
            let result = try convertObject(object)
            done[identity] = result
            return result
        }
    }

    private mutating func convertObject(_ object: JSObject) throws -> (HostValue, Int) {
        switch object.kind {
        case .function, .accessor: return (.undefined, 9)
        case .primitive(let primitive): return try converted(primitive)
        case .date(let time):
            return time.isFinite ? (.string(DateBuiltins.format(time, style: .iso)), 26) : (.null, 4)
        case .array where !object.storage.isSparse:
            var items: [HostValue] = []
            items.reserveCapacity(object.elements.count)
            var size = 2
            for element in object.elements {
                // Holes become `undefined`.
                let (item, itemSize) = ArrayHole.isHole(element) ? (.undefined, 9) : try converted(element)
                items.append(item)
                size = try grow(size, by: itemSize + 2)
            }
            return (.array(items), size)
        case .array, .arguments:
            // Sparse arrays and `arguments`: each index read as an own property, no getter run.
            let count = object.isArray ? min(object.arrayLength, realm.limits.maxArrayLength) : object.elements.count
            var items: [HostValue] = []
            var size = 2
            for index in 0..<count {
                var item: (HostValue, Int) = (.undefined, 9)
                if let property = realm.ownProperty(object, Names.indexKey(index)), !property.flags.contains(.accessor) {
                    item = try converted(property.value)
                }
                items.append(item.0)
                size = try grow(size, by: item.1 + 2)
            }
            return (.array(items), size)
        default:
            var members: [(key: String, value: HostValue)] = []
            var size = 2
            for key in object.ownKeys() {
                guard let slot = object.ownSlot(key), !object.properties.flags(at: slot).contains(.accessor) else { continue }
                let member = object.properties.value(at: slot)
                if member.isCallable { continue }
                let (item, itemSize) = try converted(member)
                members.append((key.string, item))
                size = try grow(size, by: key.count + itemSize + 5)
            }
            return (.object(members), size)
        }
    }

    private func grow(_ size: Int, by extra: Int) throws -> Int {
        let total = size + extra
        if total > realm.limits.maxOutputLength {
            throw LimitExceeded(
                kind: .output,
                message: "result too large (more than \(LogBudget.grouped(realm.limits.maxOutputLength)) characters as JSON)")
        }
        return total
    }
}
