/// What a method call site (`utils.isPlaceholder(x)`, `Math.max(a, b)`) remembers about the
/// built-in it called last, when the built-in was an own data property of the call's object:
/// calling it again through the same object then costs no reference counting for the object,
/// the function or its kind.
///
/// The object, the function and the built-in are held strongly, so an identity check cannot
/// match a new object allocated where a freed one was, and whatever a call through the cache
/// relies on stays alive while it runs: the cache is not replaced while such calls are running
/// (a recursive call may reach the same site).
struct NativeCallCache {
    private var object: JSObject?
    private var function: JSObject?
    private var builtin: BuiltinSpec?

    /// The cached object's address; nil when the site's object is not found by `peekObject`.
    var objectIdentity: UnsafeMutableRawPointer? { object.map { Unmanaged.passUnretained($0).toOpaque() } }
    /// The cached function's address; nil while nothing is cached.
    var functionIdentity: UnsafeMutableRawPointer? { function.map { Unmanaged.passUnretained($0).toOpaque() } }
    var builtinReference: Unmanaged<BuiltinSpec>? { builtin.map { Unmanaged.passUnretained($0) } }
    /// Calls through the cache in progress.
    var callsRunning = 0
    /// Calls that did not go through the cache. The cache is filled from the second one on, so
    /// that code run once (a one-shot configuration expression) does not pay for filling it.
    private var uncachedCalls = 0

    /// Whether a call that did not go through the cache should fill it (see `remember`).
    mutating func wantsFilling() -> Bool {
        uncachedCalls &+= 1
        return uncachedCalls > 1 && callsRunning == 0
    }

    /// Caches `function` (implemented by `builtin`), found on `object`; a no-op while calls
    /// through the cache are running.
    mutating func remember(object: JSObject?, function: JSObject, builtin: BuiltinSpec) {
        guard callsRunning == 0 else { return }
        self.object = object
        self.function = function
        self.builtin = builtin
    }

    /// Whether `function`, found on the object at address `object` (nil: an object not
    /// cached), is what is cached.
    func holds(_ function: JSObject, object: UnsafeMutableRawPointer?) -> Bool {
        Unmanaged.passUnretained(function).toOpaque() == functionIdentity && object == objectIdentity
    }
}
