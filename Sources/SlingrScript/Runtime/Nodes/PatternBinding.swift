import SlingrDiagnostics

/// A compiled binding or assignment target: a variable, a member, or a destructuring pattern
/// with defaults and rest elements.
indirect enum BindingTarget {
    case variable(VariableReference)
    case namedMember(ExpressionNode, JSString)
    case computedMember(ExpressionNode, ExpressionNode)
    case object([ObjectPatternEntry], rest: BindingTarget?, range: SourceRange)
    case array([BindingTarget?], rest: BindingTarget?, range: SourceRange)
    /// `target = default`: the default is evaluated when the value is `undefined`.
    case withDefault(BindingTarget, ExpressionNode)
}

struct ObjectPatternEntry {
    enum Key {
        case fixed(JSString)
        case computed(ExpressionNode)
    }

    let key: Key
    let target: BindingTarget
}

/// Binds values to a target, either declaring (`let {a} = o`, parameters) or assigning
/// (`({a} = o)`).
final class PatternBinding {
    let target: BindingTarget
    let isDeclaration: Bool
    /// The bound expression as written (`o` in `const [a] = o`), for V8-style messages.
    var sourceText: String?

    init(target: BindingTarget, isDeclaration: Bool, sourceText: String? = nil) {
        self.target = target
        self.isDeclaration = isDeclaration
        self.sourceText = sourceText
    }

    func bind(_ value: Value, _ realm: Realm, _ scope: RuntimeScope) throws {
        try bind(target, value, realm, scope, text: sourceText)
    }

    private func bind(_ target: BindingTarget, _ value: Value, _ realm: Realm, _ scope: RuntimeScope, text: String? = nil) throws {
        switch target {
        case .variable(let reference):
            if isDeclaration {
                try reference.initialize(value, realm, scope)
            } else {
                try reference.assign(value, realm, scope)
            }
        case .namedMember(let objectNode, let key):
            let object = try objectNode.evaluate(realm, scope)
            do { try realm.set(object, key, value) } catch { throw realm.locate(error, objectNode.range) }
        case .computedMember(let objectNode, let keyNode):
            let object = try objectNode.evaluate(realm, scope)
            let key = try keyNode.evaluate(realm, scope)
            do { try realm.set(object, key: key, value) } catch { throw realm.locate(error, keyNode.range) }
        case .withDefault(let inner, let defaultNode):
            if case .undefined = value {
                try bind(inner, try defaultNode.evaluate(realm, scope), realm, scope)
            } else {
                try bind(inner, value, realm, scope)
            }
        case .object(let entries, let rest, let range):
            if value.isNullish {
                let what = value.isUndefined ? "undefined" : "null"
                let subject = text ?? what
                if case .fixed(let name)? = entries.first?.key {
                    throw realm.error(.typeError, "Cannot destructure property '\(name.string)' of '\(subject)' as it is \(what).", at: range)
                }
                throw realm.error(.typeError, "Cannot destructure '\(subject)' as it is \(what).", at: range)
            }
            var used: [JSString] = []
            for entry in entries {
                let key: JSString
                switch entry.key {
                case .fixed(let name): key = name
                case .computed(let node): key = try realm.toPropertyKey(try node.evaluate(realm, scope))
                }
                used.append(key)
                let property = try realm.get(value, key)
                try bind(entry.target, property, realm, scope)
            }
            if let rest {
                let copy = realm.newObject()
                if case .object(let source) = value {
                    for key in source.ownKeys() where !used.contains(key) {
                        copy.defineOwn(key, try realm.get(object: source, key, receiver: value))
                    }
                } else if case .string(let string) = value {
                    for index in 0..<string.count where !used.contains(Names.indexKey(index)) {
                        copy.defineOwn(Names.indexKey(index), .string(string.slice(index, index + 1)))
                    }
                }
                try bind(rest, .object(copy), realm, scope)
            }
        case .array(let elements, let rest, let range):
            let items = try realm.iterate(value, at: range, text: text)
            for (index, element) in elements.enumerated() {
                guard let element else { continue }
                try bind(element, index < items.count ? items[index] : .undefined, realm, scope)
            }
            if let rest {
                let remaining = elements.count < items.count ? Array(items[elements.count...]) : []
                try bind(rest, .object(realm.newArray(remaining)), realm, scope)
            }
        }
    }
}

extension Realm {
    /// The values an iterable produces (`for-of`, spread, array destructuring). Arrays, strings
    /// (by code point), `arguments` and array-likes with a `Symbol.iterator`-free protocol are
    /// supported; anything else is "not iterable", as in V8.
    func iterate(_ value: Value, at range: SourceRange? = nil, text: String? = nil, spreadCall: Bool = false) throws -> [Value] {
        switch value {
        case .object(let object):
            switch object.kind {
            case .array, .arguments:
                return object.elements
            case .primitive(.string(let string)):
                return Realm.codePoints(string).map { .string($0) }
            default:
                break
            }
        case .string(let string):
            return Realm.codePoints(string).map { .string($0) }
        default:
            break
        }
        if spreadCall, case .object = value {
            throw error(.typeError, "Spread syntax requires ...iterable[Symbol.iterator] to be a function", at: range)
        }
        let description: String
        switch value {
        case .object(let object) where object.isCallable: description = text ?? "function"
        case .object: description = text ?? "object"
        case .string(let string): description = text ?? "\"\(string.string)\""
        default: description = try toString(value).string
        }
        if let text, text.hasSuffix("()") {
            throw error(.typeError, "\(text.dropLast(2)) is not a function or its return value is not iterable", at: range)
        }
        throw error(.typeError, "\(description) is not iterable", at: range)
    }

    /// Splits a string into code points (a surrogate pair stays together).
    static func codePoints(_ string: JSString) -> [JSString] {
        var result: [JSString] = []
        result.reserveCapacity(string.count)
        var index = 0
        let units = string.units
        while index < units.count {
            let unit = units[index]
            if unit >= 0xD800, unit <= 0xDBFF, index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF {
                result.append(JSString(units: [unit, units[index + 1]]))
                index += 2
            } else {
                result.append(JSString(units: [unit]))
                index += 1
            }
        }
        return result
    }
}
