/// What kind of object a `JSObject` is, with the data only that kind needs.
enum ObjectKind {
    case ordinary
    case array
    case function(FunctionKind)
    case error
    case regexp(RegExpData)
    /// `new String('x')`, `new Number(1)`, `new Boolean(true)`.
    case primitive(Value)
    /// A getter/setter pair stored as the value of an accessor property.
    case accessor(getter: JSObject?, setter: JSObject?)
    /// An `arguments` object; sloppy functions with simple parameters map its first indices
    /// to the parameters (writing one changes the other).
    case arguments(ArgumentsMapping?)
    /// An iterator from `keys()`, `values()` or `entries()` of an array-like.
    case arrayIterator(ArrayIteratorState)
    /// A `Date` holding its time value (milliseconds since the epoch, or NaN).
    case date(Double)
}
