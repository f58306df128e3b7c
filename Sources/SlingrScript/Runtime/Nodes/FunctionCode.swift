import SlingrDiagnostics

/// The compiled form of one function literal, shared by every closure created from it.
final class FunctionCode {
    let name: JSString
    /// The `length` property: parameters before the first default or rest.
    let length: Int
    let isArrow: Bool
    let isConstructor: Bool
    let isStrict: Bool
    let range: SourceRange
    /// The file the function was compiled from, for stack traces (nil for expressions and
    /// code compiled without a path).
    @exclusivity(unchecked) var source: ScriptSourceName?
    /// How stack traces name an anonymous function assigned to a member (`exports.get`).
    @exclusivity(unchecked) var traceName: String?

    /// Initial slot values (undefined, or the dead-zone marker for `let`/`const`).
    @exclusivity(unchecked) var slotTemplate: [Value] = []
    /// With simple parameters, parameter `i` lives in slot `i`.
    @exclusivity(unchecked) var simpleParameterCount = 0
    /// Sloppy functions with simple parameters: the slot each `arguments` index is mapped to
    /// (nil for an earlier duplicate name); nil for strict functions and other parameter lists.
    @exclusivity(unchecked) var mappedArgumentSlots: [Int?]?
    /// Binds the arguments array for parameter lists with defaults, patterns or rest.
    @exclusivity(unchecked) var parameterBinding: PatternBinding?
    @exclusivity(unchecked) var thisSlot: Int?
    @exclusivity(unchecked) var argumentsSlot: Int?
    @exclusivity(unchecked) var newTargetSlot: Int?
    /// The script's text, for `Function.prototype.toString` (nil when compiled from a tree).
    @exclusivity(unchecked) var sourceText: SourceText?
    /// Where the function's source text starts and ends when not at `range` (a method's
    /// source includes its key).
    @exclusivity(unchecked) var sourceRange: SourceRange?
    /// A named function expression's own name, bound inside it.
    @exclusivity(unchecked) var selfSlot: Int?
    /// Function declarations created when the call starts.
    @exclusivity(unchecked) var hoistedFunctions: [(slot: Int, code: FunctionCode)] = []
    @exclusivity(unchecked) var body: [StatementNode] = []
    @exclusivity(unchecked) var expressionBody: ExpressionNode?
    /// Statement lists run as functions answer their completion value when they do not return.
    @exclusivity(unchecked) var yieldsCompletionValue = false

    init(name: JSString, length: Int, isArrow: Bool, isConstructor: Bool, isStrict: Bool, range: SourceRange) {
        self.name = name
        self.length = length
        self.isArrow = isArrow
        self.isConstructor = isConstructor
        self.isStrict = isStrict
        self.range = range
    }
}
