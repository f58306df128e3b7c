import SlingrDiagnostics
import Testing
@testable import SlingrScript

@Suite("Parser entry points and trees")
struct ParserTests {
    static func json(_ text: String) -> String {
        let source = SourceFile(path: "t.js", text: text)
        return ESTreeDumper.json(of: JavaScriptParser.parseProgram(source).tree, source: source)
    }

    @Test("the ESTree dump has acorn's shape")
    func dumpShape() {
        #expect(Self.json("a?.b;") == """
            {"type":"Program","start":0,"end":5,"body":[{"type":"ExpressionStatement","start":0,"end":5,\
            "expression":{"type":"ChainExpression","start":0,"end":4,"expression":{"type":"MemberExpression",\
            "start":0,"end":4,"object":{"type":"Identifier","start":0,"end":1,"name":"a"},"property":\
            {"type":"Identifier","start":3,"end":4,"name":"b"},"optional":true,"computed":false}}}],"sourceType":"script"}
            """)
        #expect(Self.json("'use strict'") == """
            {"type":"Program","start":0,"end":12,"body":[{"type":"ExpressionStatement","start":0,"end":12,\
            "expression":{"type":"Literal","start":0,"end":12,"value":"use strict","raw":"'use strict'"},\
            "directive":"use strict"}],"sourceType":"script"}
            """)
    }

    @Test("literal values: numbers, BigInt in decimal, regular expressions with their tree")
    func literals() throws {
        let program = JavaScriptParser.parseProgram("0x10; 1e21; 0.1; 0x1Fn; /a(b)/gi;").tree
        var values: [LiteralValue] = []
        SyntaxWalker.walk(program) { node in
            if let literal = node as? Literal { values.append(literal.value) }
            return true
        }
        try #require(values.count == 5)
        if case .number(let value) = values[0] { #expect(value == 16) } else { Issue.record("not a number") }
        if case .number(let value) = values[1] { #expect(JavaScriptNumberFormatter.string(from: value) == "1e+21") }
        if case .bigint(let digits) = values[3] { #expect(digits == "31") } else { Issue.record("not a bigint") }
        guard case .regex(let regex) = values[4] else {
            Issue.record("not a regex")
            return
        }
        #expect(regex.pattern == "a(b)")
        #expect(regex.flags.description == "gi")
        #expect(regex.tree.captureCount == 1)
    }

    @Test("functions record their kind and strictness")
    func functionNodes() throws {
        let program = JavaScriptParser.parseProgram("""
            function a() { 'use strict'; }
            var b = function () {}, c = () => 1, d = { m() {}, get g() { return 1 } };
            class E { constructor() {} static s() {} }
            """).tree
        var functions: [FunctionNode] = []
        SyntaxWalker.walk(program) { node in
            if let function = node as? FunctionNode { functions.append(function) }
            return true
        }
        #expect(functions.map(\.kind) == [.declaration, .expression, .arrow, .method, .getter, .classConstructor, .method])
        #expect(functions.map(\.isStrict) == [true, false, false, false, false, true, true])
        #expect(functions[2].isExpressionBody)
        #expect(functions[0].estreeType == "FunctionDeclaration")
        #expect(functions[2].estreeType == "ArrowFunctionExpression")
    }

    @Test("parseStatements allows return at the top level; parseProgram does not")
    func statementLists() {
        let text = "var x = input * 2;\nreturn x;"
        #expect(JavaScriptParser.parseStatements(SourceFile(path: "body.js", text: text)).isValid)
        #expect(JavaScriptParser.parseProgram(text).errors.map(\.description) == ["Illegal return statement (2:0)"])
    }

    @Test("parseExpression requires exactly one expression")
    func singleExpression() throws {
        let valid = JavaScriptParser.parseExpression(SourceFile(path: "e", text: "a + b * (c, d)"))
        #expect(valid.isValid)
        if case .binary(let binary)? = valid.tree {
            #expect(binary.operator == .add)
        } else {
            Issue.record("expected a binary expression")
        }
        #expect(JavaScriptParser.parseExpression(SourceFile(path: "e", text: "a b")).errors.map(\.description) == ["Unexpected identifier 'b' (1:2)"])
        #expect(!JavaScriptParser.parseExpression(SourceFile(path: "e", text: "a;")).isValid)
        #expect(!JavaScriptParser.parseExpression(SourceFile(path: "e", text: "")).isValid)
        #expect(JavaScriptParser.parseExpression(SourceFile(path: "e", text: "")).tree == nil)
        #expect(JavaScriptParser.parseExpression(SourceFile(path: "e", text: " x => x.y // comment\n")).isValid)
    }

    @Test("Slingr configuration expressions: @config is the identifier config")
    func configExpressions() throws {
        let options = JavaScriptParser.Options(slingrConfigReferences: true)
        let source = SourceFile(path: "field.json", text: "@config.entity=='contacts'")
        let result = JavaScriptParser.parseExpression(source, options: options)
        #expect(result.isValid)
        guard case .binary(let comparison)? = result.tree, case .member(let member) = comparison.left,
              case .identifier(let config) = member.object else {
            Issue.record("unexpected tree")
            return
        }
        #expect(comparison.operator == .equal)
        #expect(config.name == "config")
        #expect(config.range == SourceRange(start: 0, end: 7))

        let quoted = JavaScriptParser.parseExpression(SourceFile(path: "f", text: "'@config' + `@config`"), options: options)
        guard case .binary(let concatenation)? = quoted.tree, case .literal(let literal) = concatenation.left,
              case .string(let value) = literal.value else {
            Issue.record("unexpected tree")
            return
        }
        #expect(value == "@config")
        #expect(JavaScriptParser.parseExpression(SourceFile(path: "f", text: "@config.x")).errors.map(\.message) == ["Invalid or unexpected token"])
        #expect(JavaScriptParser.parseExpression(SourceFile(path: "f", text: "@other"), options: options).errors.map(\.message) == ["Invalid or unexpected token"])
        #expect(JavaScriptParser.parseExpression(SourceFile(path: "f", text: "a['@config'] // @config"), options: options).isValid)
    }

    @Test("after an error the parser resumes at the next statement and reports the others")
    func recovery() {
        let text = """
            var a = ;
            var b = 1;
            let b = 2;
            function f() { return 1 +; }
            if (x) { y( }
            var ok = f(b);
            """
        let result = JavaScriptParser.parseProgram(text)
        #expect(result.errors.map(\.description) == [
            "Unexpected token ';' (1:8)",
            "Identifier 'b' has already been declared (3:4)",
            "Unexpected token ';' (4:25)",
            "Unexpected token '}' (5:12)",
        ])
        // The statements that parsed are kept.
        #expect(result.tree.body.count >= 3)
        #expect(result.tree.body.last.map { $0.node.estreeType } == "VariableDeclaration")
    }

    @Test("the walker visits every node in source order, with ancestors, and can skip subtrees")
    func walker() {
        let program = JavaScriptParser.parseProgram("f(a, [b, c]); x = `t${y}u`;").tree
        var names: [String] = []
        SyntaxWalker.walk(program) { node in
            if let identifier = node as? Identifier { names.append(identifier.name) }
            return !(node is ArrayExpression)
        }
        #expect(names == ["f", "a", "x", "y"])
        var depthOfY = -1
        var entered = 0
        var left = 0
        SyntaxWalker.walk(program, enter: { node, ancestors in
            entered += 1
            if (node as? Identifier)?.name == "y" { depthOfY = ancestors.count }
            return true
        }, leave: { _, _ in left += 1 })
        #expect(entered == left)
        // Program > ExpressionStatement > AssignmentExpression > TemplateLiteral > y
        #expect(depthOfY == 4)
        #expect(SyntaxWalker.children(of: program).count == 2)
    }

    @Test("numbers print as JavaScript prints them")
    func numberFormatting() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (1, "1"), (-1.5, "-1.5"), (0.1, "0.1"), (100, "100"), (1e21, "1e+21"),
            (1e-7, "1e-7"), (123_456_789_012_345_683_968, "123456789012345680000"), (0.000001, "0.000001"),
            (1.5e-10, "1.5e-10"), (.nan, "NaN"), (.infinity, "Infinity"), (.leastNonzeroMagnitude, "5e-324"), (9_007_199_254_740_992, "9007199254740992"),
        ]
        for (value, text) in cases {
            #expect(JavaScriptNumberFormatter.string(from: value) == text, "\(value)")
        }
    }

    @Test("property keys know their static names")
    func propertyKeys() {
        let program = JavaScriptParser.parseProgram("x = { a: 1, 'b c': 2, 1.50: 3, 0x10: 4, [d]: 5 }").tree
        var names: [String?] = []
        SyntaxWalker.walk(program) { node in
            if let property = node as? Property { names.append(property.key.staticName) }
            return true
        }
        #expect(names == ["a", "b c", "1.5", "16", nil])
    }

    @Test("strings with unpaired surrogates keep their code units")
    func loneSurrogates() {
        let program = JavaScriptParser.parseProgram(#"x = "\uD83D" + "\uD83D\uDE00""#).tree
        var literals: [Literal] = []
        SyntaxWalker.walk(program) { node in
            if let literal = node as? Literal { literals.append(literal) }
            return true
        }
        #expect(literals.map(\.codeUnits) == [[0xD83D], nil])
        if case .string(let value) = literals[1].value { #expect(value == "😀") }
    }
}
