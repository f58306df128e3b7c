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

    /// The `arguments` object of a call. Sloppy functions with simple parameter lists get a
    /// mapped one (`mappedSlots`: the parameter slot of each index); strict ones a plain one
    /// whose `callee` throws.
    func makeArguments(_ arguments: [Value], callee: JSObject, mappedSlots: [Int?]?, scope: RuntimeScope) -> JSObject {
        var mapping: ArgumentsMapping?
        if let mappedSlots, !mappedSlots.isEmpty, !arguments.isEmpty {
            mapping = ArgumentsMapping(scope: scope, slots: Array(mappedSlots.prefix(arguments.count)))
        }
        let object = register(JSObject(prototype: objectPrototype, kind: .arguments(mapping)))
        object.elements = arguments
        object.properties.append(Names.length, .number(Double(arguments.count)), flags: .hidden)
        if mappedSlots != nil {
            object.properties.append(Names.callee, .object(callee), flags: .hidden)
        } else {
            let thrower = throwTypeError
            object.properties.append(Names.callee, .object(accessorPair(.object(thrower), .object(thrower))), flags: .accessor)
        }
        return object
    }
}
