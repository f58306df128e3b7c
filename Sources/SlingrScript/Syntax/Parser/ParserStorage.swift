/// The parser's working buffers: scopes, function states, the list stacks and the lexer's
/// value tables and source buffer.
///
/// A parser reaches them through this object, so they can outlive it: callers that parse many
/// small sources in a row (the interpreter evaluating configuration expressions one by one)
/// pass the same storage to every parse. For such sources, setting these buffers up and
/// tearing them down (about a dozen allocations and twenty releases) cost as much as parsing;
/// with reused storage a parse allocates little more than its tree. Buffers that grew large
/// are dropped rather than kept.
///
/// One parse at a time: a parse never starts another one on the same storage (and callers
/// that share one, like `ScriptInterpreter`, are not thread-safe), so the properties skip the
/// runtime exclusivity checks that would otherwise guard every access from the parser.
final class ParserStorage {
    /// Open scopes are `scopes[0..<Parser.scopeCount]`; the rest are closed ones kept for reuse.
    @exclusivity(unchecked) var scopes: [Scope] = []
    @exclusivity(unchecked) var functions: [FunctionState] = []
    /// Parameter names seen so far by `checkParameters` (reused for every parameter list).
    @exclusivity(unchecked) var parameterNames = NameSet()
    /// Shared buffers for the lists being built, one per element type (see `ScratchStack`).
    @exclusivity(unchecked) var statementStack = ScratchStack<Statement>()
    @exclusivity(unchecked) var argumentStack = ScratchStack<ExpressionElement>()
    @exclusivity(unchecked) var arrayElementStack = ScratchStack<ExpressionElement?>()
    @exclusivity(unchecked) var expressionStack = ScratchStack<Expression>()
    @exclusivity(unchecked) var objectMemberStack = ScratchStack<ObjectMember>()
    @exclusivity(unchecked) var patternStack = ScratchStack<Pattern?>()
    @exclusivity(unchecked) var declaratorStack = ScratchStack<VariableDeclarator>()
    @exclusivity(unchecked) var switchCaseStack = ScratchStack<SwitchCase>()
    /// The lexer's tables, lent to it for each parse.
    @exclusivity(unchecked) var lexerValues: [String] = []
    @exclusivity(unchecked) var lexerPayloads: [TokenPayload] = []
    @exclusivity(unchecked) var lexerScratch: [UInt16] = []
    /// The source buffer of the last parse, refilled by the next one when large enough.
    @exclusivity(unchecked) var source: SourceBytes.Storage?

    /// Buffers with more capacity than this are not kept.
    private static let retainedCapacity = 256

    /// Empties the buffers after a parse, keeping their capacity unless it grew large.
    func reset() {
        let limit = ParserStorage.retainedCapacity
        if scopes.count > 16 { scopes = [] }
        if functions.capacity > limit { functions = [] } else { functions.truncate(to: 0) }
        parameterNames.removeAll()
        statementStack.removeAll(keepingCapacity: limit)
        argumentStack.removeAll(keepingCapacity: limit)
        arrayElementStack.removeAll(keepingCapacity: limit)
        expressionStack.removeAll(keepingCapacity: limit)
        objectMemberStack.removeAll(keepingCapacity: limit)
        patternStack.removeAll(keepingCapacity: limit)
        declaratorStack.removeAll(keepingCapacity: limit)
        switchCaseStack.removeAll(keepingCapacity: limit)
        if lexerValues.capacity > limit { lexerValues = [] } else { lexerValues.truncate(to: 0) }
        if lexerPayloads.capacity > limit { lexerPayloads = [] } else { lexerPayloads.truncate(to: 0) }
        if lexerScratch.capacity > limit * 16 { lexerScratch = [] }
    }
}

extension Parser {
    /// A parser of `text` working in `storage` (call `finish()` when done with it).
    init(source text: String, options: JavaScriptParser.Options, storage: ParserStorage) {
        self.init(bytes: SourceBytes(text, reusing: &storage.source), options: options, storage: storage)
    }

    /// Hands the lexer's tables and the source buffer back to the storage and empties it for
    /// the next parse.
    mutating func finish() {
        swap(&lexer.values, &storage.lexerValues)
        swap(&lexer.payloads, &storage.lexerPayloads)
        swap(&lexer.scratch, &storage.lexerScratch)
        storage.source = lexer.bytes.storageForReuse
        scopeCount = 0
        storage.reset()
    }
}
