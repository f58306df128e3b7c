import SlingrDiagnostics

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
        if expressions.isEmpty { return .string(strings[0]) }
        do { return .string(try realm.makeString(units)) } catch { throw realm.locate(error, range) }
    }
}
