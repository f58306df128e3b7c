import SlingrDiagnostics

/// A literal or any other constant folded at compile time.
final class ConstantNode: ExpressionNode {
    let value: Value

    init(_ value: Value, range: SourceRange) {
        self.value = value
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value { value }
}

/// `` `a${b}c` ``: `strings.count == expressions.count + 1`.
final class TemplateNode: ExpressionNode {
    let strings: [JSString]
    let expressions: [ExpressionNode]

    init(strings: [JSString], expressions: [ExpressionNode], range: SourceRange) {
        self.strings = strings
        self.expressions = expressions
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var units = strings[0].units
        for (index, expression) in expressions.enumerated() {
            let value = try expression.evaluate(realm, scope)
            do {
                units.append(contentsOf: try realm.toString(value).units)
                units.append(contentsOf: strings[index + 1].units)
                if units.count > realm.limits.maxStringLength { try realm.checkString(length: units.count) }
            } catch {
                throw realm.locate(error, expression.range)
            }
        }
        return .string(JSString(units: units))
    }
}

/// `[a, , ...b]`.
final class ArrayLiteralNode: ExpressionNode {
    /// Nil for an elision (a hole, read as `undefined`).
    let elements: [ExpressionNode?]
    let spread: [Bool]
    /// Source text of spread operands, for "x is not iterable".
    let spreadTexts: [String?]

    init(elements: [ExpressionNode?], spread: [Bool], spreadTexts: [String?] = [], range: SourceRange) {
        self.elements = elements
        self.spread = spread
        self.spreadTexts = spreadTexts
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let element else {
                values.append(.undefined)
                continue
            }
            let value = try element.evaluate(realm, scope)
            if !spread.isEmpty, spread[index] {
                let text = index < spreadTexts.count ? spreadTexts[index] : nil
                values.append(contentsOf: try realm.iterate(value, at: element.range, text: text))
                do { try realm.checkArray(length: values.count) } catch { throw realm.locate(error, range) }
            } else {
                values.append(value)
            }
        }
        return .object(realm.newArray(values))
    }
}

/// `{ a: 1, [k]: v, ...rest, get x() {}, m() {} }`.
final class ObjectLiteralNode: ExpressionNode {
    enum Member {
        /// A fixed key that appears once in the literal: appended without a lookup.
        case unique(JSString, ExpressionNode)
        case fixed(JSString, ExpressionNode)
        case computed(ExpressionNode, ExpressionNode)
        case spread(ExpressionNode)
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

extension Realm {
    /// Object spread (define) and `Object.assign` (assign): copies own enumerable properties.
    func copyDataProperties(from source: Value, to target: JSObject, assign: Bool = false) throws {
        switch source {
        case .object(let object):
            for key in object.ownKeys() {
                let value = try get(object: object, key, receiver: source)
                if assign {
                    try set(object: target, key, value)
                } else {
                    target.defineOwn(key, value)
                }
            }
        case .string(let string):
            for index in 0..<string.count {
                target.defineOwn(Names.indexKey(index), .string(string.slice(index, index + 1)))
            }
        default:
            break
        }
    }
}

/// A function or arrow expression: creates a closure over the current scope.
final class FunctionLiteralNode: ExpressionNode {
    let code: FunctionCode

    init(_ code: FunctionCode, range: SourceRange) {
        self.code = code
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        .object(realm.makeFunction(code, scope: scope))
    }
}

/// `/pattern/flags`: a new RegExp object per evaluation, sharing the compiled program.
final class RegExpLiteralNode: ExpressionNode {
    let program: RegExpProgram

    init(_ program: RegExpProgram, range: SourceRange) {
        self.program = program
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        .object(realm.makeRegExp(program))
    }
}
