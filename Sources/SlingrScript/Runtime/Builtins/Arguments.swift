/// The arguments of a call; reading past the end gives `undefined` as in JavaScript.
struct Arguments {
    let values: [Value]

    init(_ values: [Value]) { self.values = values }

    var count: Int { values.count }

    subscript(_ index: Int) -> Value { index < values.count ? values[index] : .undefined }

    /// Nil when the argument was not passed or is `undefined` (optional parameters).
    func optional(_ index: Int) -> Value? {
        guard index < values.count else { return nil }
        if case .undefined = values[index] { return nil }
        return values[index]
    }
}
