import SlingrDiagnostics

extension Compiler {
    /// Compiles a statement list; `inBlock` marks lists nested in a block or switch, where a
    /// sloppy-mode function declaration also sets its function-level `var` (Annex B).
    func statements(_ list: [Statement], inBlock: Bool = false) throws -> [StatementNode] {
        var nodes: [StatementNode] = []
        nodes.reserveCapacity(list.count)
        for statement in list {
            if case .function(let function) = statement {
                // Hoisted; in a sloppy block the declaration point copies it to the var.
                if inBlock, !scope.isStrict, let id = function.id, let target = functionLevelReference(id.name) {
                    nodes.append(AnnexBFunctionNode(
                        source: reference(id.name), target: target, range: function.range))
                }
                continue
            }
            if case .empty = statement { continue }
            nodes.append(try self.statement(statement))
        }
        return nodes
    }

    /// The `var` a sloppy block function declaration also assigns: the binding of that name in
    /// the nearest function (a global at the top level), if it is a `var`.
    func functionLevelReference(_ name: String) -> VariableReference? {
        var hops = 0
        var current: CompilerScope? = scope
        while let candidate = current {
            if case .program = candidate.kind {
                return VariableReference(
                    location: .global, name: JSString(name), isConstant: false, needsDeadZoneCheck: false, isStrict: false)
            }
            if case .evalCode = candidate.kind { return nil }
            if candidate.isFunctionBoundary {
                guard let binding = candidate.lookup(name), binding.kind == .variable else { return nil }
                return VariableReference(
                    location: .local(hops: hops, slot: binding.slot), name: JSString(name), isConstant: false,
                    needsDeadZoneCheck: false, isStrict: false)
            }
            if candidate.isMaterialized { hops += 1 }
            current = candidate.parent
        }
        return nil
    }

    func statement(_ statement: Statement, labels loopLabels: [Int] = []) throws -> StatementNode {
        try enter(statement.range)
        defer { leave() }
        let range = statement.range
        switch statement {
        case .expression(let node):
            return ExpressionStatementNode(try expression(node.expression), range: range)
        case .block(let block):
            return try self.block(block.body, range: range)
        case .empty, .debugger:
            return EmptyNode(range: range)
        case .with(let node):
            throw unsupported("with", node.range)
        case .return(let node):
            return ReturnNode(try node.argument.map { try expression($0) }, range: range)
        case .labeled(let node):
            let id = pushLabel(node.label.name)
            defer { popLabel() }
            let body: StatementNode
            switch node.body {
            case .for, .forIn, .forOf, .while, .doWhile, .labeled:
                body = try self.statement(node.body, labels: loopLabels + [id])
            default:
                body = try self.statement(node.body)
            }
            return LabeledNode(label: id, body: body, range: range)
        case .break(let node):
            return BreakNode(label: try labelID(node.label, range: range), range: range)
        case .continue(let node):
            return ContinueNode(label: try labelID(node.label, range: range), range: range)
        case .if(let node):
            // `else if` chains are nested ifs in the tree; one node runs the whole chain.
            var branches: [IfNode.Branch] = []
            var current = node
            while true {
                branches.append(IfNode.Branch(test: try expression(current.test), consequent: try substatement(current.consequent)))
                guard case .if(let next)? = current.alternate else { break }
                current = next
            }
            return IfNode(branches: branches, alternate: try current.alternate.map { try substatement($0) }, range: range)
        case .switch(let node):
            return try switchStatement(node, labels: loopLabels)
        case .throw(let node):
            return ThrowNode(try expression(node.argument), range: range)
        case .try(let node):
            return try tryStatement(node)
        case .while(let node):
            return WhileNode(try expression(node.test), try substatement(node.body), labels: loopLabels, range: range)
        case .doWhile(let node):
            return DoWhileNode(try expression(node.test), try substatement(node.body), labels: loopLabels, range: range)
        case .for(let node):
            return try forStatement(node, labels: loopLabels)
        case .forIn(let node):
            return try forInOf(left: node.left, right: node.right, body: node.body, isOf: false, labels: loopLabels, range: range)
        case .forOf(let node):
            if node.isAwait { throw unsupported("for await", range) }
            return try forInOf(left: node.left, right: node.right, body: node.body, isOf: true, labels: loopLabels, range: range)
        case .function:
            return EmptyNode(range: range)
        case .variable(let declaration):
            return try variableDeclaration(declaration)
        case .class(let node):
            throw unsupported("class syntax", node.range)
        }
    }

    /// The body of `if`/loops: a lone function declaration there gets a block of its own.
    private func substatement(_ statement: Statement) throws -> StatementNode {
        if case .function = statement { return try block([statement], range: statement.range) }
        return try self.statement(statement)
    }

    func block(_ body: [Statement], range: SourceRange) throws -> StatementNode {
        let declarations = DeclarationScanner.lexicalDeclarations(in: body)
        if declarations.names.isEmpty && declarations.functions.isEmpty {
            return BlockNode(try statements(body, inBlock: true), layout: nil, range: range)
        }
        let inner = CompilerScope(kind: .block, parent: scope, isMaterialized: true, isStrict: scope.isStrict)
        return try withScope(inner) {
            let layout = try declareBlock(declarations)
            let nodes = try statements(body, inBlock: true)
            return BlockNode(nodes, layout: BlockScopeLayout(template: inner.template, functions: layout), range: range)
        }
    }

    /// Declares a block's lexical names and compiles its function declarations.
    func declareBlock(_ declarations: (names: [DeclarationScanner.Lexical], functions: [FunctionNode])) throws
        -> [(slot: Int, code: FunctionCode)]
    {
        for lexical in declarations.names { scope.declare(lexical.name, kind: lexical.kind) }
        var slots: [(String, Int)] = []
        for function in declarations.functions {
            guard let id = function.id else { continue }
            slots.append((id.name, scope.declare(id.name, kind: .variable).slot))
        }
        var functions: [(slot: Int, code: FunctionCode)] = []
        for (function, (_, slot)) in zip(declarations.functions.filter { $0.id != nil }, slots) {
            functions.append((slot, try self.function(function, inferredName: nil)))
        }
        return functions
    }

    private func variableDeclaration(_ declaration: VariableDeclaration) throws -> StatementNode {
        var declarators: [DeclarationNode.Declarator] = []
        for declarator in declaration.declarations {
            var inferred: String?
            if case .identifier(let identifier) = declarator.id { inferred = identifier.name }
            let initializer = try declarator.initializer.map { try expression($0, inferredName: inferred) }
            let binding = PatternBinding(
                target: try bindingTarget(declarator.id), isDeclaration: true,
                sourceText: declarator.initializer.flatMap { Compiler.sourceText($0) })
            declarators.append(DeclarationNode.Declarator(binding: binding, initializer: initializer))
        }
        return DeclarationNode(declarators, isLexical: declaration.kind != .var, range: declaration.range)
    }

    private func forStatement(_ node: ForStatement, labels: [Int]) throws -> StatementNode {
        var lexicalNames: [DeclarationScanner.Lexical] = []
        if case .variable(let declaration)? = node.initializer, declaration.kind != .var {
            let kind: SlotBindingKind = declaration.kind == .const ? .constant : .lexical
            for declarator in declaration.declarations {
                for name in DeclarationScanner.boundNames(declarator.id) {
                    lexicalNames.append(DeclarationScanner.Lexical(name: name, kind: kind))
                }
            }
        }
        let compileParts = { () throws -> (StatementNode?, ExpressionNode?, ExpressionNode?, StatementNode) in
            var initializer: StatementNode?
            switch node.initializer {
            case .variable(let declaration)?: initializer = try self.variableDeclaration(declaration)
            case .expression(let expression)?:
                initializer = ExpressionStatementNode(try self.expression(expression), range: expression.range)
            case nil: initializer = nil
            }
            let test = try node.test.map { try self.expression($0) }
            let update = try node.update.map { try self.expression($0) }
            let body = try self.substatement(node.body)
            return (initializer, test, update, body)
        }
        if lexicalNames.isEmpty {
            let (initializer, test, update, body) = try compileParts()
            return ForNode(
                initializer: initializer.map { ExpressionlessInitializer($0) }, test: test, update: update, body: body,
                loopScope: nil, copiesPerIteration: false, labels: labels, range: node.range)
        }
        let inner = CompilerScope(kind: .block, parent: scope, isMaterialized: true, isStrict: scope.isStrict)
        return try withScope(inner) {
            let infos = lexicalNames.map { inner.declare($0.name, kind: $0.kind) }
            let (initializer, test, update, body) = try compileParts()
            let captured = infos.contains { $0.isCaptured }
            return ForNode(
                initializer: initializer.map { ExpressionlessInitializer($0) }, test: test, update: update, body: body,
                loopScope: inner.template, copiesPerIteration: captured, labels: labels, range: node.range)
        }
    }

    private func forInOf(
        left: ForInOfLeft, right: Expression, body: Statement, isOf: Bool, labels: [Int], range: SourceRange
    ) throws -> StatementNode {
        switch left {
        case .variable(let declaration) where declaration.kind != .var:
            guard let declarator = declaration.declarations.first else {
                throw ScriptError(kind: .syntaxError, name: "SyntaxError", message: "Invalid for-in/of head", range: range)
            }
            let inner = CompilerScope(kind: .block, parent: scope, isMaterialized: true, isStrict: scope.isStrict)
            return try withScope(inner) {
                let kind: SlotBindingKind = declaration.kind == .const ? .constant : .lexical
                for name in DeclarationScanner.boundNames(declarator.id) { inner.declare(name, kind: kind) }
                let rightNode = try expression(right)
                let binding = PatternBinding(target: try bindingTarget(declarator.id), isDeclaration: true)
                let bodyNode = try substatement(body)
                let node = ForInOfNode(
                    isOf: isOf, binding: binding, right: rightNode, body: bodyNode, iterationScope: inner.template,
                    labels: labels, range: range)
                node.rightText = Compiler.sourceText(right)
                return node
            }
        case .variable(let declaration):
            guard let declarator = declaration.declarations.first else {
                throw ScriptError(kind: .syntaxError, name: "SyntaxError", message: "Invalid for-in/of head", range: range)
            }
            let binding = PatternBinding(target: try bindingTarget(declarator.id), isDeclaration: true)
            let node = ForInOfNode(
                isOf: isOf, binding: binding, right: try expression(right), body: try substatement(body),
                iterationScope: nil, labels: labels, range: range)
            node.rightText = Compiler.sourceText(right)
            return node
        case .pattern(let pattern):
            let binding = PatternBinding(target: try bindingTarget(pattern), isDeclaration: false)
            let node = ForInOfNode(
                isOf: isOf, binding: binding, right: try expression(right), body: try substatement(body),
                iterationScope: nil, labels: labels, range: range)
            node.rightText = Compiler.sourceText(right)
            return node
        }
    }

    private func switchStatement(_ node: SwitchStatement, labels: [Int]) throws -> StatementNode {
        let discriminant = try expression(node.discriminant)
        let all = node.cases.flatMap(\.consequent)
        let declarations = DeclarationScanner.lexicalDeclarations(in: all)
        let compileCases = { () throws -> [SwitchNode.Case] in
            try node.cases.map { switchCase in
                SwitchNode.Case(test: try switchCase.test.map { try self.expression($0) }, body: try self.statements(switchCase.consequent, inBlock: true))
            }
        }
        if declarations.names.isEmpty && declarations.functions.isEmpty {
            return SwitchNode(discriminant: discriminant, cases: try compileCases(), layout: nil, labels: labels, range: node.range)
        }
        let inner = CompilerScope(kind: .block, parent: scope, isMaterialized: true, isStrict: scope.isStrict)
        return try withScope(inner) {
            let functions = try declareBlock(declarations)
            let cases = try compileCases()
            return SwitchNode(
                discriminant: discriminant, cases: cases,
                layout: BlockScopeLayout(template: inner.template, functions: functions), labels: labels, range: node.range)
        }
    }

    private func tryStatement(_ node: TryStatement) throws -> StatementNode {
        let block = try self.block(node.block.body, range: node.block.range)
        var handler: StatementNode?
        var parameter: PatternBinding?
        var catchScope: [Value]?
        if let clause = node.handler {
            if let param = clause.param {
                let inner = CompilerScope(kind: .block, parent: scope, isMaterialized: true, isStrict: scope.isStrict)
                if case .identifier = param { inner.isCatchScope = true }
                try withScope(inner) {
                    for name in DeclarationScanner.boundNames(param) { inner.declare(name, kind: .variable) }
                    parameter = PatternBinding(target: try bindingTarget(param), isDeclaration: true)
                    handler = try self.block(clause.body.body, range: clause.body.range)
                }
                catchScope = inner.template
            } else {
                handler = try self.block(clause.body.body, range: clause.body.range)
            }
        }
        let finalizer = try node.finalizer.map { try self.block($0.body, range: $0.range) }
        return TryNode(
            block: block, handler: handler, parameter: parameter, catchScope: catchScope, finalizer: finalizer,
            range: node.range)
    }
}

/// The initializer of a `for` loop runs as a statement but must not change the completion
/// value; wrapping keeps `ForNode` agnostic of what kind of initializer it has.
final class ExpressionlessInitializer: StatementNode {
    let inner: StatementNode

    init(_ inner: StatementNode) {
        self.inner = inner
        super.init(range: inner.range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        let saved = realm.completionValue
        defer { realm.completionValue = saved }
        return try inner.execute(realm, scope)
    }
}
