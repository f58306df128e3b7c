/// Property names and small strings the engine uses often, created once.
enum Names {
    static let length: JSString = "length"
    static let prototype: JSString = "prototype"
    static let constructor: JSString = "constructor"
    static let name: JSString = "name"
    static let message: JSString = "message"
    static let stack: JSString = "stack"
    static let cause: JSString = "cause"
    static let toString: JSString = "toString"
    static let valueOf: JSString = "valueOf"
    static let toJSON: JSString = "toJSON"
    static let lastIndex: JSString = "lastIndex"
    static let index: JSString = "index"
    static let input: JSString = "input"
    static let groups: JSString = "groups"
    static let source: JSString = "source"
    static let flags: JSString = "flags"
    static let global: JSString = "global"
    static let value: JSString = "value"
    static let done: JSString = "done"
    static let get: JSString = "get"
    static let set: JSString = "set"
    static let writable: JSString = "writable"
    static let enumerable: JSString = "enumerable"
    static let configurable: JSString = "configurable"
    static let callee: JSString = "callee"
    static let arguments: JSString = "arguments"
    static let config: JSString = "config"
    static let undefined: JSString = "undefined"
    static let null: JSString = "null"
    static let `true`: JSString = "true"
    static let `false`: JSString = "false"
    static let nan: JSString = "NaN"
    static let infinityText: JSString = "Infinity"
    static let objectObject: JSString = "[object Object]"
    static let comma: JSString = ","
    static let anonymous: JSString = "anonymous"

    private static let digits: [JSString] = (0..<10).map { JSString(String($0)) }
    private static let smallIndices: [JSString] = (0..<256).map { JSString(String($0)) }

    static func digit(_ value: Int) -> JSString { digits[value] }

    /// The property key of an array index, cached for small indices.
    static func indexKey(_ index: Int) -> JSString {
        if index >= 0 && index < smallIndices.count { return smallIndices[index] }
        return JSString(String(index))
    }
}
