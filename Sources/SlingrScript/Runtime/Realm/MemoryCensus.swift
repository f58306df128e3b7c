/// Adds up the bytes the realm's live data holds: every registered object with its property
/// and element storage, the strings and closure scopes it reaches, compiled regular
/// expressions. What `Realm.measureHeldMemory` answers, so that memory freed by reference
/// counting is no longer charged to the evaluation.
///
/// Sizes are estimates of what the allocator hands out (headers and rounding included).
/// Storage shared by several holders is counted once: strings and element buffers of
/// `sharedThreshold` units or more exactly (by address), shorter strings through a small cache
/// of recently seen buffers (an array filled with one short string counts it once).
struct MemoryCensus {
    /// A `JSObject` with its allocation header and its registry slot.
    static let objectBytes = 160
    /// One array element or scope slot (`Value`'s stride).
    static let valueBytes = MemoryLayout<Value>.stride
    /// One own property (key, value, flags), plus its share of the hash index.
    static let propertyBytes = 64
    /// A string's (or array's) storage header and allocation rounding.
    static let storageHeaderBytes = 32
    /// A compiled regular expression per code unit of its source, plus a fixed part.
    static let regExpBytesPerUnit = 64
    static let regExpBaseBytes = 512
    /// A closure's scope object, beyond its slots.
    static let scopeBytes = 64
    /// Compiled code (syntax tree and nodes) per byte of its source: code made at run time
    /// (`eval`, `Function`) stays alive as long as a function made from it.
    static let codeBytesPerUnit = 32

    static let sharedThreshold = 256

    private(set) var total = 0
    private var seenBuffers = Set<UnsafeRawPointer>()
    private var seenObjects = Set<ObjectIdentifier>()
    private var recent = [UnsafeRawPointer?](repeating: nil, count: 64)

    /// Bytes of a new string of `length` code units.
    @inline(__always)
    static func stringBytes(_ length: Int) -> Int { storageHeaderBytes &+ length &* 2 }

    mutating func add(_ object: JSObject) {
        total &+= Self.objectBytes &+ object.properties.count &* Self.propertyBytes
        for position in 0..<object.properties.count { add(object.properties.value(at: position)) }
        let elements = object.elements
        if elements.capacity > 0 {
            if countOnce(elements, count: elements.count) {
                total &+= Self.storageHeaderBytes &+ elements.capacity &* Self.valueBytes
                for element in elements { add(element) }
            }
        }
        switch object.kind {
        case .function(.script(let closure)):
            add(closure.scope)
            if seenObjects.insert(ObjectIdentifier(closure.code)).inserted {
                total &+= closure.code.range.length &* Self.codeBytesPerUnit
            }
        case .function(.bound(let bound)):
            add(bound.boundThis)
            for argument in bound.boundArguments { add(argument) }
        case .regexp(let data):
            if seenObjects.insert(ObjectIdentifier(data.program)).inserted {
                total &+= Self.regExpBaseBytes &+ data.program.source.count &* Self.regExpBytesPerUnit
            }
        case .primitive(let value): add(value)
        default: break
        }
    }

    /// A scope chain a closure keeps alive (each scope once).
    mutating func add(_ scope: RuntimeScope) {
        var current: RuntimeScope? = scope
        while let next = current, seenObjects.insert(ObjectIdentifier(next)).inserted {
            total &+= Self.scopeBytes &+ next.slots.capacity &* Self.valueBytes
            for slot in next.slots { add(slot) }
            current = next.parent
        }
    }

    /// A value's own storage: strings (objects are counted as registered objects).
    @inline(__always)
    mutating func add(_ value: Value) {
        guard case .string(let string) = value, !string.isEmpty else { return }
        if countOnce(string.units, count: string.count) { total &+= Self.stringBytes(string.units.capacity) }
    }

    /// Whether the buffer of `storage` has not been counted yet (and remembers it).
    private mutating func countOnce<Element>(_ storage: [Element], count: Int) -> Bool {
        guard let address = storage.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return false }
        if count >= Self.sharedThreshold { return seenBuffers.insert(address).inserted }
        let slot = Int(truncatingIfNeeded: (UInt(bitPattern: address) >> 4) & UInt(recent.count - 1))
        if recent[slot] == address { return false }
        recent[slot] = address
        return true
    }
}
