import SlingrDiagnostics

extension Compiler {
    func expression(_ expression: Expression, inferredName: String? = nil) throws -> ExpressionNode {
        try enter(expression.range)
        defer { leave() }
        let range = expression.range
        switch expression {
        case .identifier(let identifier):
            let name = identifier.name
            // Lengths first: most names are neither, and comparing lengths is cheaper.
            let length = name.utf8.count
            if length == 9, name == "undefined", case .global = resolve(name).location {
                return ConstantNode(.undefined, range: range)
            }
            if length == 9, name == "arguments", argumentsIsImplicit(), let (hops, slot) = functionSlot(.arguments)
            {
                return slotNode(hops: hops, slot: slot, name: "arguments", range: range)
            }
            return variableNode(named: name, range: range)
        case .literal(let literal):
            return try self.literal(literal)
        case .this:
            guard let (hops, slot) = functionSlot(.this) else { return GlobalThisNode(range: range) }
            return slotNode(hops: hops, slot: slot, name: "this", range: range)
        case .array(let array):
            var elements: [ExpressionNode?] = []
            var spread: [Bool] = []
            var texts: [String?] = []
            var hasSpread = false
            for element in array.elements {
                switch element {
                case nil:
                    elements.append(nil)
                    spread.append(false)
                    texts.append(nil)
                case .expression(let item)?:
                    elements.append(try self.expression(item))
                    spread.append(false)
                    texts.append(nil)
                case .spread(let item)?:
                    elements.append(try self.expression(item.argument))
                    spread.append(true)
                    texts.append(Compiler.sourceText(item.argument))
                    hasSpread = true
                }
            }
            return ArrayLiteralNode(
                elements: elements, spread: hasSpread ? spread : [], spreadTexts: hasSpread ? texts : [], range: range)
        case .object(let object):
            return try objectLiteral(object)
        case .function(let node), .arrowFunction(let node):
            return FunctionLiteralNode(try function(node, inferredName: inferredName), range: range)
        case .class(let node):
            throw unsupported("class syntax", node.range)
        case .template(let template):
            var strings: [JSString] = []
            for quasi in template.quasis {
                if let units = quasi.cookedCodeUnits {
                    strings.append(JSString(units: units))
                } else {
                    strings.append(JSString(quasi.cooked ?? quasi.raw))
                }
            }
            let expressions = try template.expressions.map { try self.expression($0) }
            if expressions.isEmpty { return ConstantNode(.string(strings[0]), range: range) }
            return TemplateNode(strings: strings, expressions: expressions, range: range)
        case .taggedTemplate(let node):
            throw unsupported("tagged template", node.range)
        case .member, .call, .binary, .logical:
            return try chain(expression)
        case .chain(let chain):
            return ChainNode(try self.expression(chain.expression), range: range)
        case .new(let node):
            if case .super = node.callee { throw unsupported("super", node.range) }
            let callee = try self.expression(node.callee)
            return NewNode(
                callee, arguments: try argumentList(node.arguments), calleeText: CalleeText(node.callee),
                range: range)
        case .update(let update):
            var target: AssignmentTarget
            if case .call(let call) = update.argument {
                let where_ = update.isPrefix ? "prefix" : "postfix"
                target = .invalid(try self.expression(.call(call)), "Invalid left-hand side expression in \(where_) operation")
            } else {
                target = try assignmentTarget(update.argument, range: range)
            }
            return UpdateNode(
                target: target, delta: update.operator == .increment ? 1 : -1, isPrefix: update.isPrefix,
                isStrict: scope.isStrict, range: range)
        case .unary(let unary):
            return try self.unary(unary)
        case .conditional(let conditional):
            return ConditionalNode(
                try self.expression(conditional.test), try self.expression(conditional.consequent),
                try self.expression(conditional.alternate), range: range)
        case .assignment(let assignment):
            return try self.assignment(assignment)
        case .sequence(let sequence):
            return SequenceNode(try sequence.expressions.map { try self.expression($0) }, range: range)
        case .yield(let node):
            throw unsupported("yield", node.range)
        case .await(let node):
            throw unsupported("await", node.range)
        case .metaProperty(let node):
            guard node.meta.name == "new", node.property.name == "target" else {
                throw unsupported("\(node.meta.name).\(node.property.name)", node.range)
            }
            guard let (hops, slot) = functionSlot(.newTarget) else { return ConstantNode(.undefined, range: range) }
            return slotNode(hops: hops, slot: slot, name: "new.target", range: range)
        case .import(let node):
            throw unsupported("import()", node.range)
        case .super(let node):
            throw unsupported("super", node.range)
        case .privateName(let node):
            throw unsupported("private names", node.range)
        }
    }

    /// Whether `arguments` here is the nearest function's arguments object: no parameter,
    /// variable or function of that name is declared between here and that function.
    func argumentsIsImplicit() -> Bool {
        var current: CompilerScope? = scope
        while let candidate = current {
            if candidate.lookup("arguments") != nil { return false }
            if candidate.bindsThis { return true }
            current = candidate.parent
        }
        return false
    }

    private func slotNode(hops: Int, slot: Int, name: String, range: SourceRange) -> ExpressionNode {
        if hops == 0 { return LocalSlotNode(slot: slot, range: range) }
        return VariableNode(
            VariableReference(
                location: .local(hops: hops, slot: slot), name: JSString(name), isConstant: false,
                needsDeadZoneCheck: false, isStrict: scope.isStrict),
            range: range)
    }

    private func literal(_ literal: Literal) throws -> ExpressionNode {
        let range = literal.range
        switch literal.value {
        case .null: return ConstantNode(.null, range: range)
        case .boolean(let flag): return ConstantNode(.bool(flag), range: range)
        case .number(let number): return ConstantNode(.number(number), range: range)
        case .string(let text): return ConstantNode(.string(Compiler.jsString(literal, text)), range: range)
        case .bigint: throw unsupported("BigInt", range)
        case .regex(let regex):
            do {
                let program = try RegExpProgram(
                    pattern: regex.tree, source: JSString(regex.pattern), flags: regex.flags)
                return RegExpLiteralNode(program, range: range)
            } catch let error as RegExpUnsupported {
                throw ScriptError(kind: .syntaxError, name: "SyntaxError", message: error.message, range: range)
            }
        }
    }

    private func objectLiteral(_ object: ObjectExpression) throws -> ExpressionNode {
        var members: [ObjectLiteralNode.Member] = []
        var counts: [String: Int] = [:]
        var appendsBlindly = true
        for member in object.properties {
            switch member {
            case .property(let property):
                if let name = property.key.staticName { counts[name, default: 0] += 1 } else { appendsBlindly = false }
            case .spread:
                appendsBlindly = false
            }
        }
        for member in object.properties {
            switch member {
            case .spread(let spread):
                members.append(.spread(try expression(spread.argument)))
            case .property(let property):
                let name = property.key.staticName
                let keyNode: ExpressionNode?
                if case .computed(let key) = property.key { keyNode = try expression(key) } else { keyNode = nil }
                if case .privateName(let privateName) = property.key { throw unsupported("private names", privateName.range) }
                let setsPrototype = property.kind == .initializer && !property.isShorthand && !property.isMethod
                    && name == "__proto__" && !property.key.isComputed
                var inferred = setsPrototype ? nil : name
                if let name, property.kind == .getter { inferred = "get " + name }
                if let name, property.kind == .setter { inferred = "set " + name }
                let value = try expression(property.value, inferredName: inferred)
                if property.isMethod || property.kind != .initializer, let function = value as? FunctionLiteralNode {
                    // A method's source text starts at its key.
                    function.code.sourceRange = property.range
                }
                if setsPrototype {
                    members.append(.prototype(value))
                    continue
                }
                switch property.kind {
                case .getter:
                    members.append(.getter(name.map { JSString($0) }, keyNode, value))
                case .setter:
                    members.append(.setter(name.map { JSString($0) }, keyNode, value))
                case .initializer:
                    if let name {
                        let key = jsName(name)
                        if appendsBlindly && counts[name] == 1 && key.arrayIndex == nil {
                            members.append(.unique(key, value))
                        } else {
                            members.append(.fixed(key, value))
                        }
                    } else if let keyNode {
                        members.append(.computed(keyNode, value))
                    }
                }
            }
        }
        return ObjectLiteralNode(members: members, range: object.range)
    }

    /// `member` with its object already compiled (see `chain(_:)`).
    func memberAccess(_ member: MemberExpression, object: ExpressionNode) throws -> ExpressionNode {
        switch member.property {
        case .identifier(let name):
            return NamedMemberNode(object, key: jsName(name.name), isOptional: member.isOptional, range: member.range)
        case .computed(let key):
            if case .literal(let literal) = key, case .string(let text) = literal.value {
                let name = Compiler.jsString(literal, text)
                if name.arrayIndex == nil {
                    return NamedMemberNode(object, key: name, isOptional: member.isOptional, range: member.range)
                }
            }
            return ComputedMemberNode(object, key: try expression(key), isOptional: member.isOptional, range: member.range)
        case .privateName(let name):
            throw unsupported("private names", name.range)
        }
    }

    func argumentList(_ arguments: [ExpressionElement]) throws -> ArgumentList {
        var nodes: [ExpressionNode] = []
        nodes.reserveCapacity(arguments.count)
        // Made at the first spread argument: most calls have none.
        var spread: [Bool] = []
        for argument in arguments {
            switch argument {
            case .expression(let item):
                nodes.append(try expression(item))
                if !spread.isEmpty { spread.append(false) }
            case .spread(let item):
                if spread.isEmpty { spread = Array(repeating: false, count: nodes.count) }
                nodes.append(try expression(item.argument))
                spread.append(true)
            }
        }
        return ArgumentList(nodes: nodes, spread: spread)
    }

    /// `call` of the method `member` (its callee) on the already compiled `object`: `this` is
    /// the object (see `chain(_:)`).
    func methodCall(_ call: CallExpression, member: MemberExpression, object: ExpressionNode) throws -> ExpressionNode {
        let text = CalleeText(call.callee)
        var key: JSString?
        var computedKey: ExpressionNode?
        switch member.property {
        case .identifier(let name): key = jsName(name.name)
        case .computed(let keyExpression): computedKey = try expression(keyExpression)
        case .privateName(let name): throw unsupported("private names", name.range)
        }
        let arguments = try argumentList(call.arguments)
        return MethodCallNode(
            object: object, key: key, computedKey: computedKey, arguments: arguments, calleeText: text,
            isOptionalMember: member.isOptional, isOptionalCall: call.isOptional, range: call.range)
    }

    /// `call` of a callee that is not a member, already compiled (`this` is undefined).
    func plainCall(_ call: CallExpression, callee: ExpressionNode) throws -> ExpressionNode {
        CallNode(
            callee, arguments: try argumentList(call.arguments), calleeText: CalleeText(call.callee),
            isOptional: call.isOptional, range: call.range)
    }

    private func unary(_ unary: UnaryExpression) throws -> ExpressionNode {
        let range = unary.range
        switch unary.operator {
        case .typeof:
            if case .identifier(let identifier) = unary.argument {
                let reference = self.reference(identifier.name)
                if reference.location.isGlobal {
                    return TypeofNode(ConstantNode(.undefined, range: range), reference: reference, range: range)
                }
            }
            return TypeofNode(try expression(unary.argument), reference: nil, range: range)
        case .delete:
            // The argument is compiled twice (as a value and as a target): the first time must
            // leave its syntax in one piece.
            let takesApart = takesTreeApart
            takesTreeApart = false
            let argument = try expression(unary.argument)
            takesTreeApart = takesApart
            var target: AssignmentTarget?
            switch unary.argument {
            case .identifier(let identifier) where identifier.name == "arguments" && argumentsIsImplicit():
                // The arguments object is a binding of the function: never deleted.
                target = .variable(VariableReference(
                    location: .local(hops: 0, slot: 0), name: "arguments", isConstant: false, needsDeadZoneCheck: false,
                    isStrict: scope.isStrict))
            case .member, .identifier:
                target = try assignmentTarget(unary.argument, range: range)
            case .chain(let chain):
                if case .member = chain.expression { target = try assignmentTarget(chain.expression, range: range) }
            default:
                target = nil
            }
            return DeleteNode(target: target, argument: argument, isStrict: scope.isStrict, range: range)
        case .not: return UnaryNode(.not, try expression(unary.argument), range: range)
        case .minus:
            if case .literal(let literal) = unary.argument, case .number(let number) = literal.value {
                return ConstantNode(.number(-number), range: range)
            }
            return UnaryNode(.negate, try expression(unary.argument), range: range)
        case .plus: return UnaryNode(.plus, try expression(unary.argument), range: range)
        case .bitwiseNot: return UnaryNode(.bitwiseNot, try expression(unary.argument), range: range)
        case .void: return UnaryNode(.void, try expression(unary.argument), range: range)
        }
    }

    /// `binary` with its left operand already compiled (see `chain(_:)`).
    func binary(_ binary: BinaryExpression, left: ExpressionNode) throws -> ExpressionNode {
        let right = try expression(binary.right)
        let range = binary.range
        switch binary.operator {
        case .add: return AddNode(left, right, range: range)
        case .strictEqual: return StrictEqualityNode(left, right, negated: false, range: range)
        case .strictNotEqual: return StrictEqualityNode(left, right, negated: true, range: range)
        case .equal: return LooseEqualityNode(left, right, negated: false, range: range)
        case .notEqual: return LooseEqualityNode(left, right, negated: true, range: range)
        case .lessThan: return RelationalNode(.less, left, right, range: range)
        case .greaterThan: return RelationalNode(.greater, left, right, range: range)
        case .lessThanOrEqual: return RelationalNode(.lessOrEqual, left, right, range: range)
        case .greaterThanOrEqual: return RelationalNode(.greaterOrEqual, left, right, range: range)
        case .in: return InNode(left, right, range: range)
        case .instanceof: return InstanceofNode(left, right, range: range)
        case .subtract: return ArithmeticNode(.subtract, left, right, range: range)
        case .multiply: return ArithmeticNode(.multiply, left, right, range: range)
        case .divide: return ArithmeticNode(.divide, left, right, range: range)
        case .remainder: return ArithmeticNode(.remainder, left, right, range: range)
        case .exponent: return ArithmeticNode(.exponent, left, right, range: range)
        case .leftShift: return ArithmeticNode(.leftShift, left, right, range: range)
        case .rightShift: return ArithmeticNode(.rightShift, left, right, range: range)
        case .unsignedRightShift: return ArithmeticNode(.unsignedRightShift, left, right, range: range)
        case .bitwiseAnd: return ArithmeticNode(.bitwiseAnd, left, right, range: range)
        case .bitwiseOr: return ArithmeticNode(.bitwiseOr, left, right, range: range)
        case .bitwiseXor: return ArithmeticNode(.bitwiseXor, left, right, range: range)
        }
    }

    private func assignment(_ assignment: AssignmentExpression) throws -> ExpressionNode {
        let range = assignment.range
        switch assignment.left {
        case .object, .array:
            guard assignment.operator == .assign else { throw unsupported("compound destructuring", range) }
            let binding = PatternBinding(
                target: try bindingTarget(assignment.left), isDeclaration: false,
                sourceText: Compiler.sourceText(assignment.right))
            return PatternAssignmentNode(binding: binding, value: try expression(assignment.right), range: range)
        default:
            break
        }
        let target = try patternAssignmentTarget(assignment.left, range: range)
        var inferred: String?
        if case .identifier(let identifier) = assignment.left { inferred = identifier.name }
        let value = try expression(assignment.right, inferredName: inferred)
        if let literal = value as? FunctionLiteralNode, literal.code.name.isEmpty, case .member(let member) = assignment.left {
            literal.code.traceName = Compiler.memberPath(member)
        }
        let operation: AssignmentOperation
        if let logical = assignment.operator.logicalOperator {
            operation = .logical(logical)
        } else if let binaryOperator = assignment.operator.binaryOperator {
            operation = binaryOperator == .add ? .add : .arithmetic(Compiler.arithmeticOperator(binaryOperator))
        } else {
            operation = .assign
        }
        return AssignmentNode(target: target, operation: operation, value: value, isStrict: scope.isStrict, range: range)
    }

    static func arithmeticOperator(_ op: BinaryOperator) -> ArithmeticOperator {
        switch op {
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .remainder: return .remainder
        case .exponent: return .exponent
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .unsignedRightShift: return .unsignedRightShift
        case .bitwiseAnd: return .bitwiseAnd
        case .bitwiseOr: return .bitwiseOr
        default: return .bitwiseXor
        }
    }

    private func patternAssignmentTarget(_ pattern: Pattern, range: SourceRange) throws -> AssignmentTarget {
        switch pattern {
        case .identifier(let identifier): return .variable(reference(identifier.name))
        case .member(let member): return try assignmentTarget(.member(member), range: range)
        case .call(let call): return .invalid(try expression(.call(call)), "Invalid left-hand side in assignment")
        default: throw ScriptError(kind: .syntaxError, name: "SyntaxError", message: "Invalid assignment target", range: range)
        }
    }

    /// The target of `++`, `delete` and simple assignment.
    func assignmentTarget(_ expression: Expression, range: SourceRange) throws -> AssignmentTarget {
        switch expression {
        case .identifier(let identifier):
            return .variable(reference(identifier.name))
        case .member(let member):
            if case .super = member.object { throw unsupported("super", member.range) }
            let object = try self.expression(member.object)
            switch member.property {
            case .identifier(let name): return .named(object, jsName(name.name))
            case .computed(let key): return .computed(object, try self.expression(key))
            case .privateName(let name): throw unsupported("private names", name.range)
            }
        default:
            throw ScriptError(
                kind: .syntaxError, name: "SyntaxError",
                message: "Invalid left-hand side expression in postfix operation", range: range)
        }
    }
}

extension VariableReference.Location {
    /// A global name (possibly shadowed by a variable a direct `eval` declares).
    var isGlobal: Bool {
        switch self {
        case .global: return true
        case .dynamic(_, let fallback): return fallback.location.isGlobal
        case .local: return false
        }
    }
}

extension Compiler {
    /// `a.b.c` for a member expression of plain names (how stack traces name an anonymous
    /// function assigned to it, as V8 does: `exports.get`, `step.createContact`); nil otherwise.
    static func memberPath(_ member: MemberExpression, depth: Int = 0) -> String? {
        guard depth < 16, case .identifier(let property) = member.property else { return nil }
        switch member.object {
        case .identifier(let identifier): return identifier.name + "." + property.name
        case .member(let inner): return memberPath(inner, depth: depth + 1).map { $0 + "." + property.name }
        default: return nil
        }
    }
}
