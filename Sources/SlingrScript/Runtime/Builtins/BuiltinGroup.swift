/// An ordered, keyed set of built-in specs (the methods of one prototype or namespace).
struct BuiltinGroup: Sendable {
    let specs: [JSString: BuiltinSpec]
    let order: [JSString]

    init(_ list: [BuiltinSpec]) {
        var specs: [JSString: BuiltinSpec] = [:]
        for spec in list { specs[spec.name] = spec }
        self.specs = specs
        self.order = list.map(\.name)
    }
}
