import SlingrDiagnostics

/// The compiled form of one function literal, shared by every closure created from it.
final class FunctionCode {
    let name: JSString
    /// The `length` property: parameters before the first default or rest.
    let length: Int
    let isArrow: Bool
    let isConstructor: Bool
    let isStrict: Bool
    let range: SourceRange

    /// Initial slot values (undefined, or the dead-zone marker for `let`/`const`).
    @exclusivity(unchecked) var slotTemplate: [Value] = []
    /// With simple parameters, parameter `i` lives in slot `i`.
    @exclusivity(unchecked) var simpleParameterCount = 0
    /// Binds the arguments array for parameter lists with defaults, patterns or rest.
    @exclusivity(unchecked) var parameterBinding: PatternBinding?
    @exclusivity(unchecked) var thisSlot: Int?
    @exclusivity(unchecked) var argumentsSlot: Int?
    /// A named function expression's own name, bound inside it.
    @exclusivity(unchecked) var selfSlot: Int?
    /// Function declarations created when the call starts.
    @exclusivity(unchecked) var hoistedFunctions: [(slot: Int, code: FunctionCode)] = []
    @exclusivity(unchecked) var body: [StatementNode] = []
    @exclusivity(unchecked) var expressionBody: ExpressionNode?
    /// Statement lists run as functions answer their completion value when they do not return.
    @exclusivity(unchecked) var yieldsCompletionValue = false

    init(name: JSString, length: Int, isArrow: Bool, isConstructor: Bool, isStrict: Bool, range: SourceRange) {
        self.name = name
        self.length = length
        self.isArrow = isArrow
        self.isConstructor = isConstructor
        self.isStrict = isStrict
        self.range = range
    }
}

/// A function object's behaviour: compiled code plus the scope it closed over.
final class ScriptClosure {
    let code: FunctionCode
    let scope: RuntimeScope

    init(code: FunctionCode, scope: RuntimeScope) {
        self.code = code
        self.scope = scope
    }

    func invoke(_ realm: Realm, function: JSObject, this: Value, arguments: [Value], newTarget: JSObject?) throws -> Value {
        let code = self.code
        let scope = RuntimeScope(parent: self.scope, slots: code.slotTemplate)
        let simple = min(arguments.count, code.simpleParameterCount)
        var index = 0
        while index < simple {
            scope.slots[index] = arguments[index]
            index += 1
        }
        if let slot = code.thisSlot {
            if !code.isStrict, this.isNullish {
                scope.slots[slot] = .object(realm.globalObject)
            } else {
                scope.slots[slot] = this
            }
        }
        if let slot = code.argumentsSlot {
            scope.slots[slot] = .object(realm.makeArguments(arguments, callee: function))
        }
        if let slot = code.selfSlot { scope.slots[slot] = .object(function) }
        if let binding = code.parameterBinding {
            try binding.bind(.object(realm.newArray(arguments)), realm, scope)
        }
        for (slot, inner) in code.hoistedFunctions {
            scope.slots[slot] = .object(realm.makeFunction(inner, scope: scope))
        }
        if let expression = code.expressionBody { return try expression.evaluate(realm, scope) }
        if code.yieldsCompletionValue {
            realm.completionValue = .undefined
            let completion = try executeStatements(code.body, realm, scope)
            if case .returnValue(let value) = completion { return value }
            return realm.completionValue
        }
        let savedCompletion = realm.completionValue
        defer { realm.completionValue = savedCompletion }
        let completion = try executeStatements(code.body, realm, scope)
        if case .returnValue(let value) = completion { return value }
        return .undefined
    }
}

extension Realm {
    /// Creates a function object for `code` closing over `scope`.
    func makeFunction(_ code: FunctionCode, scope: RuntimeScope) -> JSObject {
        var properties = PropertyMap(capacity: code.isConstructor ? 3 : 2)
        properties.append(Names.length, .number(Double(code.length)), flags: .configurable)
        properties.append(Names.name, .string(code.name), flags: .configurable)
        let function = register(JSObject(
            prototype: functionPrototype, kind: .function(.script(ScriptClosure(code: code, scope: scope))),
            properties: properties))
        if code.isConstructor {
            let prototype = newObject(capacity: 1)
            prototype.properties.append(Names.constructor, .object(function), flags: .hidden)
            function.properties.append(Names.prototype, .object(prototype), flags: .writable)
        }
        return function
    }

    func makeArguments(_ arguments: [Value], callee: JSObject) -> JSObject {
        let object = register(JSObject(prototype: objectPrototype, kind: .arguments))
        object.elements = arguments
        object.properties.append(Names.length, .number(Double(arguments.count)), flags: .hidden)
        object.properties.append(Names.callee, .object(callee), flags: .hidden)
        return object
    }
}
