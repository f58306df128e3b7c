/// Array iterators: what `keys()`, `values()` and `entries()` return, and what `for-of`
/// and spread step through. `%ArrayIteratorPrototype%.next` reads the iterated object's
/// length and element afresh at every step, so elements added during iteration are seen.
final class ArrayIteratorState {
    enum Kind {
        case keys, values, entries
    }

    /// Nil once the iteration has ended.
    @exclusivity(unchecked) var iterated: JSObject?
    @exclusivity(unchecked) var nextIndex = 0
    let kind: Kind

    init(iterated: JSObject, kind: Kind) {
        self.iterated = iterated
        self.kind = kind
    }
}

enum ArrayIteratorBuiltins {
    static let prototype = BuiltinGroup([
        BuiltinSpec("next", 0) { realm, this, _ in
            guard case .object(let object) = this, case .arrayIterator(let state) = object.kind else {
                throw realm.typeError("next method called on incompatible \(try realm.describeForError(this))")
            }
            let result = realm.newObject(capacity: 2)
            if let value = try realm.arrayIteratorStep(state) {
                result.properties.append(Names.value, value)
                result.properties.append(Names.done, .false)
            } else {
                result.properties.append(Names.value, .undefined)
                result.properties.append(Names.done, .true)
            }
            return .object(result)
        },
    ])
}

extension Realm {
    func makeArrayIterator(_ object: JSObject, kind: ArrayIteratorState.Kind) -> JSObject {
        register(JSObject(prototype: arrayIteratorPrototype, kind: .arrayIterator(ArrayIteratorState(iterated: object, kind: kind))))
    }

    /// The next value of an array iterator, or nil when it is done.
    func arrayIteratorStep(_ state: ArrayIteratorState) throws -> Value? {
        guard let object = state.iterated else { return nil }
        let index = state.nextIndex
        let length: Int
        if case .primitive(.string(let string)) = object.kind { length = string.count } else { length = try lengthOf(object) }
        guard index < length else {
            state.iterated = nil
            return nil
        }
        state.nextIndex = index + 1
        switch state.kind {
        case .keys: return .number(Double(index))
        case .values: return try getIndex(object, index)
        case .entries: return .object(newArray([.number(Double(index)), try getIndex(object, index)]))
        }
    }
}
