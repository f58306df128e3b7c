import SlingrDiagnostics

/// The compile-time mirror of a runtime `RuntimeScope`: which names live in which slot.
///
/// Blocks that declare nothing are not materialised (no runtime scope object), so name
/// resolution counts only materialised scopes when computing hops.
final class CompilerScope {
    enum Kind {
        case program
        case function(isArrow: Bool)
        case block
        /// The top scope of code run by `eval`: a var scope in strict mode; in sloppy mode it
        /// holds only the eval code's lexical declarations (its `var`s go to the caller's).
        case evalCode
    }

    let kind: Kind
    let parent: CompilerScope?
    let isMaterialized: Bool
    let isStrict: Bool
    // A compilation runs on one thread and never holds an access to these across a call that
    // could touch them again, so the runtime exclusivity checks (a call each time a name is
    // looked up) are skipped.
    @exclusivity(unchecked) private(set) var bindings: [String: BindingInfo] = [:]
    @exclusivity(unchecked) private(set) var template: [Value] = []
    // Function scopes only.
    var thisSlot: Int?
    var argumentsSlot: Int?
    var newTargetSlot: Int?
    /// A function scope whose body calls `eval` directly in sloppy mode: the eval may declare
    /// variables in it at run time, so names resolved past it are looked for there first.
    var hasSloppyDirectEval = false
    /// The scope of a `catch (e)` clause's simple parameter (a sloppy `eval` may redeclare it).
    var isCatchScope = false

    init(kind: Kind, parent: CompilerScope?, isMaterialized: Bool, isStrict: Bool) {
        self.kind = kind
        self.parent = parent
        self.isMaterialized = isMaterialized
        self.isStrict = isStrict
    }

    var isFunctionBoundary: Bool {
        if case .function = kind { return true }
        return false
    }

    /// A function scope that binds its own `this` (not an arrow).
    var bindsThis: Bool {
        if case .function(let isArrow) = kind { return !isArrow }
        return false
    }

    /// (An empty table is not asked: a dictionary lookup hashes the name even then.)
    func lookup(_ name: String) -> BindingInfo? { bindings.isEmpty ? nil : bindings[name] }

    /// Declares a name; an existing binding is reused (`var x; var x;`, a parameter redeclared).
    @discardableResult
    func declare(_ name: String, kind: SlotBindingKind) -> BindingInfo {
        if let existing = bindings[name] { return existing }
        let info = BindingInfo(slot: addSlot(kind == .variable ? .undefined : .object(TemporalDeadZone.marker)), kind: kind)
        bindings[name] = info
        return info
    }

    /// Binds a name to an existing slot (a later duplicate parameter name wins, as in sloppy mode).
    func rebind(_ name: String, slot: Int) {
        bindings[name] = BindingInfo(slot: slot, kind: .variable)
    }

    func addSlot(_ initial: Value = .undefined) -> Int {
        template.append(initial)
        return template.count - 1
    }

    var hasBindings: Bool { !bindings.isEmpty }

    /// Whether any slot was added (for `this` or `arguments` as well as for bindings).
    var hasSlots: Bool { !template.isEmpty || thisSlot != nil || argumentsSlot != nil || newTargetSlot != nil }

    /// Marks every binding captured (a direct `eval` may close over any of them).
    func captureAll() {
        for binding in bindings.values { binding.isCaptured = true }
    }
}
