import SlingrDiagnostics

/// `[a, , ...b]` (an elision is a hole).
final class ArrayLiteralNode: ExpressionNode {
    /// Nil for an elision (a hole).
    let elements: [ExpressionNode?]
    let spread: [Bool]
    /// Source text of spread operands, for "x is not iterable".
    let spreadTexts: [String?]

    init(elements: [ExpressionNode?], spread: [Bool], spreadTexts: [String?] = [], range: SourceRange) {
        self.elements = elements
        self.spread = spread
        self.spreadTexts = spreadTexts
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        var hasHoles = false
        for (index, element) in elements.enumerated() {
            guard let element else {
                values.append(ArrayHole.value)
                hasHoles = true
                continue
            }
            let value = try element.evaluate(realm, scope)
            if !spread.isEmpty, spread[index] {
                let text = index < spreadTexts.count ? spreadTexts[index] : nil
                let items = try realm.iterate(value, at: element.range, text: text)
                do {
                    try realm.checkArray(length: values.count + items.count)
                    try realm.chargeNewValues(items.count)
                } catch {
                    throw realm.locate(error, range)
                }
                values.append(contentsOf: items)
            } else {
                values.append(value)
            }
        }
        let array = realm.newArray(values)
        if hasHoles { array.storage.mayHaveHoles = true }
        return .object(array)
    }
}
