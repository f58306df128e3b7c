/// Moving data between the host and scripts, displaying values, and turning internal errors
/// into `ScriptError`s.
extension Realm {
    private static let maxHostDepth = 1_000

    /// A script value for host data (objects and arrays are new).
    func value(from host: HostValue, depth: Int = 0) -> Value {
        switch host {
        case .undefined: return .undefined
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .string(let text): return .string(JSString(text))
        case .array(let items):
            guard depth < Realm.maxHostDepth else { return .undefined }
            return .object(newArray(items.map { value(from: $0, depth: depth + 1) }))
        case .object(let members):
            guard depth < Realm.maxHostDepth else { return .undefined }
            let object = newObject(capacity: members.count)
            for (key, member) in members { object.defineOwn(JSString(key), value(from: member, depth: depth + 1)) }
            return .object(object)
        }
    }

    /// Host data for a script value (see `HostConversion`); a value too deep or too large to
    /// convert comes back as `undefined`: hosts that must tell use `checkedHostValue`.
    func hostValue(of value: Value) -> HostValue {
        (try? checkedHostValue(of: value)) ?? .undefined
    }

    /// Host data for a script value, or a limit error when it is nested deeper than
    /// `Limits.maxNestingDepth` or would print longer than `Limits.maxOutputLength`.
    func checkedHostValue(of value: Value) throws -> HostValue {
        refreshStackLimit()
        var conversion = HostConversion(realm: self)
        return try conversion.convert(value)
    }

    /// How `slingr-pkg eval` shows a value (see `render`); a value it cannot print shows as
    /// `[object Object]`.
    func display(_ value: Value) -> String {
        (try? render(value)) ?? ObjectBuiltins.classString(self, value)
    }

    /// How `slingr-pkg eval` shows a value: strings raw, `undefined`, numbers as JavaScript
    /// prints them, functions as `[Function name]`, errors as `Name: message`, other objects
    /// and arrays as `JSON.stringify(value, null, 2)` with an object met again printed as
    /// `[Circular]` or `[Shared]`. Throws a limit error for a result longer than
    /// `Limits.maxOutputLength` or nested deeper than `Limits.maxNestingDepth`. `toJSON` and
    /// getters run with a fresh step budget.
    func render(_ value: Value) throws -> String {
        switch value {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return NumberFormatting.string(number)
        case .string(let string):
            if string.count > limits.maxOutputLength {
                throw LimitExceeded(
                    kind: .output, message: "result too large to print (more than \(LogBudget.grouped(limits.maxOutputLength)) characters)")
            }
            return string.string
        case .object(let object):
            switch object.kind {
            case .function:
                let name = object.ownSlot(Names.name).map { object.properties.value(at: $0) }
                if case .string(let text)? = name, !text.isEmpty { return "[Function \(text.string)]" }
                return "[Function (anonymous)]"
            case .error:
                return errorSummary(object).description
            case .regexp(let data):
                return "/\(data.program.source.string)/\(data.program.flags.description)"
            case .date(let time):
                return time.isFinite ? DateBuiltins.format(time, style: .iso) : "Invalid Date"
            case .primitive(let primitive):
                return try render(primitive)
            default:
                let savedSteps = (stepsRemaining, stepsBanked)
                let savedDepth = callDepth
                defer {
                    (stepsRemaining, stepsBanked) = savedSteps
                    callDepth = savedDepth
                }
                stepsRemaining = 0
                stepsBanked = limits.maxSteps
                refreshStackLimit()
                var serializer = try JSONSerializer(realm: self, replacer: .undefined, space: .number(2))
                serializer.printing = []
                if let text = try serializer.serialize(value) { return text.string }
                return "undefined"
            }
        }
    }

    /// The name and message of an error object, read without running getters.
    func errorSummary(_ object: JSObject) -> (name: String, message: String, description: String) {
        func data(_ key: JSString) -> String? {
            guard let (owner, slot) = object.findProperty(key) else { return nil }
            if owner.properties.flags(at: slot).contains(.accessor) { return nil }
            switch owner.properties.value(at: slot) {
            case .string(let string): return string.string
            case .undefined: return nil
            case let other: return (try? toString(other))?.string
            }
        }
        let name = data(Names.name) ?? "Error"
        let message = data(Names.message) ?? ""
        let description = message.isEmpty ? name : (name.isEmpty ? message : name + ": " + message)
        return (name, message, description)
    }

    /// The public error for anything an evaluation threw.
    func scriptError(from error: any Error) -> ScriptError {
        if let scriptError = error as? ScriptError { return scriptError }
        if let limit = error as? LimitExceeded {
            var result = ScriptError(kind: .limitExceeded(limit.kind), name: "RangeError", message: limit.message, range: limit.range)
            result.stack = limit.frames
            return result
        }
        if let exception = error as? JSException {
            var result: ScriptError
            if case .object(let object) = exception.value, isErrorLike(object) {
                let summary = errorSummary(object)
                result = ScriptError(
                    kind: ScriptError.Kind(errorName: summary.name), name: summary.name, message: summary.message,
                    range: exception.range, thrownValue: hostValue(of: exception.value))
            } else {
                let text: String
                if case .string(let string) = exception.value {
                    text = "'" + string.string + "'"
                } else {
                    text = display(exception.value)
                }
                result = ScriptError(kind: .thrown, name: "", message: text, range: exception.range, thrownValue: hostValue(of: exception.value))
            }
            result.constructorName = exception.value.asObject.flatMap(constructorName(of:))
            result.stack = exception.frames
            return result
        }
        return ScriptError(kind: .error, name: "Error", message: "\(error)")
    }

    /// `object.constructor.name` when both are data properties holding a string.
    private func constructorName(of object: JSObject) -> String? {
        guard let (owner, slot) = object.findProperty(Names.constructor),
              !owner.properties.flags(at: slot).contains(.accessor),
              case .object(let constructor) = owner.properties.value(at: slot),
              let (nameOwner, nameSlot) = constructor.findProperty(Names.name),
              !nameOwner.properties.flags(at: nameSlot).contains(.accessor),
              case .string(let name) = nameOwner.properties.value(at: nameSlot)
        else { return nil }
        return name.string
    }

    private func isErrorLike(_ object: JSObject) -> Bool {
        var current: JSObject? = object
        var depth = 0
        while let candidate = current, depth < 100 {
            if case .error = candidate.kind { return true }
            if errorPrototypes.contains(where: { $0 === candidate }) { return true }
            current = candidate.prototype
            depth += 1
        }
        return false
    }
}
