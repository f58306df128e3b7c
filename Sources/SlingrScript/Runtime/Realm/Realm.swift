import SlingrDiagnostics

/// Everything one interpreter owns: the built-in objects, the global scope, the execution
/// counters of the evaluation in progress and the host services.
///
/// There is no garbage collector: objects are reference counted, and the realm keeps a registry
/// of the objects it created so that reference cycles (closures capturing their own scope,
/// `a.self = a`) are broken when the realm goes away. The registry is compacted from time to
/// time by dropping objects nobody else references.
final class Realm {
    let limits: Limits
    let objectPrototype: JSObject
    let functionPrototype: JSObject
    let arrayPrototype: JSObject
    let stringPrototype: JSObject
    let numberPrototype: JSObject
    let booleanPrototype: JSObject
    let regexpPrototype: JSObject
    let datePrototype: JSObject
    let iteratorPrototype: JSObject
    let arrayIteratorPrototype: JSObject
    private(set) var errorPrototypes: [JSObject] = []
    /// The `Object` constructor (its `construct` tells `new Object` from subclasses).
    var intrinsicObjectConstructor: JSObject?
    /// %ThrowTypeError%: the getter and setter of strict `arguments.callee` and of
    /// `Function.prototype.caller`/`arguments`.
    private(set) lazy var throwTypeError: JSObject = {
        let function = makeNativeFunction(Realm.throwTypeErrorSpec)
        function.properties.setFlags([], at: 0)
        function.properties.setFlags([], at: 1)
        function.extensible = false
        return function
    }()
    let globalObject: JSObject
    @exclusivity(unchecked) var globalLexicals: [JSString: GlobalBinding] = [:] {
        didSet { hasGlobalLexicals = !globalLexicals.isEmpty }
    }
    /// Whether any top-level `let`/`const` exists (global lookups skip the dictionary if not).
    @exclusivity(unchecked) private(set) var hasGlobalLexicals = false

    // Execution state of the current evaluation.
    /// Steps left before the next budget checkpoint (`checkpoint()`); the rest of the step
    /// budget waits in `stepsBanked`, so the hot path is one decrement and one sign test.
    @exclusivity(unchecked) var stepsRemaining: Int
    @exclusivity(unchecked) var stepsBanked = 0
    /// Estimated bytes the realm's data holds: the last measurement plus the charges since
    /// (see `Realm+Memory.swift`).
    @exclusivity(unchecked) var memoryHeld = 0
    /// When `memoryHeld` passes this, what is really held is measured.
    @exclusivity(unchecked) var memoryCheckpoint: Int
    /// A charge that could not throw passed the checkpoint: measure at the next step.
    @exclusivity(unchecked) var memoryCheckDue = false
    @exclusivity(unchecked) var callDepth = 0
    @exclusivity(unchecked) var stackLimit: UInt = 0
    @exclusivity(unchecked) private var stackBounds: StackGuard.Bounds?
    /// The value of the last expression statement executed (what a statement list yields).
    @exclusivity(unchecked) var completionValue: Value = .undefined
    /// Objects being converted by `join`/`JSON.stringify`, to detect cycles.
    @exclusivity(unchecked) var conversionStack: [ObjectIdentifier] = []

    // Host services.
    @exclusivity(unchecked) var logs: [LogEntry] = []
    /// What `logs` may still take (see `LogBudget`).
    @exclusivity(unchecked) var logBudget: LogBudget
    @exclusivity(unchecked) var random: SplitMix64
    var currentUserId: String?
    var appURL: String?
    /// The time `Date.now()` and `new Date()` answer (ms since the epoch): fixed, never the clock.
    var fixedNow: Double

    @exclusivity(unchecked) private var registry: [JSObject] = []
    @exclusivity(unchecked) private var compactionThreshold = 4096

    init(limits: Limits, randomSeed: UInt64 = 0x5EED, now: Double = 0) {
        self.limits = limits
        self.stepsRemaining = limits.maxSteps
        self.memoryCheckpoint = Realm.firstMemoryCheckpoint(limits)
        self.logBudget = LogBudget(limits: limits)
        self.random = SplitMix64(seed: randomSeed)
        self.fixedNow = now
        let objectPrototype = JSObject(prototype: nil)
        self.objectPrototype = objectPrototype
        functionPrototype = JSObject(prototype: objectPrototype, kind: .function(.native(Realm.emptyFunctionSpec)))
        arrayPrototype = JSObject(prototype: objectPrototype, kind: .array)
        stringPrototype = JSObject(prototype: objectPrototype, kind: .primitive(.emptyString))
        numberPrototype = JSObject(prototype: objectPrototype, kind: .primitive(.zero))
        booleanPrototype = JSObject(prototype: objectPrototype, kind: .primitive(.false))
        regexpPrototype = JSObject(prototype: objectPrototype)
        datePrototype = JSObject(prototype: objectPrototype)
        iteratorPrototype = JSObject(prototype: objectPrototype)
        arrayIteratorPrototype = JSObject(prototype: iteratorPrototype)
        globalObject = JSObject(prototype: objectPrototype)
        for object in [
            objectPrototype, functionPrototype, arrayPrototype, stringPrototype, numberPrototype,
            booleanPrototype, regexpPrototype, datePrototype, iteratorPrototype, arrayIteratorPrototype, globalObject,
        ] {
            registry.append(object)
        }
        Intrinsics.install(in: self)
    }

    deinit {
        // Break every cycle among the objects this realm created.
        for object in registry {
            object.properties.removeAll()
            object.elements = []
            object.prototype = nil
            object.kind = .ordinary
            object.lazyBuiltins = nil
        }
    }

    private static let emptyFunctionSpec = BuiltinSpec("", 0) { _, _, _ in .undefined }

    private static let throwTypeErrorSpec = BuiltinSpec("", 0) { realm, _, _ in
        throw realm.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
    }

    func setErrorPrototypes(_ prototypes: [JSObject]) { errorPrototypes = prototypes }

    func errorPrototype(_ type: ErrorType) -> JSObject { errorPrototypes[type.rawValue] }

    // MARK: Allocation

    @inline(__always)
    func register(_ object: JSObject) -> JSObject {
        registry.append(object)
        if registry.count >= compactionThreshold { compactRegistry() }
        chargeMemory(MemoryCensus.objectBytes)
        return object
    }

    /// The objects the realm created that may still be alive (see `measureHeldMemory`).
    var registeredObjects: [JSObject] { registry }

    func compactRegistry() {
        var kept: [JSObject] = []
        kept.reserveCapacity(registry.count)
        for index in registry.indices where !isKnownUniquelyReferenced(&registry[index]) {
            kept.append(registry[index])
        }
        registry = kept
        compactionThreshold = max(4096, kept.count * 2)
    }

    /// Keeps the registered objects `isLive` accepts and empties the others (breaking their
    /// cycles); see `collectCycles`.
    func sweep(_ isLive: (JSObject) -> Bool) {
        var kept: [JSObject] = []
        var dead: [JSObject] = []
        for object in registry {
            if isLive(object) { kept.append(object) } else { dead.append(object) }
        }
        registry = kept
        for object in dead {
            object.properties.removeAll()
            object.elements = []
            object.prototype = nil
            object.kind = .ordinary
            object.lazyBuiltins = nil
        }
        compactionThreshold = max(4096, kept.count * 2)
    }

    var registeredObjectCount: Int { registry.count }

    func newObject(capacity: Int = 0) -> JSObject {
        register(JSObject(prototype: objectPrototype, properties: PropertyMap(capacity: capacity)))
    }

    func newObject(prototype: JSObject?) -> JSObject {
        register(JSObject(prototype: prototype))
    }

    func newArray(_ elements: [Value] = []) -> JSObject {
        let array = JSObject(prototype: arrayPrototype, kind: .array)
        if !elements.isEmpty { chargeMemory(elements.count &* MemoryCensus.valueBytes) }
        array.elements = elements
        return register(array)
    }

    func makeNativeFunction(_ spec: BuiltinSpec) -> JSObject {
        var properties = PropertyMap(capacity: 2)
        properties.append(Names.length, .number(Double(spec.length)), flags: .configurable)
        properties.append(Names.name, .string(spec.name), flags: .configurable)
        return register(JSObject(prototype: functionPrototype, kind: .function(.native(spec)), properties: properties))
    }

    /// An object whose methods are created on first use.
    func newNamespace(_ group: BuiltinGroup, prototype: JSObject? = nil) -> JSObject {
        let object = register(JSObject(prototype: prototype ?? objectPrototype))
        object.lazyBuiltins = BuiltinTable(group, realm: self)
        return object
    }

    func attachBuiltins(_ group: BuiltinGroup, to object: JSObject) {
        object.lazyBuiltins = BuiltinTable(group, realm: self)
    }

    // MARK: Errors

    func makeError(_ type: ErrorType, _ message: String) -> JSObject {
        let error = register(JSObject(prototype: errorPrototype(type), kind: .error))
        let text = JSString(message)
        let stack = message.isEmpty ? type.name : type.name + JSString(": ") + text
        error.properties.append(Names.stack, .string(stack + JSString("\n    at <anonymous>")), flags: .hidden)
        error.properties.append(Names.message, .string(text), flags: .hidden)
        return error
    }

    /// A JavaScript exception carrying a new error object (`throw realm.error(.typeError, ...)`).
    func error(_ type: ErrorType, _ message: String, at range: SourceRange? = nil) -> JSException {
        JSException(value: .object(makeError(type, message)), range: range)
    }

    func typeError(_ message: String) -> JSException { error(.typeError, message) }

    func rangeError(_ message: String) -> JSException { error(.rangeError, message) }

    /// Attaches `range` to an error that has no location yet.
    func locate(_ error: any Error, _ range: SourceRange) -> any Error {
        if var exception = error as? JSException {
            if exception.range == nil { exception.range = range }
            if exception.frameRange == nil { exception.frameRange = range }
            return exception
        }
        if var limit = error as? LimitExceeded {
            if limit.range == nil { limit.range = range }
            if limit.frameRange == nil { limit.frameRange = range }
            return limit
        }
        return error
    }

    // MARK: Limits

    /// Steps handed out between two checkpoints: the deadline is read, and a pending memory
    /// measurement made, at most this many steps apart.
    static let stepChunk = 16_384

    /// Charges one step of the budget.
    @inline(__always)
    func step() throws {
        stepsRemaining &-= 1
        if stepsRemaining < 0 { try checkpoint() }
    }

    /// Charges `count` steps (regular-expression backtracking, bulk built-ins).
    @inline(__always)
    func step(_ count: Int) throws {
        stepsRemaining &-= count
        if stepsRemaining < 0 { try checkpoint() }
    }

    /// The slow path of `step`: ends the evaluation when the step budget is spent, the
    /// deadline has passed or a pending memory measurement finds the budget exceeded;
    /// otherwise hands out the next chunk of steps.
    @inline(never)
    func checkpoint() throws {
        let left = stepsBanked &+ stepsRemaining
        if left < 0 { throw stepLimit() }
        if let deadline = limits.deadline, MonotonicClock.now() >= deadline.instant {
            stepsBanked = 0
            stepsRemaining = -1
            throw timeLimit(deadline)
        }
        if memoryCheckDue { try measureMemory(pending: 0) }
        let chunk = min(left, Realm.stepChunk)
        stepsRemaining = chunk
        stepsBanked = left &- chunk
    }

    /// Makes the next `step()` run `checkpoint()` (for a limit noticed where nothing can throw).
    func requestCheckpoint() {
        stepsBanked &+= stepsRemaining
        stepsRemaining = 0
    }

    /// The step budget is spent: later steps keep failing until the next evaluation.
    @inline(never)
    func stepLimit() -> LimitExceeded {
        stepsBanked = 0
        stepsRemaining = -1
        return LimitExceeded(kind: .steps, message: "step budget of \(limits.maxSteps) steps exceeded")
    }

    func timeLimit(_ deadline: Deadline) -> LimitExceeded {
        LimitExceeded(kind: .time, message: "time limit of \(deadline.durationText) exceeded")
    }

    func checkString(length: Int) throws {
        if length > limits.maxStringLength {
            throw LimitExceeded(
                kind: .stringLength,
                message: "Invalid string length (\(length) exceeds the limit of \(limits.maxStringLength) code units)")
        }
    }

    func checkArray(length: Int) throws {
        if length > limits.maxArrayLength {
            throw LimitExceeded(
                kind: .arrayLength,
                message: "Invalid array length (\(length) exceeds the limit of \(limits.maxArrayLength) elements)")
        }
    }

    /// Resets the per-evaluation counters and measures the native stack of the calling thread.
    func beginEvaluation() {
        let chunk = min(limits.maxSteps, Realm.stepChunk)
        stepsRemaining = chunk
        stepsBanked = limits.maxSteps &- chunk
        callDepth = 0
        if !conversionStack.isEmpty { conversionStack.removeAll(keepingCapacity: true) }
        stackLimit = StackGuard.limit(cache: &stackBounds)
        if memoryCheckDue || limits.deadline != nil { requestCheckpoint() }
    }

    /// Measures the native stack of the calling thread again (for work outside an evaluation).
    func refreshStackLimit() {
        stackLimit = StackGuard.limit(cache: &stackBounds)
    }

    /// Throws a RangeError-like limit error before the native stack could overflow.
    @inline(__always)
    func checkStack() throws {
        if StackGuard.currentAddress() < stackLimit { throw callDepthLimit() }
    }

    @inline(never)
    func callDepthLimit() -> LimitExceeded {
        LimitExceeded(kind: .callDepth, message: "Maximum call stack size exceeded")
    }

    // MARK: Host services

    /// Deterministic `Math.random`, seeded by the host.
    func nextRandom() -> Double {
        Double(random.next() >> 11) / Double(UInt64(1) << 53)
    }
}
