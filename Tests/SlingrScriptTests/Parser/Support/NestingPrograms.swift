/// Programs nested exactly `depth` levels deep, one kind of nesting each, and long chains:
/// what the nesting differential test checks against node.
///
/// Each nesting program also says where its level `depth` opens (a UTF-8 offset), which is
/// where the parser must report the nesting limit when `depth` is one more than the limit.
struct NestingProgram: Sendable {
    let kind: String
    let depth: Int
    let source: String
    /// Where the token that opens level `depth` starts.
    let deepestOpening: Int
}

enum NestingPrograms {
    /// One maker per kind of nesting: the source for a depth, and the offset of the opening of
    /// the deepest level.
    static let kinds: [(name: String, make: @Sendable (Int) -> (String, Int))] = [
        ("parentheses", { depth in (repeated("(", depth) + "1" + repeated(")", depth), depth - 1) }),
        ("array literals", { depth in (repeated("[", depth) + repeated("]", depth), depth - 1) }),
        ("object literals", { depth in
            ("(" + repeated("{a:", depth - 1) + "1" + repeated("}", depth - 1) + ")", depth == 1 ? 0 : 1 + 3 * (depth - 2))
        }),
        ("blocks", { depth in (repeated("{", depth) + repeated("}", depth), depth - 1) }),
        ("function bodies", { depth in
            // A function's parameter list is at the level of its body: `(` crosses first.
            (repeated("function f() {", depth) + repeated("}", depth), 14 * (depth - 1) + 10)
        }),
        ("parameter defaults", { depth in
            // Each parameter list is a level; each default holds the next function.
            ("function f(a = " + repeated("function (a = ", depth - 1) + "1" + repeated(") {}", depth), depth == 1 ? 10 : 15 + 14 * (depth - 2) + 9)
        }),
        ("arrow bodies", { depth in ("x => " + repeated("x => ", depth - 1) + "1", 5 * depth) }),
        ("conditionals", { depth in (repeated("a ? b : ", depth) + "c", 8 * (depth - 1) + 2) }),
        ("prefix operators", { depth in (repeated("!", depth) + "a", depth - 1) }),
        ("mixed prefix operators", { depth in
            let operators = ["!", "-", "+", "~", "typeof ", "void "]
            var text = ""
            var offset = 0
            for index in 0..<depth {
                if index == depth - 1 { offset = text.utf8.count }
                text += operators[index % operators.count]
            }
            return (text + "a", offset)
        }),
        ("assignments", { depth in (repeated("a = ", depth) + "1", 4 * (depth - 1) + 2) }),
        ("exponents", { depth in ("a" + repeated(" ** a", depth), 5 * (depth - 1) + 2) }),
        ("call arguments", { depth in (repeated("f(", depth) + repeated(")", depth), 2 * depth - 1) }),
        ("computed members", { depth in (repeated("a[", depth) + "0" + repeated("]", depth), 2 * depth - 1) }),
        ("new", { depth in (repeated("new ", depth) + "F", 4 * (depth - 1)) }),
        ("templates", { depth in (repeated("`${", depth) + "1" + repeated("}`", depth), 3 * (depth - 1)) }),
        // The first statement is in a list; each body is a level, the last one the `;`.
        ("if bodies", { depth in (repeated("if (a) ", depth) + ";", 7 * depth) }),
        ("loop bodies", { depth in ("while (a) " + repeated("for (;;) ", depth - 1) + ";", 10 + 9 * (depth - 1)) }),
        ("labels", { depth in
            var text = ""
            for index in 0..<depth { text += "l\(index): " }
            return (text + ";", text.utf8.count)
        }),
        ("array patterns", { depth in ("var " + repeated("[", depth) + "a" + repeated("]", depth) + " = b;", 4 + depth - 1) }),
        ("classes", { depth in
            ("class A extends " + repeated("class extends ", depth - 1) + "B" + repeated(" {}", depth), depth == 1 ? 0 : 16 + 14 * (depth - 2))
        }),
        ("mixed brackets", { depth in
            let openers = ["(", "[", "{a:", "f("]
            let closers = [")", "]", "}", ")"]
            var text = "["
            var closing = "]"
            var offset = 0
            for index in 1..<depth {
                if index == depth - 1 { offset = text.utf8.count }
                text += openers[index % 4]
                closing = closers[index % 4] + closing
            }
            return (text + "1" + closing, offset)
        }),
    ]

    static func program(kind index: Int, depth: Int) -> NestingProgram {
        let (source, opening) = kinds[index].make(depth)
        return NestingProgram(kind: kinds[index].name, depth: depth, source: source, deepestOpening: opening)
    }

    /// Chains: any length is accepted; these lengths are ones node accepts too.
    static let chains: [(name: String, source: String)] = [
        ("+ chain", "x = 1" + repeated(" + 1", 10_000)),
        ("mixed operator chain", "x = a" + repeated(" * b + c - d || e && f | g", 2_000)),
        ("&& chain", "x = a" + repeated(" && a", 10_000)),
        ("?? chain", "x = a" + repeated(" ?? a", 10_000)),
        ("comma sequence", "x = (a" + repeated(", a", 10_000) + ")"),
        ("member accesses", "x = a" + repeated(".b", 3_000)),
        ("computed member accesses", "x = a" + repeated("[0]", 3_000)),
        ("calls", "f" + repeated("()", 3_000)),
        ("method calls", "a" + repeated(".b(1, 2)", 3_000)),
        ("optional chain", "x = a" + repeated("?.b", 3_000)),
        ("tagged templates", "f" + repeated("`t`", 3_000)),
        ("else if", "if (a) {}" + repeated(" else if (a) {}", 1_500)),
        ("statements", repeated("a;\n", 10_000)),
    ]

    static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: max(0, count))
    }
}
