import SlingrDiagnostics

/// Generates random JavaScript scripts from a seed, for the differential tests against node.
///
/// The programs cover every statement and expression kind the parser supports, nest them, and
/// place line breaks where automatic semicolon insertion matters. Most are valid by construction
/// (names are fresh, `yield`/`await`/`super`/`break` only appear where allowed), but nothing
/// depends on that: node decides validity, and the parser must agree either way.
struct ProgramGenerator {
    var random: SplitMix64
    var counter = 0

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// What the code being generated is inside of.
    struct Context {
        var depth = 0
        var strict = false
        var inFunction = false
        var inGenerator = false
        var inAsync = false
        var inMethod = false
        var inDerivedConstructor = false
        var inNonArrowFunction = false
        var inLoop = false
        var inSwitch = false
        var labels: [String] = []
        var loopLabels: [String] = []
        var privateNames: [String] = []
        var names: [String] = ["a", "b", "c", "x", "y", "obj", "list", "data", "item", "fn", "result", "s", "n"]
    }

    mutating func freshName(_ prefix: String = "v") -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    /// A whole script.
    mutating func program() -> String {
        var context = Context()
        var text = ""
        if random.chance(15) {
            text += random.pick(["\"use strict\";\n", "'use strict'\n"])
            context.strict = true
        }
        let count = 1 + random.below(6)
        for _ in 0..<count {
            text += statement(&context) + separator()
        }
        return text
    }

    /// Between statements: a semicolon, a line break (ASI), or a comment.
    mutating func separator() -> String {
        switch random.below(10) {
        case 0: return "\n// comment\n"
        case 1: return " /* block */\n"
        case 2, 3: return "\n"
        default: return ";\n"
        }
    }

    /// Ends a statement that needs a semicolon: `;`, or a line break left to ASI.
    mutating func end() -> String {
        random.chance(25) ? "\n" : ";"
    }

    mutating func space() -> String {
        switch random.below(12) {
        case 0: return "\n"
        case 1: return "  "
        case 2: return " /* c */ "
        default: return " "
        }
    }

    // MARK: - Statements

    /// A statement; `single` for positions that take one statement (no declarations there).
    mutating func statement(_ context: inout Context, single: Bool = false) -> String {
        var inner = context
        inner.depth += 1
        if context.depth > 3 {
            return expressionStatement(&inner)
        }
        var choice = random.below(24)
        if single, [0, 1, 10, 11, 12].contains(choice) { choice = 2 }
        switch choice {
        case 0, 1: return variableDeclaration(&context)
        case 2, 3, 4: return expressionStatement(&inner)
        case 5:
            let consequent = statement(&inner, single: true)
            // A consequent ending in a line break would let ASI end the `if` before `else`.
            let separatorBeforeElse = consequent.hasSuffix("\n") ? "" : " "
            return "if (\(expression(&inner))) \(consequent)"
                + (random.chance(50) ? separatorBeforeElse + "else \(statement(&inner, single: true))" : "")
        case 6: return forStatement(&inner)
        case 7:
            var loop = inner
            loop.inLoop = true
            return "while (\(expression(&inner))) \(block(&loop))"
        case 8:
            var loop = inner
            loop.inLoop = true
            return "do \(block(&loop)) while (\(expression(&inner)))" + (random.chance(50) ? ";" : "")
        case 9: return block(&inner)
        case 10, 11: return functionDeclaration(&context)
        case 12: return classDeclaration(&context)
        case 13:
            if context.inFunction {
                return "return" + (random.chance(70) ? " " + expression(&inner) : "") + end()
            }
            return expressionStatement(&inner)
        case 14:
            if context.inLoop || context.inSwitch {
                let word = context.inLoop && random.chance(40) ? "continue" : "break"
                if word == "continue", let label = context.loopLabels.last, random.chance(30) { return "continue \(label)" + end() }
                if word == "break", let label = context.labels.last, random.chance(30) { return "break \(label)" + end() }
                return word + end()
            }
            return "throw \(expression(&inner))" + end()
        case 15: return "throw new Error(\(stringLiteral()))" + end()
        case 16: return tryStatement(&inner)
        case 17: return switchStatement(&inner)
        case 18:
            let label = freshName("L")
            var labeled = inner
            labeled.labels.append(label)
            if random.chance(60) {
                labeled.loopLabels.append(label)
                return "\(label): " + forStatement(&labeled)
            }
            return "\(label): " + block(&labeled)
        case 19: return ";"
        case 20:
            if !context.strict, random.chance(30) { return "with (\(expression(&inner))) \(statement(&inner, single: true))" }
            return "debugger" + end()
        default: return expressionStatement(&inner)
        }
    }

    mutating func block(_ context: inout Context) -> String {
        var inner = context
        inner.depth += 1
        var text = "{" + space()
        for _ in 0..<random.below(4) {
            text += statement(&inner) + separator()
        }
        return text + "}"
    }

    mutating func expressionStatement(_ context: inout Context) -> String {
        var text = expression(&context)
        let first = text.first
        if first == "{" || text.hasPrefix("function") || text.hasPrefix("class") || text.hasPrefix("let")
            || text.hasPrefix("async function") {
            text = "(\(text))"
        }
        return text + end()
    }

    mutating func variableDeclaration(_ context: inout Context) -> String {
        let kind = random.pick(["var", "let", "const"])
        var parts: [String] = []
        for _ in 0..<(1 + random.below(3)) {
            let target = bindingPattern(&context)
            let needsInitializer = kind == "const" || !target.isIdentifier
            if needsInitializer || random.chance(60) {
                parts.append("\(target.text) = \(expression(&context))")
            } else {
                parts.append(target.text)
            }
        }
        return "\(kind) " + parts.joined(separator: "," + space()) + end()
    }

    /// A binding target with fresh names (registered in the context).
    mutating func bindingPattern(_ context: inout Context, allowPatterns: Bool = true) -> (text: String, isIdentifier: Bool) {
        if !allowPatterns || context.depth > 5 || random.chance(70) {
            let name = freshName()
            context.names.append(name)
            return (name, true)
        }
        var inner = context
        inner.depth += 1
        if random.chance(50) {
            var elements: [String] = []
            for index in 0..<random.below(4) {
                if random.chance(15) { elements.append(""); continue }
                var element = bindingPattern(&inner).text
                if random.chance(30) { element += " = " + expression(&inner) }
                if index > 0, random.chance(10) { element = "..." + bindingPattern(&inner, allowPatterns: false).text; elements.append(element); break }
                elements.append(element)
            }
            context.names = inner.names
            return ("[" + elements.joined(separator: ", ") + "]", false)
        }
        var members: [String] = []
        for _ in 0..<random.below(4) {
            if random.chance(50) {
                let name = freshName()
                inner.names.append(name)
                members.append(random.chance(30) ? "\(name) = \(expression(&inner))" : name)
            } else {
                let key = random.chance(70) ? random.pick(["p", "q", "if", "default", "'str'", "1"]) : "[\(expression(&inner))]"
                members.append("\(key): \(bindingPattern(&inner).text)")
            }
        }
        if random.chance(15) {
            let name = freshName()
            inner.names.append(name)
            members.append("...\(name)")
        }
        context.names = inner.names
        return ("{" + members.joined(separator: ", ") + "}", false)
    }

    mutating func forStatement(_ context: inout Context) -> String {
        var loop = context
        loop.inLoop = true
        switch random.below(4) {
        case 0:
            let initializer = random.chance(50) ? "let \(freshName()) = 0" : (random.chance(50) ? "var \(freshName()) = 0, \(freshName())" : "")
            let test = random.chance(80) ? expression(&context) : ""
            let update = random.chance(80) ? expression(&context) : ""
            return "for (\(initializer); \(test); \(update)) " + loopBody(&loop)
        case 1:
            let kind = random.pick(["var", "let", "const"])
            return "for (\(kind) \(bindingPattern(&loop).text) in \(expression(&context))) " + loopBody(&loop)
        case 2:
            let kind = random.pick(["var", "let", "const"])
            let head = context.inAsync && random.chance(30) ? "for await" : "for"
            return "\(head) (\(kind) \(bindingPattern(&loop).text) of \(assignmentExpression(&context))) " + loopBody(&loop)
        default:
            let target = random.pick(context.names) + (random.chance(30) ? ".p" : "")
            return "for (\(target) \(random.pick(["in", "of"])) \(assignmentExpression(&context))) " + loopBody(&loop)
        }
    }

    mutating func loopBody(_ context: inout Context) -> String {
        random.chance(70) ? block(&context) : statement(&context, single: true)
    }

    mutating func tryStatement(_ context: inout Context) -> String {
        var text = "try " + block(&context)
        let hasCatch = random.chance(75)
        if hasCatch {
            var inner = context
            if random.chance(20) {
                text += " catch " + block(&inner)
            } else {
                text += " catch (\(bindingPattern(&inner).text)) " + block(&inner)
            }
        }
        if !hasCatch || random.chance(30) {
            text += " finally " + block(&context)
        }
        return text
    }

    mutating func switchStatement(_ context: inout Context) -> String {
        var inner = context
        inner.inSwitch = true
        var text = "switch (\(expression(&context))) {" + space()
        let defaultIndex = random.chance(50) ? random.below(3) : -1
        for index in 0..<(1 + random.below(3)) {
            text += index == defaultIndex ? "default:" : "case \(expression(&context)):"
            for _ in 0..<random.below(3) {
                text += " " + statement(&inner) + separator()
            }
        }
        return text + "}"
    }
}
