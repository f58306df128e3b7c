import SlingrDiagnostics

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
        case .namedMember(let objectNode, let key, let strict):
            let object = try objectNode.evaluate(realm, scope)
            do { try realm.put(object, key, value, strict: strict) } catch { throw realm.locate(error, objectNode.range) }
        case .computedMember(let objectNode, let keyNode, let strict):
            let object = try objectNode.evaluate(realm, scope)
            let key = try keyNode.evaluate(realm, scope)
            do { try realm.put(object, key: key, value, strict: strict) } catch { throw realm.locate(error, keyNode.range) }
        case .invalid(let node, let message):
            _ = try node.evaluate(realm, scope)
            throw realm.error(.referenceError, message, at: node.range)
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
                try realm.copyDataProperties(from: value, to: copy, excluded: Set(used))
                try bind(rest, .object(copy), realm, scope)
            }
        case .array(let elements, let rest, let range):
            let items = try realm.iterate(value, at: range, text: text, limit: rest == nil ? elements.count : nil)
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
