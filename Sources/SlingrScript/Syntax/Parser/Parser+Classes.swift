import SlingrDiagnostics

/// Class declarations and expressions: members, fields, static blocks and private names.
extension Parser {
    /// `class Name extends Base { ... }` at the `class` keyword. Class code is strict.
    mutating func parseClass(start: Int, isStatement: Bool) throws(ParseAbort) -> ClassNode {
        try enterNesting()
        defer { leaveNesting() }
        try advance()
        let oldStrict = strict
        strict = true
        var id: Identifier?
        if token.kind == .identifier || token.kind == .kwEnum {
            let name = try parseIdentifier()
            id = name
            if isStatement { checkSimpleBinding(name, kind: .lexical) }
        } else if isStatement {
            throw unexpected()
        }
        var superClass: Expression?
        if try eat(.kwExtends) {
            var noCover: CoverErrors?
            superClass = try parseExpressionSubscripts(cover: &noCover, noIn: false)
        }
        privateNames.append(PrivateNameScope())
        let bodyStart = token.start
        try expect(.leftBrace)
        var elements: [ClassElement] = []
        var hadConstructor = false
        while token.kind != .rightBrace {
            if try eat(.semicolon) { continue }
            if token.kind == .endOfFile { throw unexpected() }
            let element = try parseClassElement(hasSuperClass: superClass != nil)
            switch element {
            case .method(let method):
                if method.kind == .constructor {
                    if hadConstructor { report("A class may only have one constructor", at: method.range.start) }
                    hadConstructor = true
                } else if case .privateName(let name) = method.key {
                    let accessor = method.kind == .getter ? "get" : (method.kind == .setter ? "set" : nil)
                    declarePrivateName(name, accessor: accessor, isStatic: method.isStatic)
                }
            case .field(let field):
                if case .privateName(let name) = field.key {
                    declarePrivateName(name, accessor: nil, isStatic: field.isStatic)
                }
            case .staticBlock:
                break
            }
            elements.append(element)
        }
        strict = oldStrict
        try advance()
        let body = ClassBody(body: elements, range: range(from: bodyStart))
        exitClassBody()
        return ClassNode(isDeclaration: isStatement, id: id, superClass: superClass, body: body, range: range(from: start))
    }

    private var isClassElementNameStart: Bool {
        switch token.kind {
        case .identifier, .privateName, .number, .string, .bigint, .leftBracket: return true
        default: return token.kind.isKeyword
        }
    }

    private mutating func parseClassElement(hasSuperClass: Bool) throws(ParseAbort) -> ClassElement {
        let start = token.start
        var keyWord: (name: String, range: SourceRange)?
        var isStatic = false
        var isAsync = false
        var isGenerator = false
        var accessor: MethodKind = .method
        if isContextual(.static) {
            let staticRange = SourceRange(start: token.start, end: token.end)
            try advance()
            if token.kind == .leftBrace {
                return .staticBlock(try parseStaticBlock(start: start))
            }
            if isClassElementNameStart || token.kind == .star {
                isStatic = true
            } else {
                keyWord = ("static", staticRange)
            }
        }
        if keyWord == nil, isContextual(.async) {
            let asyncRange = SourceRange(start: token.start, end: token.end)
            try advance()
            if isClassElementNameStart || token.kind == .star, !canInsertSemicolon {
                isAsync = true
            } else {
                keyWord = ("async", asyncRange)
            }
        }
        if keyWord == nil, try eat(.star) {
            isGenerator = true
        }
        if keyWord == nil, !isAsync, !isGenerator, isContextual(.get) || isContextual(.set) {
            let isGet = token.contextual == .get
            let accessorRange = SourceRange(start: token.start, end: token.end)
            try advance()
            if isClassElementNameStart {
                accessor = isGet ? .getter : .setter
            } else {
                keyWord = (isGet ? "get" : "set", accessorRange)
            }
        }
        let key: PropertyKey
        if let keyWord {
            key = .identifier(Identifier(name: keyWord.name, range: keyWord.range))
        } else {
            key = try parseClassElementName()
        }
        if token.kind == .leftParen || accessor != .method || isGenerator || isAsync {
            let isConstructor = !isStatic && Parser.keyIs(key, "constructor")
            let keyStart = key.node.range.start
            if isConstructor {
                if accessor != .method { report("Class constructor may not be an accessor", at: keyStart) }
                if isGenerator { report("Class constructor may not be a generator", at: keyStart) }
                if isAsync { report("Class constructor may not be an async method", at: keyStart) }
            } else if isStatic, Parser.keyIs(key, "prototype") {
                report("Classes may not have a static property named 'prototype'", at: keyStart)
            }
            let functionKind: FunctionNode.Kind
            switch accessor {
            case .getter: functionKind = .getter
            case .setter: functionKind = .setter
            default: functionKind = isConstructor ? .classConstructor : .method
            }
            let value = try parseMethod(
                isGenerator: isGenerator, isAsync: isAsync, allowDirectSuper: isConstructor && hasSuperClass, kind: functionKind
            )
            if accessor != .method { checkAccessorParameters(value, isGetter: accessor == .getter) }
            return .method(MethodDefinition(
                isStatic: isStatic, key: key, kind: isConstructor ? .constructor : accessor, value: value, range: range(from: start)
            ))
        }
        let keyStart = key.node.range.start
        if Parser.keyIs(key, "constructor") {
            report("Classes may not have a field named 'constructor'", at: keyStart)
        } else if isStatic, Parser.keyIs(key, "prototype") {
            report("Classes may not have a static property named 'prototype'", at: keyStart)
        }
        var value: Expression?
        if try eat(.assign) {
            var state = FunctionState()
            state.allowSuperProperty = true
            state.allowNewTarget = true
            state.allowArguments = false
            state.inClassFieldInitializer = true
            // V8 reserves `await` in static initializers as in static blocks.
            state.inStaticBlock = isStatic
            storage.functions.append(state)
            value = try parseMaybeAssign()
            storage.functions.removeLast()
        }
        try semicolon()
        return .field(PropertyDefinition(isStatic: isStatic, key: key, value: value, range: range(from: start)))
    }

    private mutating func parseClassElementName() throws(ParseAbort) -> PropertyKey {
        guard token.kind == .privateName else { return try parsePropertyName() }
        let current = token
        let name = lexer.value(of: current) ?? ""
        if name == "constructor" {
            report("Classes may not have a field named 'constructor'", at: current.start)
        }
        try advance()
        return .privateName(PrivateIdentifier(name: name, range: SourceRange(start: current.start, end: current.end)))
    }

    /// A non-computed key spelling `name` (identifier or string literal).
    static func keyIs(_ key: PropertyKey, _ name: String) -> Bool {
        switch key {
        case .identifier(let identifier): return identifier.name == name
        case .literal(let literal):
            if case .string(let value) = literal.value { return value == name }
            return false
        default: return false
        }
    }

    private mutating func parseStaticBlock(start: Int) throws(ParseAbort) -> StaticBlock {
        try advance()
        var state = FunctionState()
        state.allowSuperProperty = true
        state.allowNewTarget = true
        state.allowArguments = false
        state.inStaticBlock = true
        storage.functions.append(state)
        enterScope(isVarScope: true)
        let body = parseStatementList(topLevel: false, until: .rightBrace, directives: false)
        if isFatal { throw ParseAbort() }
        try expect(.rightBrace)
        exitScope()
        storage.functions.removeLast()
        return StaticBlock(body: body, range: range(from: start))
    }

    /// Records a private name declared in the current class body; a getter and a setter of the
    /// same placement may share a name, anything else is a redeclaration.
    private mutating func declarePrivateName(_ name: PrivateIdentifier, accessor: String?, isStatic: Bool) {
        guard !privateNames.isEmpty else { return }
        let index = privateNames.count - 1
        let next = accessor.map { (isStatic ? "s" : "i") + $0 } ?? "true"
        let current = privateNames[index].declared[name.name]
        switch (current, next) {
        case ("iget", "iset"), ("iset", "iget"), ("sget", "sset"), ("sset", "sget"):
            privateNames[index].declared[name.name] = "true"
        case (nil, _):
            privateNames[index].declared[name.name] = next
        default:
            report("Identifier '#\(name.name)' has already been declared", at: name.range.start)
        }
    }

    /// Leaves a class body: private names used but not declared are passed to the enclosing
    /// class, or reported at the outermost one.
    private mutating func exitClassBody() {
        guard let scope = privateNames.popLast() else { return }
        for used in scope.used where scope.declared[used.name] == nil {
            if privateNames.isEmpty {
                report("Private field '#\(used.name)' must be declared in an enclosing class", at: used.offset)
            } else {
                privateNames[privateNames.count - 1].used.append(used)
            }
        }
    }
}
