import SlingrDiagnostics

/// `{ a: 1, [k]: v, ...rest, get x() {}, m() {} }`.
final class ObjectLiteralNode: ExpressionNode {
    enum Member {
        /// A fixed key that appears once in the literal: appended without a lookup.
        case unique(JSString, ExpressionNode)
        case fixed(JSString, ExpressionNode)
        case computed(ExpressionNode, ExpressionNode)
        case spread(ExpressionNode)
        /// `__proto__: value` sets the prototype (when the value is an object or null).
        case prototype(ExpressionNode)
        case getter(JSString?, ExpressionNode?, ExpressionNode)
        case setter(JSString?, ExpressionNode?, ExpressionNode)
    }

    let members: [Member]

    init(members: [Member], range: SourceRange) {
        self.members = members
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let object = realm.newObject(capacity: members.count)
        for member in members {
            switch member {
            case .unique(let key, let node):
                object.properties.append(key, try node.evaluate(realm, scope))
            case .fixed(let key, let node):
                object.defineOwn(key, try node.evaluate(realm, scope))
            case .computed(let keyNode, let node):
                let key = try realm.toPropertyKey(try keyNode.evaluate(realm, scope))
                let value = try node.evaluate(realm, scope)
                if case .object(let function) = value, case .function(.script(let closure)) = function.kind,
                   closure.code.name.isEmpty
                {
                    function.defineOwn(Names.name, .string(key), flags: .configurable)
                }
                object.defineOwn(key, value)
            case .prototype(let node):
                let value = try node.evaluate(realm, scope)
                switch value {
                case .object(let prototype): object.prototype = prototype
                case .null: object.prototype = nil
                default: break
                }
            case .spread(let node):
                let source = try node.evaluate(realm, scope)
                try realm.copyDataProperties(from: source, to: object)
            case .getter(let fixed, let keyNode, let node):
                let key = try fixed ?? realm.toPropertyKey(try keyNode?.evaluate(realm, scope) ?? .undefined)
                try defineAccessor(object, key, getter: try node.evaluate(realm, scope).asObject, setter: nil, realm)
            case .setter(let fixed, let keyNode, let node):
                let key = try fixed ?? realm.toPropertyKey(try keyNode?.evaluate(realm, scope) ?? .undefined)
                try defineAccessor(object, key, getter: nil, setter: try node.evaluate(realm, scope).asObject, realm)
            }
        }
        return .object(object)
    }

    private func defineAccessor(_ object: JSObject, _ key: JSString, getter: JSObject?, setter: JSObject?, _ realm: Realm) throws {
        var newGetter = getter
        var newSetter = setter
        if let slot = object.properties.find(key), object.properties.flags(at: slot).contains(.accessor),
           case .object(let existing) = object.properties.value(at: slot),
           case .accessor(let oldGetter, let oldSetter) = existing.kind
        {
            newGetter = getter ?? oldGetter
            newSetter = setter ?? oldSetter
        }
        let pair = realm.register(JSObject(prototype: nil, kind: .accessor(getter: newGetter, setter: newSetter)))
        object.defineOwn(key, .object(pair), flags: [.enumerable, .configurable, .accessor])
    }
}
