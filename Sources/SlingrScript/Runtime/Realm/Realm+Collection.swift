/// Reclaiming reference cycles in a long-lived realm.
///
/// Objects are reference counted, so garbage without cycles goes away by itself; cyclic
/// garbage (`o.self = o`, closures kept in the scope they capture) stays in the registry until
/// the realm dies. A host that keeps one interpreter for many evaluations can call this
/// between evaluations: everything reachable from the globals and from `roots` survives, the
/// rest is emptied so its cycles break.
extension Realm {
    func collectCycles(roots: [Value]) {
        var marked = Set<ObjectIdentifier>()
        var visitedScopes = Set<ObjectIdentifier>()
        var objects: [JSObject] = [
            objectPrototype, functionPrototype, arrayPrototype, stringPrototype, numberPrototype, booleanPrototype,
            regexpPrototype, datePrototype, iteratorPrototype, arrayIteratorPrototype, globalObject,
        ]
        objects.append(contentsOf: errorPrototypes)
        var scopes: [RuntimeScope] = []
        func push(_ value: Value) {
            if case .object(let object) = value { objects.append(object) }
        }
        for root in roots { push(root) }
        for binding in globalLexicals.values { push(binding.value) }
        push(completionValue)
        while !objects.isEmpty || !scopes.isEmpty {
            if let scope = scopes.popLast() {
                guard visitedScopes.insert(ObjectIdentifier(scope)).inserted else { continue }
                for slot in scope.slots { push(slot) }
                if let parent = scope.parent { scopes.append(parent) }
                continue
            }
            guard let object = objects.popLast(), marked.insert(ObjectIdentifier(object)).inserted else { continue }
            if let prototype = object.prototype { objects.append(prototype) }
            for position in 0..<object.properties.count { push(object.properties.value(at: position)) }
            for element in object.elements { push(element) }
            switch object.kind {
            case .function(.script(let closure)): scopes.append(closure.scope)
            case .function(.bound(let bound)):
                objects.append(bound.target)
                push(bound.boundThis)
                for argument in bound.boundArguments { push(argument) }
            case .accessor(let getter, let setter):
                if let getter { objects.append(getter) }
                if let setter { objects.append(setter) }
            case .primitive(let value): push(value)
            case .arguments(let mapping?): scopes.append(mapping.scope)
            case .arrayIterator(let state): if let iterated = state.iterated { objects.append(iterated) }
            default: break
            }
        }
        sweep { marked.contains(ObjectIdentifier($0)) }
    }
}
