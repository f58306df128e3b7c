import SlingrDiagnostics

/// A resolved variable: a slot in an enclosing scope, or a global name.
///
/// Globals are looked up at run time in the global lexical scope (top-level `let`/`const`) and
/// then on the global object, with a slot hint so repeated lookups cost one comparison.
final class VariableReference {
    enum Location {
        case local(hops: Int, slot: Int)
        case global
        /// A name a sloppy-mode direct `eval` may have declared: looked for among the
        /// eval-declared variables of the function scopes `checks` hops up, then `fallback`.
        case dynamic(checks: [Int], fallback: VariableReference)
    }

    let location: Location
    let name: JSString
    let isConstant: Bool
    /// `let`/`const`/`class` bindings may be read before their declaration ran.
    let needsDeadZoneCheck: Bool
    /// Sloppy code creates a global on assignment to an undeclared name; strict code throws.
    let isStrict: Bool
    @exclusivity(unchecked) private var site: PropertySite

    init(location: Location, name: JSString, isConstant: Bool, needsDeadZoneCheck: Bool, isStrict: Bool) {
        self.location = location
        self.name = name
        self.isConstant = isConstant
        self.needsDeadZoneCheck = needsDeadZoneCheck
        self.isStrict = isStrict
        self.site = PropertySite(name)
    }

    @inline(__always)
    func get(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        switch location {
        case .local(let hops, let slot):
            let value = scope.ancestor(hops).slots[slot]
            if needsDeadZoneCheck, TemporalDeadZone.isMarker(value) { throw deadZoneError(realm) }
            return value
        case .global:
            return try getGlobal(realm)
        case .dynamic(let checks, let fallback):
            if let (variables, slot) = evalVariable(scope, checks) { return variables.properties.value(at: slot) }
            return try fallback.get(realm, scope)
        }
    }

    /// The eval-declared variable this name denotes, if a direct `eval` declared it.
    func evalVariable(_ scope: RuntimeScope, _ checks: [Int]) -> (JSObject, Int)? {
        for hops in checks {
            if let variables = scope.ancestor(hops).evalVariables, let slot = variables.ownSlot(name) { return (variables, slot) }
        }
        return nil
    }

    /// The value, or nil for an undeclared global (for `typeof`).
    func getIfDeclared(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        if case .dynamic(let checks, let fallback) = location {
            if let (variables, slot) = evalVariable(scope, checks) { return variables.properties.value(at: slot) }
            return try fallback.getIfDeclared(realm, scope)
        }
        if case .global = location {
            if let binding = realm.globalLexicals[name] {
                if !binding.isInitialized { throw deadZoneError(realm) }
                return binding.value
            }
            guard realm.has(realm.globalObject, name) else { return nil }
            return try realm.get(object: realm.globalObject, name, receiver: .object(realm.globalObject))
        }
        return try get(realm, scope)
    }

    private func getGlobal(_ realm: Realm) throws -> Value {
        if let value = try VariableReference.globalBinding(realm, &site) { return value }
        return try VariableReference.globalProperty(realm, name)
    }

    /// The global variable named by `site.key` when it is a top-level `let`/`const` binding or
    /// a data property of the global object (found through the site's slot hint); nil otherwise.
    @inline(__always)
    static func globalBinding(_ realm: Realm, _ site: inout PropertySite) throws -> Value? {
        if realm.hasGlobalLexicals, let binding = realm.globalLexicals[site.key] {
            if !binding.isInitialized {
                throw realm.error(.referenceError, "Cannot access '\(site.key.string)' before initialization")
            }
            return binding.value
        }
        return Unmanaged.passUnretained(realm.globalObject)._withUnsafeGuaranteedRef { global in
            guard let slot = global.ownSlot(&site), !global.properties.flags(at: slot).contains(.accessor) else { return nil }
            return global.properties.value(at: slot)
        }
    }

    /// The global variable `name` when `globalBinding` found none: an accessor or inherited
    /// property of the global object, else a ReferenceError.
    static func globalProperty(_ realm: Realm, _ name: JSString) throws -> Value {
        let global = realm.globalObject
        if realm.has(global, name) { return try realm.get(object: global, name, receiver: .object(global)) }
        throw realm.error(.referenceError, "\(name.string) is not defined")
    }

    /// Plain assignment (`x = v`, `x += v`, destructuring assignment).
    func assign(_ value: Value, _ realm: Realm, _ scope: RuntimeScope) throws {
        switch location {
        case .local(let hops, let slot):
            let target = scope.ancestor(hops)
            if needsDeadZoneCheck, TemporalDeadZone.isMarker(target.slots[slot]) { throw deadZoneError(realm) }
            if isConstant { throw realm.typeError("Assignment to constant variable.") }
            target.slots[slot] = value
        case .global:
            if realm.hasGlobalLexicals, let binding = realm.globalLexicals[name] {
                if !binding.isInitialized { throw deadZoneError(realm) }
                if binding.isConstant { throw realm.typeError("Assignment to constant variable.") }
                binding.value = value
                return
            }
            let global = realm.globalObject
            if let slot = global.ownSlot(&site), global.properties.flags(at: slot) == .data {
                global.properties.setValue(value, at: slot)
                return
            }
            if isStrict, !realm.has(global, name) {
                throw realm.error(.referenceError, "\(name.string) is not defined")
            }
            try realm.put(.object(global), name, value, strict: isStrict)
        case .dynamic(let checks, let fallback):
            if let (variables, slot) = evalVariable(scope, checks) {
                variables.properties.setValue(value, at: slot)
                return
            }
            try fallback.assign(value, realm, scope)
        }
    }

    /// Whether the variable is a writable local, global binding or global data property that
    /// holds the string `identity` (so `appendInPlace` may append to it).
    func holdsString(_ identity: StringIdentity, _ realm: Realm, _ scope: RuntimeScope) -> Bool {
        switch location {
        case .local(let hops, let slot):
            return !isConstant && StringIdentity(of: scope.ancestor(hops).slots[slot]) == identity
        case .global:
            if realm.hasGlobalLexicals, let binding = realm.globalLexicals[name] {
                return binding.isInitialized && !binding.isConstant && StringIdentity(of: binding.value) == identity
            }
            let global = realm.globalObject
            guard let slot = global.ownSlot(&site) else { return false }
            let flags = global.properties.flags(at: slot)
            guard flags.contains(.writable), !flags.contains(.accessor) else { return false }
            return StringIdentity(of: global.properties.value(at: slot)) == identity
        case .dynamic:
            return false
        }
    }

    /// `x += suffix` for a variable `holdsString` accepted: the string is taken out of the
    /// variable, appended to (in place when nothing else shares its storage, so building a
    /// string piece by piece takes linear time instead of copying it each time) and put back.
    func appendInPlace(_ suffix: JSString, _ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        switch location {
        case .local(let hops, let slot):
            let target = scope.ancestor(hops)
            var value = target.slots[slot]
            target.slots[slot] = .undefined
            defer { target.slots[slot] = value }
            try realm.append(suffix, to: &value)
            return value
        case .global:
            if realm.hasGlobalLexicals, let binding = realm.globalLexicals[name] {
                var value = binding.value
                binding.value = .undefined
                defer { binding.value = value }
                try realm.append(suffix, to: &value)
                return value
            }
            let global = realm.globalObject
            guard let slot = global.ownSlot(&site) else { return .undefined }
            var value = global.properties.value(at: slot)
            global.properties.setValue(.undefined, at: slot)
            defer { global.properties.setValue(value, at: slot) }
            try realm.append(suffix, to: &value)
            return value
        case .dynamic:
            return .undefined
        }
    }

    /// The declaration itself (`let x = v`, `var x = v`, a parameter): ends the dead zone and
    /// may write a constant.
    func initialize(_ value: Value, _ realm: Realm, _ scope: RuntimeScope) throws {
        switch location {
        case .local(let hops, let slot):
            scope.ancestor(hops).slots[slot] = value
        case .global:
            if let binding = realm.globalLexicals[name] {
                binding.value = value
                binding.isInitialized = true
            } else {
                try realm.put(.object(realm.globalObject), name, value, strict: isStrict)
            }
        case .dynamic(let checks, let fallback):
            if let (variables, slot) = evalVariable(scope, checks) {
                variables.properties.setValue(value, at: slot)
                return
            }
            try fallback.initialize(value, realm, scope)
        }
    }

    private func deadZoneError(_ realm: Realm) -> JSException {
        realm.error(.referenceError, "Cannot access '\(name.string)' before initialization")
    }
}
