/// The result of `Function.prototype.bind`.
final class BoundFunction {
    let target: JSObject
    let boundThis: Value
    let boundArguments: [Value]

    init(target: JSObject, boundThis: Value, boundArguments: [Value]) {
        self.target = target
        self.boundThis = boundThis
        self.boundArguments = boundArguments
    }
}
