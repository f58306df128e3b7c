import SlingrDiagnostics

extension Compiler {
    /// Compiles a function literal; `inferredName` names anonymous functions after the variable
    /// or property they are assigned to (`const f = function () {}` has `f.name == "f"`).
    func function(_ node: FunctionNode, inferredName: String?) throws -> FunctionCode {
        if node.isGenerator { throw unsupported("a generator function", node.range) }
        if node.isAsync { throw unsupported("an async function", node.range) }
        if node.kind == .classConstructor { throw unsupported("class syntax", node.range) }
        var length = 0
        for param in node.params {
            if case .identifier = param { length += 1 } else if case .object = param { length += 1 } else if case .array = param {
                length += 1
            } else {
                break
            }
        }
        let name = node.id?.name ?? inferredName ?? ""
        let isArrow = node.kind == .arrow
        let code = FunctionCode(
            name: JSString(name), length: length, isArrow: isArrow,
            isConstructor: node.kind == .declaration || node.kind == .expression, isStrict: node.isStrict,
            range: node.range)
        code.source = sourceName
        code.sourceText = sourceText
        let body: [Statement]
        var expressionBody: Expression?
        switch node.body {
        case .block(let block): body = block.body
        case .expression(let expression):
            body = []
            expressionBody = expression
        }
        try compileBody(of: code, params: node.params, body: body, functionNode: node, isArrow: isArrow, expressionBody: expressionBody)
        return code
    }

    /// Declares parameters and hoisted names in a new function scope and compiles the body.
    func compileBody(
        of code: FunctionCode, params: [Pattern], body: [Statement], functionNode: FunctionNode?, isArrow: Bool,
        expressionBody: Expression? = nil
    ) throws {
        let inner = CompilerScope(
            kind: .function(isArrow: isArrow), parent: scope, isMaterialized: true, isStrict: code.isStrict)
        var providesThisToEval = false
        if let evalScan {
            // A direct eval inside may add `var`s here and read `this`/`arguments`/`new.target`.
            let identity = functionNode.map { ObjectIdentifier($0) }
            let ownsEval = identity.map { evalScan.varOwners.contains($0) } ?? evalScan.topLevel
            providesThisToEval = !isArrow && (identity.map { evalScan.thisProviders.contains($0) } ?? evalScan.topLevelProvidesThis)
            if ownsEval, !code.isStrict { inner.hasSloppyDirectEval = true }
        }
        try withScope(inner) {
            let simple = params.allSatisfy { if case .identifier = $0 { return true } else { return false } }
            if simple {
                for _ in params { _ = inner.addSlot() }
                for (index, param) in params.enumerated() {
                    if case .identifier(let identifier) = param { inner.rebind(identifier.name, slot: index) }
                }
                code.simpleParameterCount = params.count
                if !code.isStrict {
                    var seen = Set<String>()
                    var mapped = [Int?](repeating: nil, count: params.count)
                    for (index, param) in params.enumerated().reversed() {
                        if case .identifier(let identifier) = param, seen.insert(identifier.name).inserted { mapped[index] = index }
                    }
                    code.mappedArgumentSlots = mapped
                }
            } else {
                // Parameters are initialized in order: a default that reads a later one is
                // in its temporal dead zone (`function f(x = y, y) {}`).
                for param in params {
                    for name in DeclarationScanner.boundNames(param) { inner.declare(name, kind: .lexical) }
                }
            }
            if providesThisToEval {
                _ = Compiler.slot(.this, in: inner)
                _ = Compiler.slot(.arguments, in: inner)
                _ = Compiler.slot(.newTarget, in: inner)
            }
            let lexical = DeclarationScanner.lexicalDeclarations(in: body)
            let lexicalNames = Set(lexical.names.map(\.name))
            for name in DeclarationScanner.varNames(in: body, blockFunctions: !code.isStrict)
            where !lexicalNames.contains(name) || inner.lookup(name) != nil {
                inner.declare(name, kind: .variable)
            }
            for declaration in lexical.names { inner.declare(declaration.name, kind: declaration.kind) }
            var functionSlots: [(Int, FunctionNode)] = []
            for function in lexical.functions {
                guard let id = function.id else { continue }
                functionSlots.append((inner.declare(id.name, kind: .variable).slot, function))
            }
            if let functionNode, functionNode.kind == .expression, let id = functionNode.id, inner.lookup(id.name) == nil {
                code.selfSlot = inner.declare(id.name, kind: .functionName).slot
            }
            if !simple {
                var targets: [BindingTarget?] = []
                var rest: BindingTarget?
                for param in params {
                    if case .rest(let element) = param {
                        rest = try bindingTarget(element.argument)
                    } else {
                        targets.append(try bindingTarget(param))
                    }
                }
                code.parameterBinding = PatternBinding(
                    target: .array(targets, rest: rest, range: code.range), isDeclaration: true)
            }
            code.hoistedFunctions = try functionSlots.map { ($0.0, try self.function($0.1, inferredName: nil)) }
            if let expressionBody {
                code.expressionBody = try expression(expressionBody)
            } else {
                code.body = try statements(body)
            }
            code.slotTemplate = inner.template
            code.thisSlot = inner.thisSlot
            code.argumentsSlot = inner.argumentsSlot
            code.newTargetSlot = inner.newTargetSlot
        }
    }

    /// Compiles a binding pattern (declarations, parameters, catch, for-in/of heads) or an
    /// assignment pattern.
    func bindingTarget(_ pattern: Pattern) throws -> BindingTarget {
        try enter(pattern.range)
        defer { leave() }
        switch pattern {
        case .identifier(let identifier):
            return .variable(reference(identifier.name))
        case .call(let call):
            return .invalid(try expression(.call(call)), "Invalid left-hand side in assignment")
        case .member(let member):
            if case .super = member.object { throw unsupported("super", member.range) }
            let object = try expression(member.object)
            switch member.property {
            case .identifier(let name): return .namedMember(object, JSString(name.name), strict: scope.isStrict)
            case .computed(let key): return .computedMember(object, try expression(key), strict: scope.isStrict)
            case .privateName(let name): throw unsupported("private names", name.range)
            }
        case .assignment(let assignment):
            var inferred: String?
            if case .identifier(let identifier) = assignment.left { inferred = identifier.name }
            return .withDefault(
                try bindingTarget(assignment.left), try expression(assignment.right, inferredName: inferred))
        case .rest(let rest):
            return try bindingTarget(rest.argument)
        case .object(let object):
            var entries: [ObjectPatternEntry] = []
            var rest: BindingTarget?
            for member in object.properties {
                switch member {
                case .property(let property):
                    let key: ObjectPatternEntry.Key
                    if let name = property.key.staticName {
                        key = .fixed(JSString(name))
                    } else if case .computed(let expression) = property.key {
                        key = .computed(try self.expression(expression))
                    } else {
                        throw unsupported("private names", property.range)
                    }
                    entries.append(ObjectPatternEntry(key: key, target: try bindingTarget(property.value)))
                case .rest(let element):
                    rest = try bindingTarget(element.argument)
                }
            }
            return .object(entries, rest: rest, range: object.range)
        case .array(let array):
            var elements: [BindingTarget?] = []
            var rest: BindingTarget?
            for element in array.elements {
                if case .rest(let restElement)? = element {
                    rest = try bindingTarget(restElement.argument)
                } else {
                    elements.append(try element.map { try bindingTarget($0) })
                }
            }
            return .array(elements, rest: rest, range: array.range)
        }
    }
}
