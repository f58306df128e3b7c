/// Evaluations that cannot see each other's changes (`ScriptInterpreter.isolateEvaluations`):
/// the built-ins, the globals and every object reachable from them are remembered once
/// (`ObjectSnapshot`), and before each evaluation whatever an earlier one changed is put back,
/// so `String.prototype.includes = ...`, `Object.prototype.x = 1` or `utils.isPlaceholder =
/// ...` in one form expression is gone for the next. Checking costs a few comparisons per
/// remembered property (a few microseconds for a whole realm); only changed objects are
/// rewritten. Objects an evaluation created stay alive only as long as something outside the
/// remembered state holds them; when they hold a quarter of the memory budget, those left in
/// reference cycles are emptied (the host converts results to data before the next
/// evaluation).
struct ProtectedState {
    var snapshots: [ObjectSnapshot]
    var lexicals: [(name: JSString, binding: GlobalBinding, value: Value, isInitialized: Bool)]
    var lexicalNames: Set<JSString>
    /// Whether an evaluation ran since the state was last checked.
    var mayHaveChanged = false
    /// Whether the host changed globals since the state was remembered.
    var needsRefresh = false
}

extension Realm {
    /// Remembers the current built-ins, globals and what they reach as the state every later
    /// evaluation starts from. Lazily created built-ins are created first, so that creating
    /// one later is not mistaken for a change.
    func protectState() {
        var seen = Set<ObjectIdentifier>()
        var pending: [JSObject] = [
            globalObject, objectPrototype, functionPrototype, arrayPrototype, stringPrototype, numberPrototype,
            booleanPrototype, regexpPrototype, datePrototype, iteratorPrototype, arrayIteratorPrototype,
        ]
        pending.append(contentsOf: errorPrototypes)
        for binding in globalLexicals.values { if case .object(let object) = binding.value { pending.append(object) } }
        var snapshots: [ObjectSnapshot] = []
        while let object = pending.popLast() {
            guard seen.insert(ObjectIdentifier(object)).inserted else { continue }
            object.materializeAll()
            snapshots.append(ObjectSnapshot(object))
            func visit(_ value: Value) { if case .object(let next) = value { pending.append(next) } }
            if let prototype = object.prototype { pending.append(prototype) }
            for position in 0..<object.properties.count { visit(object.properties.value(at: position)) }
            for element in object.elements { visit(element) }
            switch object.kind {
            case .accessor(let getter, let setter):
                if let getter { pending.append(getter) }
                if let setter { pending.append(setter) }
            case .function(.bound(let bound)):
                pending.append(bound.target)
                visit(bound.boundThis)
                bound.boundArguments.forEach(visit)
            case .primitive(let value):
                visit(value)
            default:
                break
            }
        }
        let lexicals = globalLexicals.map { (name: $0.key, binding: $0.value, value: $0.value.value, isInitialized: $0.value.isInitialized) }
        protectedState = ProtectedState(snapshots: snapshots, lexicals: lexicals, lexicalNames: Set(globalLexicals.keys))
    }

    /// Before an isolated evaluation: remembers the state again after the host changed it,
    /// else puts back what the previous evaluation changed.
    func prepareIsolatedEvaluation() {
        if protectedState?.needsRefresh == true {
            protectState()
        } else {
            restoreProtectedState()
        }
        protectedState?.mayHaveChanged = true
        // What earlier evaluations made is unreachable now; cycles among it (closures, `o.self
        // = o`) would stay in memory and count against this one: break them when it matters.
        if memoryHeld > limits.maxMemory / 4 {
            collectCycles(roots: [])
            memoryHeld = measureHeldMemory()
        }
    }

    /// Before the host changes globals (`setGlobal`, `config`): the change applies to the
    /// remembered state, not to what an evaluation left.
    func hostWillChangeState() {
        guard protectedState != nil else { return }
        restoreProtectedState()
        protectedState?.needsRefresh = true
    }

    /// Puts back every remembered object an evaluation changed (called before the next one).
    func restoreProtectedState() {
        guard var state = protectedState, state.mayHaveChanged else { return }
        for snapshot in state.snapshots where !snapshot.isUnchanged { snapshot.restore() }
        if globalLexicals.count != state.lexicalNames.count || globalLexicals.keys.contains(where: { !state.lexicalNames.contains($0) }) {
            globalLexicals = Dictionary(uniqueKeysWithValues: state.lexicals.map { ($0.name, $0.binding) })
        }
        for lexical in state.lexicals {
            lexical.binding.value = lexical.value
            lexical.binding.isInitialized = lexical.isInitialized
        }
        state.mayHaveChanged = false
        protectedState = state
    }
}
