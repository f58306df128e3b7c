import SlingrDiagnostics

/// Turns the syntax tree into evaluation nodes: resolves every name to a scope slot or a
/// global, hoists declarations, picks specialised nodes for operators and member access, and
/// rejects the constructs the interpreter does not support (with a located error).
final class Compiler {
    // One compilation at a time on one thread: no runtime exclusivity checks (see CompilerScope).
    @exclusivity(unchecked) var scope: CompilerScope
    @exclusivity(unchecked) private var labels: [(name: String, id: Int)] = []
    @exclusivity(unchecked) private var nextLabel = 1
    @exclusivity(unchecked) private var depth = 0
    /// The lowest stack address compilation may reach; 0 until nesting first gets deep.
    @exclusivity(unchecked) private var stackLimit: UInt = 0
    @exclusivity(unchecked) private var stackBounds: StackGuard.Bounds?
    /// Names converted by earlier compilations (an interpreter's), if any.
    private let names: NameTable?
    /// The tree being compiled is the compiler's alone (parsed for this compilation and
    /// dropped after it), so the compiler may free parts of it once compiled; see `chain(_:)`.
    @exclusivity(unchecked) var takesTreeApart = false
    /// The links `chain(_:)` collects, shared by nested chains as a stack (each uses the part
    /// above where it started), so that compiling a chain allocates no array of its own.
    @exclusivity(unchecked) var chainLinks: [Expression] = []
    /// The file being compiled, recorded in every function for stack traces.
    var sourceName: ScriptSourceName?
    /// Where the code calls `eval` directly; nil until a direct `eval` is met (see `EvalScan`).
    var evalScan: EvalScan?
    /// The source being compiled, when the caller has it (for `Function.prototype.toString`).
    var sourceText: SourceText?
    /// Nesting shallower than this never needs a look at the native stack.
    static let unguardedNesting = 64

    init(scope: CompilerScope, names: NameTable? = nil) {
        self.scope = scope
        self.names = names
    }

    // MARK: Entry points

    /// The top-level scope of an expression.
    static func expressionScope() -> CompilerScope {
        CompilerScope(kind: .program, parent: nil, isMaterialized: false, isStrict: false)
    }

    /// `takesTreeApart`: the tree was parsed for this compilation alone (see the property).
    static func compileExpression(_ expression: Expression, takesTreeApart: Bool = false, sourceText: SourceText? = nil) throws
        -> ExpressionNode
    {
        try withEvalScan(expression.node, takesTreeApart: takesTreeApart) { scan in
            let compiler = Compiler(scope: expressionScope())
            compiler.takesTreeApart = takesTreeApart
            compiler.evalScan = scan
            compiler.sourceText = sourceText
            return try compiler.expression(expression)
        }
    }

    /// Runs a compilation without an eval scan, and again with one if it meets a direct `eval`.
    /// A tree the first attempt may have taken apart cannot be compiled again: then the
    /// `DirectEvalFound` goes to the caller, which parses the source anew.
    static func withEvalScan<T>(_ root: any SyntaxNode, takesTreeApart: Bool, _ compile: (EvalScan?) throws -> T) throws -> T {
        do {
            return try compile(nil)
        } catch is DirectEvalFound where !takesTreeApart {
            return try compile(EvalScan.scan(root))
        }
    }

    /// Makes a compiler that compiled an expression ready for the next one; false when its
    /// top-level scope is no longer empty (then a new compiler is needed).
    func resetForExpression() -> Bool {
        while scope.parent != nil, let parent = scope.parent { scope = parent }
        guard !scope.hasBindings, !scope.hasSlots else { return false }
        if !labels.isEmpty { labels = [] }
        depth = 0
        stackLimit = 0
        return true
    }

    /// `name` as a `JSString`, converted once per interpreter when there is a name table.
    func jsName(_ name: String) -> JSString {
        names?.jsString(name) ?? JSString(name)
    }

    /// A script: top-level `var` and functions become globals, `let`/`const` global lexicals.
    static func compileProgram(_ program: Program, takesTreeApart: Bool = false, sourceText: SourceText? = nil) throws -> ProgramCode {
        try withEvalScan(program, takesTreeApart: takesTreeApart) { scan in
            try compileProgram(program, takesTreeApart: takesTreeApart, scan: scan, sourceText: sourceText)
        }
    }

    private static func compileProgram(_ program: Program, takesTreeApart: Bool, scan: EvalScan?, sourceText: SourceText?) throws
        -> ProgramCode
    {
        let top = CompilerScope(kind: .program, parent: nil, isMaterialized: false, isStrict: program.isStrict)
        let compiler = Compiler(scope: top)
        compiler.takesTreeApart = takesTreeApart
        compiler.evalScan = scan
        compiler.sourceText = sourceText
        let lexical = DeclarationScanner.lexicalDeclarations(in: program.body)
        var code = ProgramCode()
        let lexicalNames = Set(lexical.names.map(\.name))
        code.varNames = DeclarationScanner.varNames(in: program.body, blockFunctions: !program.isStrict)
            .filter { !lexicalNames.contains($0) }.map { JSString($0) }
        code.lexicals = lexical.names.map { (JSString($0.name), $0.kind == .constant) }
        for function in lexical.functions {
            guard let id = function.id else { continue }
            code.functions.append((JSString(id.name), try compiler.function(function, inferredName: nil)))
        }
        code.statements = try compiler.statements(program.body)
        return code
    }

    /// A statement list run like a function body (button actions): declarations are local,
    /// `return` ends it, and the result is the value of the last expression statement.
    static func compileStatementList(
        _ program: Program, parameters: [String] = [], sourceName: ScriptSourceName? = nil, takesTreeApart: Bool = false,
        sourceText: SourceText? = nil
    ) throws -> FunctionCode {
        try withEvalScan(program, takesTreeApart: takesTreeApart) { scan in
            try compileStatementList(
                program, parameters: parameters, sourceName: sourceName, takesTreeApart: takesTreeApart, scan: scan,
                sourceText: sourceText)
        }
    }

    private static func compileStatementList(
        _ program: Program, parameters: [String], sourceName: ScriptSourceName?, takesTreeApart: Bool, scan: EvalScan?,
        sourceText: SourceText?
    ) throws -> FunctionCode {
        let top = CompilerScope(kind: .program, parent: nil, isMaterialized: false, isStrict: program.isStrict)
        let compiler = Compiler(scope: top)
        compiler.takesTreeApart = takesTreeApart
        compiler.sourceName = sourceName
        compiler.evalScan = scan
        compiler.sourceText = sourceText
        let code = FunctionCode(
            name: "", length: parameters.count, isArrow: false, isConstructor: false, isStrict: program.isStrict,
            range: program.range)
        code.source = sourceName
        let params = parameters.map { Pattern.identifier(Identifier(name: $0, range: SourceRange(at: program.range.start))) }
        try compiler.compileBody(of: code, params: params, body: program.body, functionNode: nil, isArrow: false)
        return code
    }

    // MARK: Errors and nesting

    func unsupported(_ what: String, _ range: SourceRange) -> ScriptError {
        ScriptError(kind: .syntaxError, name: "SyntaxError", message: "\(what) is not supported by the interpreter", range: range)
    }

    /// Counts one level of the compiler's recursion. The parser bounds how deep a tree can be
    /// (chains aside, which `chain(_:)` walks with a loop), so this only guards the native
    /// stack: on a thread whose stack is too small for the tree, compiling stops with an error
    /// instead of crashing.
    func enter(_ range: SourceRange) throws {
        depth += 1
        if depth > Compiler.unguardedNesting { try checkStack(range) }
    }

    @inline(never)
    private func checkStack(_ range: SourceRange) throws {
        if stackLimit == 0 { stackLimit = StackGuard.limit(cache: &stackBounds) }
        if StackGuard.currentAddress() < stackLimit {
            throw ScriptError(
                kind: .syntaxError, name: "SyntaxError", message: "code is nested too deeply for this thread's stack",
                range: range)
        }
    }

    func leave() { depth -= 1 }

    // MARK: Scopes

    func withScope<T>(_ inner: CompilerScope, _ body: () throws -> T) rethrows -> T {
        let saved = scope
        scope = inner
        defer { scope = saved }
        return try body()
    }

    /// Where a name lives, as `reference(_:)` would find it, without making the reference.
    struct Resolution {
        var location: VariableReference.Location
        var isConstant: Bool
        var needsDeadZoneCheck: Bool
        /// Hops to the function scopes passed on the way where a direct `eval` may have
        /// declared the name at run time (see `CompilerScope.hasSloppyDirectEval`).
        var evalChecks: [Int] = []
        var isFunctionName = false
    }

    /// Resolves a name from the current scope (marking bindings captured by inner functions).
    func resolve(_ name: String) -> Resolution {
        var hops = 0
        var current: CompilerScope? = scope
        var crossedFunction = false
        var evalChecks: [Int] = []
        while let candidate = current {
            if let binding = candidate.lookup(name) {
                if crossedFunction { binding.isCaptured = true }
                return Resolution(
                    location: .local(hops: hops, slot: binding.slot),
                    isConstant: binding.kind == .constant || binding.kind == .functionName,
                    needsDeadZoneCheck: binding.kind == .lexical || binding.kind == .constant, evalChecks: evalChecks,
                    isFunctionName: binding.kind == .functionName)
            }
            if candidate.hasSloppyDirectEval { evalChecks.append(hops) }
            if candidate.isFunctionBoundary { crossedFunction = true }
            if candidate.isMaterialized { hops += 1 }
            current = candidate.parent
        }
        return Resolution(location: .global, isConstant: false, needsDeadZoneCheck: false, evalChecks: evalChecks)
    }

    /// Resolves a name from the current scope.
    func reference(_ name: String) -> VariableReference {
        reference(name, resolution: resolve(name))
    }

    private func reference(_ name: String, resolution: Resolution) -> VariableReference {
        let reference = VariableReference(
            location: resolution.location, name: jsName(name), isConstant: resolution.isConstant,
            needsDeadZoneCheck: resolution.needsDeadZoneCheck, isStrict: scope.isStrict)
        reference.isFunctionName = resolution.isFunctionName
        if resolution.evalChecks.isEmpty { return reference }
        return VariableReference(
            location: .dynamic(checks: resolution.evalChecks, fallback: reference), name: jsName(name),
            isConstant: false, needsDeadZoneCheck: false, isStrict: scope.isStrict)
    }

    /// What a function binds for its body besides its parameters and variables.
    enum FunctionSlotKind {
        case this, arguments, newTarget
    }

    /// The slot of `this`, `arguments` or `new.target` in the nearest function that binds them,
    /// as hops/slot; nil at the top level.
    func functionSlot(_ kind: FunctionSlotKind) -> (hops: Int, slot: Int)? {
        var hops = 0
        var current: CompilerScope? = scope
        while let candidate = current {
            if candidate.bindsThis { return (hops, Compiler.slot(kind, in: candidate)) }
            if candidate.isMaterialized { hops += 1 }
            current = candidate.parent
        }
        return nil
    }

    /// The slot of `kind` in a function scope, added when first needed.
    static func slot(_ kind: FunctionSlotKind, in scope: CompilerScope) -> Int {
        switch kind {
        case .this:
            if let existing = scope.thisSlot { return existing }
            scope.thisSlot = scope.addSlot()
            return scope.thisSlot ?? 0
        case .arguments:
            if let existing = scope.argumentsSlot { return existing }
            scope.argumentsSlot = scope.addSlot()
            return scope.argumentsSlot ?? 0
        case .newTarget:
            if let existing = scope.newTargetSlot { return existing }
            scope.newTargetSlot = scope.addSlot()
            return scope.newTargetSlot ?? 0
        }
    }

    /// A read of the variable `name`: a slot of the current scope, a global (the usual case in
    /// configuration expressions), or a general reference.
    func variableNode(named name: String, range: SourceRange) -> ExpressionNode {
        let resolution = resolve(name)
        if !resolution.evalChecks.isEmpty { return VariableNode(reference(name, resolution: resolution), range: range) }
        switch resolution.location {
        case .dynamic:
            return VariableNode(reference(name, resolution: resolution), range: range)
        case .global:
            return GlobalVariableNode(name: jsName(name), range: range)
        case .local(0, let slot) where !resolution.needsDeadZoneCheck && !resolution.isFunctionName:
            return LocalSlotNode(slot: slot, range: range)
        case .local:
            return VariableNode(
                VariableReference(
                    location: resolution.location, name: jsName(name), isConstant: resolution.isConstant,
                    needsDeadZoneCheck: resolution.needsDeadZoneCheck, isStrict: scope.isStrict),
                range: range)
        }
    }

    // MARK: Labels

    func pushLabel(_ name: String) -> Int {
        let id = nextLabel
        nextLabel += 1
        labels.append((name, id))
        return id
    }

    func popLabel() { labels.removeLast() }

    func labelID(_ identifier: Identifier?, range: SourceRange) throws -> Int {
        guard let identifier else { return 0 }
        guard let entry = labels.last(where: { $0.name == identifier.name }) else {
            throw ScriptError(
                kind: .syntaxError, name: "SyntaxError", message: "Undefined label '\(identifier.name)'", range: range)
        }
        return entry.id
    }

    // MARK: Strings

    static func jsString(_ literal: Literal, _ value: String) -> JSString {
        if let units = literal.codeUnits { return JSString(units: units) }
        return JSString(value)
    }

    /// How V8 names a value in "x is not iterable" / "Cannot destructure 'x'": the source text
    /// of simple expressions, nil otherwise.
    static func sourceText(_ expression: Expression) -> String? {
        switch expression {
        case .object(let object) where object.properties.isEmpty: return "{}"
        case .literal(let literal):
            if case .null = literal.value { return "null" }
            return nil
        case .call(let call):
            let callee = calleeText(call.callee)
            return callee == "(intermediate value)" ? nil : callee + "()"
        default:
            let text = calleeText(expression)
            return text == "(intermediate value)" ? nil : text
        }
    }

    /// How V8 names a callee in "x is not a function": the member chain as written.
    ///
    /// Chains can be long (`a.b.c...` with thousands of links): the chain is walked with a
    /// loop, its pieces collected from the outermost link inwards and joined once.
    static func calleeText(_ expression: Expression) -> String {
        var pieces: [String] = []
        var current = expression
        var base = "(intermediate value)"
        walking: while true {
            switch current {
            case .identifier(let identifier):
                base = identifier.name
                break walking
            case .this:
                base = "this"
                break walking
            case .member(let member):
                pieces.append(memberText(member))
                current = member.object
            case .call(let call):
                pieces.append("(...)")
                current = call.callee
            case .chain(let chain):
                current = chain.expression
            default:
                break walking
            }
        }
        var text = base
        text.reserveCapacity(base.utf8.count + pieces.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces.reversed() { text += piece }
        return text
    }

    /// How `calleeText` writes the property part of `member` (`.name`, `?.name`, `[0]`, ...).
    private static func memberText(_ member: MemberExpression) -> String {
        switch member.property {
        case .identifier(let name): return (member.isOptional ? "?." : ".") + name.name
        case .privateName(let name): return ".#" + name.name
        case .computed(let key):
            if case .literal(let literal) = key {
                switch literal.value {
                case .number(let number): return "[" + NumberFormatting.string(number) + "]"
                case .string(let text): return "[\"" + text + "\"]"
                default: break
                }
            }
            if case .identifier(let identifier) = key { return "[" + identifier.name + "]" }
            return "[...]"
        }
    }
}
