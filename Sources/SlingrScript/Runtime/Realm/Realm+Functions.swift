import SlingrDiagnostics

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
