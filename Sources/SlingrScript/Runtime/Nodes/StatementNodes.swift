import SlingrDiagnostics

/// `expression;` — also records the completion value (what a statement list evaluates to).
final class ExpressionStatementNode: StatementNode {
    let expression: ExpressionNode

    init(_ expression: ExpressionNode, range: SourceRange) {
        self.expression = expression
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        realm.completionValue = try expression.evaluate(realm, scope)
        return .normal
    }
}

/// `var`/`let`/`const` declarators (hoisting already happened at scope entry).
final class DeclarationNode: StatementNode {
    struct Declarator {
        let binding: PatternBinding
        let initializer: ExpressionNode?
    }

    let declarators: [Declarator]
    /// `let x;` initialises to undefined; `var x;` leaves the variable alone.
    let isLexical: Bool

    init(_ declarators: [Declarator], isLexical: Bool, range: SourceRange) {
        self.declarators = declarators
        self.isLexical = isLexical
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        for declarator in declarators {
            if let initializer = declarator.initializer {
                let value = try initializer.evaluate(realm, scope)
                do { try declarator.binding.bind(value, realm, scope) } catch { throw realm.locate(error, range) }
            } else if isLexical {
                try declarator.binding.bind(.undefined, realm, scope)
            }
        }
        return .normal
    }
}

/// `return expression;`
final class ReturnNode: StatementNode {
    let argument: ExpressionNode?

    init(_ argument: ExpressionNode?, range: SourceRange) {
        self.argument = argument
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        .returnValue(try argument?.evaluate(realm, scope) ?? .undefined)
    }
}

final class IfNode: StatementNode {
    let test: ExpressionNode
    let consequent: StatementNode
    let alternate: StatementNode?

    init(_ test: ExpressionNode, _ consequent: StatementNode, _ alternate: StatementNode?, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        if try test.evaluate(realm, scope).isTruthy { return try consequent.execute(realm, scope) }
        return try alternate?.execute(realm, scope) ?? .normal
    }
}

/// Slot layout and hoisted functions of a block that declares `let`/`const`/functions.
struct BlockScopeLayout {
    let template: [Value]
    let functions: [(slot: Int, code: FunctionCode)]

    func enter(_ realm: Realm, _ scope: RuntimeScope) -> RuntimeScope {
        let inner = RuntimeScope(parent: scope, slots: template)
        for (slot, code) in functions { inner.slots[slot] = .object(realm.makeFunction(code, scope: inner)) }
        return inner
    }
}

/// `{ ... }`; gets its own scope only when it declares something.
final class BlockNode: StatementNode {
    let statements: [StatementNode]
    let layout: BlockScopeLayout?

    init(_ statements: [StatementNode], layout: BlockScopeLayout?, range: SourceRange) {
        self.statements = statements
        self.layout = layout
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let inner = layout?.enter(realm, scope) ?? scope
        return try executeStatements(statements, realm, inner)
    }
}

/// Decides what a loop does with the completion of its body.
@inline(__always)
func loopControl(_ completion: Completion, labels: [Int]) -> (exit: Completion?, stop: Bool) {
    switch completion {
    case .normal: return (nil, false)
    case .breakLoop(let label):
        if label == 0 || labels.contains(label) { return (.normal, true) }
        return (completion, true)
    case .continueLoop(let label):
        if label == 0 || labels.contains(label) { return (nil, false) }
        return (completion, true)
    case .returnValue: return (completion, true)
    }
}

final class WhileNode: StatementNode {
    let test: ExpressionNode
    let body: StatementNode
    let labels: [Int]

    init(_ test: ExpressionNode, _ body: StatementNode, labels: [Int], range: SourceRange) {
        self.test = test
        self.body = body
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        while try test.evaluate(realm, scope).isTruthy {
            do { try realm.step() } catch { throw realm.locate(error, range) }
            let (exit, stop) = loopControl(try body.execute(realm, scope), labels: labels)
            if stop { return exit ?? .normal }
        }
        return .normal
    }
}

final class DoWhileNode: StatementNode {
    let test: ExpressionNode
    let body: StatementNode
    let labels: [Int]

    init(_ test: ExpressionNode, _ body: StatementNode, labels: [Int], range: SourceRange) {
        self.test = test
        self.body = body
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        repeat {
            do { try realm.step() } catch { throw realm.locate(error, range) }
            let (exit, stop) = loopControl(try body.execute(realm, scope), labels: labels)
            if stop { return exit ?? .normal }
        } while try test.evaluate(realm, scope).isTruthy
        return .normal
    }
}

/// `for (init; test; update) body`, with a fresh copy of `let` bindings per iteration when a
/// closure in the loop captures them.
final class ForNode: StatementNode {
    let initializer: StatementNode?
    let test: ExpressionNode?
    let update: ExpressionNode?
    let body: StatementNode
    let loopScope: [Value]?
    let copiesPerIteration: Bool
    let labels: [Int]

    init(
        initializer: StatementNode?, test: ExpressionNode?, update: ExpressionNode?, body: StatementNode,
        loopScope: [Value]?, copiesPerIteration: Bool, labels: [Int], range: SourceRange
    ) {
        self.initializer = initializer
        self.test = test
        self.update = update
        self.body = body
        self.loopScope = loopScope
        self.copiesPerIteration = copiesPerIteration
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        var current = scope
        if let loopScope { current = RuntimeScope(parent: scope, slots: loopScope) }
        if let initializer { _ = try initializer.execute(realm, current) }
        while true {
            if let test, !(try test.evaluate(realm, current).isTruthy) { break }
            do { try realm.step() } catch { throw realm.locate(error, range) }
            let (exit, stop) = loopControl(try body.execute(realm, current), labels: labels)
            if stop { return exit ?? .normal }
            if copiesPerIteration { current = RuntimeScope(parent: scope, slots: current.slots) }
            if let update { _ = try update.evaluate(realm, current) }
        }
        return .normal
    }
}

/// `for (left in object)` and `for (left of iterable)`.
final class ForInOfNode: StatementNode {
    let isOf: Bool
    let binding: PatternBinding
    let right: ExpressionNode
    let body: StatementNode
    /// A fresh scope per iteration for `let`/`const` heads.
    let iterationScope: [Value]?
    let labels: [Int]
    /// Source text of the iterated expression, for "x is not iterable".
    var rightText: String?

    init(
        isOf: Bool, binding: PatternBinding, right: ExpressionNode, body: StatementNode,
        iterationScope: [Value]?, labels: [Int], range: SourceRange
    ) {
        self.isOf = isOf
        self.binding = binding
        self.right = right
        self.body = body
        self.iterationScope = iterationScope
        self.labels = labels
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        var evaluationScope = scope
        if let iterationScope { evaluationScope = RuntimeScope(parent: scope, slots: iterationScope) }
        let subject = try right.evaluate(realm, evaluationScope)
        if isOf {
            if case .object(let array) = subject, case .array = array.kind {
                // Live iteration: elements appended during the loop are visited, as in JavaScript.
                var index = 0
                while index < array.elements.count {
                    let value = array.elements[index]
                    index += 1
                    if let result = try iteration(value, realm, scope) { return result }
                }
                return .normal
            }
            for value in try realm.iterate(subject, at: right.range, text: rightText) {
                if let result = try iteration(value, realm, scope) { return result }
            }
            return .normal
        }
        guard case .object = subject else {
            if case .string(let string) = subject {
                for index in 0..<string.count {
                    if let result = try iteration(.string(Names.indexKey(index)), realm, scope) { return result }
                }
            }
            return .normal
        }
        for key in try realm.enumerableKeys(subject) {
            if let result = try iteration(.string(key), realm, scope) { return result }
        }
        return .normal
    }

    /// Runs one iteration; a non-nil result ends the loop with that completion.
    @inline(__always)
    private func iteration(_ value: Value, _ realm: Realm, _ scope: RuntimeScope) throws -> Completion? {
        do { try realm.step() } catch { throw realm.locate(error, range) }
        let bodyScope = iterationScope.map { RuntimeScope(parent: scope, slots: $0) } ?? scope
        do { try binding.bind(value, realm, bodyScope) } catch { throw realm.locate(error, range) }
        let (exit, stop) = loopControl(try body.execute(realm, bodyScope), labels: labels)
        return stop ? (exit ?? .normal) : nil
    }
}

extension Realm {
    /// The keys `for-in` visits: own and inherited enumerable string keys, each once.
    func enumerableKeys(_ value: Value) throws -> [JSString] {
        guard case .object(let object) = value else { return [] }
        var keys: [JSString] = []
        var seen = Set<JSString>()
        var current: JSObject? = object
        var depth = 0
        while let candidate = current, depth < 10_000 {
            for key in candidate.ownKeys(includeHidden: true) where seen.insert(key).inserted {
                if isEnumerable(candidate, key) { keys.append(key) }
            }
            current = candidate.prototype
            depth += 1
        }
        return keys
    }

    func isEnumerable(_ object: JSObject, _ key: JSString) -> Bool {
        switch object.kind {
        case .array, .arguments:
            if let index = key.arrayIndex, Int(index) < object.elements.count { return true }
            if key == Names.length, case .array = object.kind { return false }
        case .primitive(.string(let string)):
            if let index = key.arrayIndex, Int(index) < string.count { return true }
            if key == Names.length { return false }
        default:
            break
        }
        guard let slot = object.ownSlot(key) else { return false }
        return object.properties.flags(at: slot).contains(.enumerable)
    }
}

final class BreakNode: StatementNode {
    let label: Int

    init(label: Int, range: SourceRange) {
        self.label = label
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion { .breakLoop(label) }
}

final class ContinueNode: StatementNode {
    let label: Int

    init(label: Int, range: SourceRange) {
        self.label = label
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion { .continueLoop(label) }
}

/// A labelled statement that is not a loop: `break label` inside it ends it.
final class LabeledNode: StatementNode {
    let label: Int
    let body: StatementNode

    init(label: Int, body: StatementNode, range: SourceRange) {
        self.label = label
        self.body = body
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let completion = try body.execute(realm, scope)
        if case .breakLoop(let target) = completion, target == label { return .normal }
        return completion
    }
}

final class ThrowNode: StatementNode {
    let argument: ExpressionNode

    init(_ argument: ExpressionNode, range: SourceRange) {
        self.argument = argument
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        throw JSException(value: try argument.evaluate(realm, scope), range: range)
    }
}

final class EmptyNode: StatementNode {}
