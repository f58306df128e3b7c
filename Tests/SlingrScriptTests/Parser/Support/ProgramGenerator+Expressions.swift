extension ProgramGenerator {
    /// How tightly a generated expression binds, so operands get parentheses where needed.
    enum Level: Int, Comparable {
        case assignment = 0, conditional, logical, binary, unary, postfix, primary

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// An expression statement-level expression (sometimes a comma sequence).
    mutating func expression(_ context: inout Context) -> String {
        if random.chance(8) {
            return assignmentExpression(&context) + "," + space() + assignmentExpression(&context)
        }
        return assignmentExpression(&context)
    }

    mutating func assignmentExpression(_ context: inout Context) -> String {
        generate(&context).text
    }

    /// `text` at `level`, wrapped in parentheses when it binds looser than `minimum`.
    mutating func operand(_ context: inout Context, minimum: Level) -> String {
        let (text, level) = generate(&context)
        return level < minimum ? "(\(text))" : text
    }

    mutating func generate(_ context: inout Context) -> (text: String, level: Level) {
        var inner = context
        inner.depth += 1
        if context.depth > 5 || random.chance(25) {
            return (primary(&inner), .primary)
        }
        switch random.below(30) {
        case 0, 1, 2:
            let ops = ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "===", "!==", "&", "|", "^", "<<", ">>", ">>>", "in", "instanceof"]
            let op = random.pick(ops)
            return ("\(operand(&inner, minimum: .unary))\(space())\(op) \(operand(&inner, minimum: .unary))", .binary)
        case 3:
            let op = random.pick(["&&", "||", "??"])
            return ("\(operand(&inner, minimum: .binary)) \(op)\(space())\(operand(&inner, minimum: .binary))", .logical)
        case 4:
            return ("\(operand(&inner, minimum: .postfix)) ** \(operand(&inner, minimum: .postfix))", .binary)
        case 5:
            return ("\(operand(&inner, minimum: .logical)) ? \(assignmentExpression(&inner)) : \(assignmentExpression(&inner))", .conditional)
        case 6, 7:
            let op = random.pick(["=", "=", "+=", "-=", "*=", "**=", "||=", "&&=", "??=", "<<=", "|="])
            let target = random.chance(70) ? random.pick(context.names) : "\(random.pick(context.names)).\(random.pick(["p", "q", "length"]))"
            return ("\(target) \(op)\(space())\(assignmentExpression(&inner))", .assignment)
        case 8:
            // Destructuring assignment.
            let name = random.pick(context.names)
            let pattern = random.chance(50) ? "[\(name), , ...\(random.pick(context.names))]" : "{p: \(name), q = 1}"
            return ("\(pattern) = \(assignmentExpression(&inner))", .assignment)
        case 9:
            let op = random.pick(["!", "-", "+", "~", "typeof ", "void ", "delete "])
            if op == "delete ", context.strict { return ("delete \(random.pick(context.names)).p", .unary) }
            return ("\(op)\(operand(&inner, minimum: .unary))", .unary)
        case 10:
            let target = random.chance(60) ? random.pick(context.names) : "\(random.pick(context.names))[0]"
            return random.chance(50) ? ("\(random.pick(["++", "--"]))\(target)", .unary) : ("\(target)\(random.pick(["++", "--"]))", .postfix)
        case 11, 12:
            return (arrowFunction(&inner), .assignment)
        case 13:
            return (functionExpression(&inner), .primary)
        case 14:
            return (classExpression(&inner), .primary)
        case 15, 16, 17:
            return (memberChain(&inner), .postfix)
        case 18:
            if context.inGenerator {
                let argument = random.chance(70) ? " " + assignmentExpression(&inner) : ""
                return ("yield\(random.chance(20) && !argument.isEmpty ? "*" : "")\(argument)", .assignment)
            }
            return (primary(&inner), .primary)
        case 19:
            if context.inAsync { return ("await \(operand(&inner, minimum: .unary))", .unary) }
            return (primary(&inner), .primary)
        case 20:
            return ("new \(random.pick(["Foo", "Map", "a.b", "Date"]))" + (random.chance(70) ? "(\(arguments(&inner)))" : ""), .postfix)
        case 21:
            return ("\(random.pick(["tag", "String.raw", "a.b"]))\(templateLiteral(&inner))", .postfix)
        case 22:
            if context.inNonArrowFunction, random.chance(50) { return ("new.target", .primary) }
            if context.inMethod { return ("super.\(random.pick(["m", "x"]))\(random.chance(50) ? "()" : "")", .postfix) }
            return ("this", .primary)
        case 23:
            if !context.privateNames.isEmpty {
                let name = random.pick(context.privateNames)
                return random.chance(70) ? ("this.\(name)", .postfix) : ("\(name) in \(operand(&inner, minimum: .unary))", .binary)
            }
            return (primary(&inner), .primary)
        case 24:
            return ("import(\(stringLiteral()))", .postfix)
        default:
            return (primary(&inner), .primary)
        }
    }

    /// Member accesses, calls and optional chains on a primary expression.
    mutating func memberChain(_ context: inout Context) -> String {
        var text = random.chance(80) ? random.pick(context.names) : "(\(assignmentExpression(&context)))"
        for _ in 0..<(1 + random.below(3)) {
            switch random.below(7) {
            case 0: text += ".\(random.pick(["p", "length", "if", "class", "then", "map"]))"
            case 1: text += "[\(expression(&context))]"
            case 2: text += "(\(arguments(&context)))"
            case 3: text += "?.\(random.pick(["p", "q"]))"
            case 4: text += "?.[\(assignmentExpression(&context))]"
            case 5: text += "?.(\(arguments(&context)))"
            default: text += ".\(random.pick(["call", "apply", "push"]))(\(arguments(&context)))"
            }
        }
        return text
    }

    mutating func arguments(_ context: inout Context) -> String {
        var items: [String] = []
        for _ in 0..<random.below(4) {
            if random.chance(15) {
                items.append("...\(random.pick(context.names))")
                continue
            }
            let (text, level) = generate(&context)
            // V8 (node 20) wrongly rejects `f([1], [a] = b)`: a destructuring assignment as an
            // argument after an array/object literal that is not a valid pattern. Parenthesize.
            let isDestructuring = level == .assignment && (text.hasPrefix("[") || text.hasPrefix("{"))
            items.append(isDestructuring ? "(\(text))" : text)
        }
        return items.joined(separator: "," + space()) + (random.chance(10) && !items.isEmpty ? "," : "")
    }

    mutating func primary(_ context: inout Context) -> String {
        switch random.below(16) {
        case 0, 1, 2, 3: return random.pick(context.names)
        case 4: return numberLiteral()
        case 5: return stringLiteral()
        case 6: return random.pick(["true", "false", "null", "undefined", "this", "NaN"])
        case 7: return templateLiteral(&context)
        case 8: return regexLiteral()
        case 9: return arrayLiteral(&context)
        case 10, 11: return objectLiteral(&context)
        case 12: return "(\(expression(&context)))"
        case 13: return random.pick(["0n", "123n", "0x1Fn", "1_000n"])
        default: return random.pick(context.names)
        }
    }

    mutating func numberLiteral() -> String {
        // Wrapped where a following `.` would otherwise be read as a decimal point.
        let literal = random.pick(["0", "1", "42", "3.14", ".5", "5.", "1e10", "2E-3", "0x1F", "0o17", "0b101", "1_000_000", "0.000_1", "1e21", "9007199254740993"])
        return "(\(literal))"
    }

    mutating func stringLiteral() -> String {
        random.pick([
            "'text'", "\"double\"", "'it\\'s'", "\"tab\\tnew\\nline\"", "'\\x41\\u0042\\u{43}'", "''",
            "\"quote \\\" inside\"", "'line \\\ncontinued'", "'\\0'", "'\\u{1F600}'", "'unicode é ✓'",
        ])
    }

    mutating func regexLiteral() -> String {
        random.pick([
            "/ab+c/", "/^[a-z0-9_-]{3,16}$/i", "/(\\d+)-(?<name>\\w+)/g", "/[/]/", "/a\\/b/m", "/(?:x|y)*?/y",
            "/\\bword\\b/gu", "/(?=a)(?!b)(?<=c)(?<!d)/s", "/\\p{L}+/u", "/[^\\]]/", "/\\1(a)/", "/x{2,}/d",
        ])
    }

    mutating func templateLiteral(_ context: inout Context) -> String {
        var text = "`" + random.pick(["", "text ", "a\\nb", "$", "\\`", "{x}"])
        for _ in 0..<random.below(3) {
            text += "${\(expression(&context))}" + random.pick(["", " mid ", "\\u0041", "}"])
        }
        return text + "`"
    }

    mutating func arrayLiteral(_ context: inout Context) -> String {
        var items: [String] = []
        for _ in 0..<random.below(5) {
            switch random.below(8) {
            case 0: items.append("")
            case 1: items.append("...\(operand(&context, minimum: .assignment))")
            default: items.append(assignmentExpression(&context))
            }
        }
        return "[" + items.joined(separator: ", ") + (random.chance(20) ? "," : "") + "]"
    }

    mutating func objectLiteral(_ context: inout Context) -> String {
        var members: [String] = []
        for _ in 0..<random.below(5) {
            switch random.below(10) {
            case 0: members.append(random.pick(context.names))
            case 1: members.append("[\(assignmentExpression(&context))]: \(assignmentExpression(&context))")
            case 2: members.append("...\(assignmentExpression(&context))")
            case 3: members.append("\(random.pick(["m", "get", "set", "async", "static"]))(\(parameters(&context))) \(functionBody(&context, async: false, generator: false, method: true))")
            case 4: members.append("get \(random.pick(["g", "'str'", "1"]))() { return 1 }")
            case 5: members.append("set \(random.pick(["s", "[k]"]))(v) {}")
            case 6: members.append("async \(random.pick(["am", "*ag"]))() {}")
            case 7: members.append("\(random.pick(["'quoted'", "1", "1.5", "0x10", "if", "new"])): \(assignmentExpression(&context))")
            default: members.append("\(random.pick(["p", "q", "r"])): \(assignmentExpression(&context))")
            }
        }
        return "{" + members.joined(separator: ", ") + (random.chance(20) && !members.isEmpty ? "," : "") + "}"
    }

    // MARK: - Functions and classes

    mutating func parameters(_ context: inout Context) -> String {
        var items: [String] = []
        for _ in 0..<random.below(4) {
            var (text, _) = bindingPattern(&context)
            if random.chance(20) { text += " = \(random.pick(["1", "'d'", "[]", "{}"]))" }
            items.append(text)
        }
        if random.chance(15) {
            let name = freshName()
            context.names.append(name)
            items.append("...\(name)")
        }
        return items.joined(separator: ", ")
    }

    /// Enters a function body: labels and loop state do not cross function boundaries.
    func functionContext(_ context: Context, async: Bool, generator: Bool, method: Bool, arrow: Bool) -> Context {
        var inner = context
        inner.depth += 1
        inner.inFunction = true
        inner.inLoop = false
        inner.inSwitch = false
        inner.labels = []
        inner.loopLabels = []
        inner.inAsync = async
        inner.inGenerator = generator
        if !arrow {
            inner.inMethod = method
            inner.inNonArrowFunction = true
            inner.inDerivedConstructor = false
        }
        return inner
    }

    mutating func functionBody(_ context: inout Context, async: Bool, generator: Bool, method: Bool) -> String {
        var inner = functionContext(context, async: async, generator: generator, method: method, arrow: false)
        var text = "{" + space()
        if random.chance(10), !context.strict {
            text += "'use strict';" + space()
            inner.strict = true
        }
        for _ in 0..<random.below(4) {
            text += statement(&inner) + separator()
        }
        return text + "}"
    }

    mutating func functionDeclaration(_ context: inout Context) -> String {
        let isAsync = random.chance(20)
        let isGenerator = random.chance(20)
        let name = freshName("f")
        context.names.append(name)
        var inner = context
        return "\(isAsync ? "async " : "")function\(isGenerator ? "*" : "") \(name)(\(parameters(&inner))) "
            + functionBody(&inner, async: isAsync, generator: isGenerator, method: false)
    }

    mutating func functionExpression(_ context: inout Context) -> String {
        let isAsync = random.chance(20)
        let isGenerator = random.chance(20)
        var inner = context
        let name = random.chance(50) ? " " + freshName("fe") : ""
        return "\(isAsync ? "async " : "")function\(isGenerator ? "*" : "")\(name)(\(parameters(&inner))) "
            + functionBody(&inner, async: isAsync, generator: isGenerator, method: false)
    }

    mutating func arrowFunction(_ context: inout Context) -> String {
        let isAsync = random.chance(20)
        var inner = functionContext(context, async: isAsync, generator: false, method: false, arrow: true)
        let head: String
        if random.chance(30), !isAsync || random.chance(50) {
            let name = freshName()
            inner.names.append(name)
            head = name
        } else {
            head = "(\(parameters(&inner)))"
        }
        let body: String
        if random.chance(50) {
            let expression = assignmentExpression(&inner)
            body = expression.hasPrefix("{") ? "(\(expression))" : expression
        } else {
            var text = "{" + space()
            for _ in 0..<random.below(3) { text += statement(&inner) + separator() }
            body = text + "}"
        }
        return "\(isAsync ? "async " : "")\(head) => \(body)"
    }

    mutating func classDeclaration(_ context: inout Context) -> String {
        let name = freshName("C")
        context.names.append(name)
        return classText(&context, name: " " + name)
    }

    mutating func classExpression(_ context: inout Context) -> String {
        classText(&context, name: random.chance(50) ? " " + freshName("CE") : "")
    }

    mutating func classText(_ context: inout Context, name: String) -> String {
        let hasSuper = random.chance(40)
        var inner = context
        inner.strict = true
        inner.privateNames = context.privateNames
        var members: [String] = []
        let privateCount = random.below(3)
        var declared: [String] = []
        for _ in 0..<privateCount { declared.append("#" + freshName("p")) }
        inner.privateNames += declared
        for field in declared {
            members.append("\(random.chance(30) ? "static " : "")\(field)\(random.chance(50) ? " = \(assignmentExpression(&inner))" : "")\(random.chance(50) ? ";" : "\n")")
        }
        if random.chance(50) {
            var constructorContext = functionContext(inner, async: false, generator: false, method: true, arrow: false)
            constructorContext.inDerivedConstructor = hasSuper
            let superCall = hasSuper ? "super(\(arguments(&constructorContext)));" : ""
            var body = "{ \(superCall)"
            for _ in 0..<random.below(3) { body += " " + statement(&constructorContext) + separator() }
            members.append("constructor(\(parameters(&inner))) \(body)}")
        }
        for _ in 0..<random.below(5) {
            switch random.below(8) {
            case 0: members.append("\(random.pick(["m", "static", "get", "async", "'quoted'", "[key]"]))(\(parameters(&inner))) \(functionBody(&inner, async: false, generator: false, method: true))")
            case 1: members.append("static \(random.pick(["sm", "async am", "*gen"]))() \(functionBody(&inner, async: false, generator: false, method: true))")
            case 2: members.append("get \(random.pick(["g", "#pg"]))() { return 1 }")
            case 3: members.append("set \(random.pick(["s", "[k]"]))(v) {}")
            case 4: members.append("\(random.pick(["field", "'f'", "[computed]", "static sf"]))\(random.chance(60) ? " = \(assignmentExpression(&inner))" : "");")
            case 5: members.append("static { \(statement(&inner)) }")
            case 6: members.append("async *agen() { yield 1; await x }")
            default: members.append("\(random.pick(["a", "b"]))\n")
            }
        }
        return "class\(name)\(hasSuper ? " extends \(random.pick(["Base", "a.B", "(x, Object)"]))" : "") {" + space()
            + members.joined(separator: space()) + space() + "}"
    }
}
