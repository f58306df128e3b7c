/// How a name is being bound, which decides what it may clash with (the rules of
/// ECMAScript's early errors for redeclaration, with Annex B's sloppy-mode allowances).
enum BindingKind {
    /// Not a declaration: a reference or an assignment target.
    case none
    case `var`
    /// `let`, `const`, `class`, and functions in blocks in strict mode.
    case lexical
    /// A sloppy-mode plain function declaration (var-like at function level; in blocks it may
    /// be redeclared by another such function, per Annex B).
    case function
    /// The parameter of `catch (e)`, which a `var e` in the catch body may redeclare.
    case simpleCatch
    /// A name checked but declared elsewhere (function names in strict bodies).
    case outside
}

/// One lexical scope: a block, function body, catch clause, for head, switch or class.
struct Scope {
    /// A function, the script top level or a static block: where `var` declarations stop.
    var isVarScope: Bool
    var isSimpleCatch = false
    /// Names declared here: `var` names also pass through nested blocks up to their var scope;
    /// `.function` marks sloppy-mode plain function declarations (Annex B), other functions are
    /// lexical or var.
    var names = NameSet()
    /// The first lexical name, for `catch (e)` scopes.
    var catchParameter: String?

    init(isVarScope: Bool) {
        self.isVarScope = isVarScope
    }

    /// Makes this scope a fresh one, keeping the name storage for reuse.
    mutating func reset(isVarScope: Bool) {
        self.isVarScope = isVarScope
        isSimpleCatch = false
        names.removeAll()
        catchParameter = nil
    }
}

/// What is allowed inside the function (or script, static block, field initializer) being
/// parsed. Arrow functions inherit most of it from their enclosing function.
struct FunctionState {
    var isAsync = false
    var isGenerator = false
    var isArrow = false
    var allowReturn = false
    var allowSuperProperty = false
    var allowSuperCall = false
    var allowNewTarget = false
    /// False in class field initializers and static blocks.
    var allowArguments = true
    var inStaticBlock = false
    var inClassFieldInitializer = false
    var labels: [LabelEntry] = []
    /// `Parser.octalStrict` of the enclosing code, restored when the function ends.
    var outerOctalStrict = false
}

/// A label or an unlabelled loop/switch, for `break`/`continue` checking.
struct LabelEntry {
    enum Kind { case loop, `switch`, other }
    var name: String?
    var kind: Kind
    var statementStart: Int
}

/// Positions of constructs that are valid only if the surrounding expression turns out to be a
/// pattern (or only if it does not), recorded while parsing the cover grammar. -1 means none.
struct CoverErrors {
    /// `{ a = 1 }`: valid only in a destructuring pattern.
    var shorthandAssign = -1
    /// A comma after a spread/rest element (`[...a, ]`), invalid in a pattern.
    var trailingComma = -1
    /// A parenthesized non-simple target, invalid in an assignment pattern (`({a}) = 1`).
    var parenthesizedAssign = -1
    /// Any parenthesized expression, invalid in a binding pattern (`((a)) => 1`).
    var parenthesizedBind = -1
    /// A second `__proto__: value` property, invalid in an object literal.
    var doubleProto = -1
}

/// Private names declared and used in one class body.
struct PrivateNameScope {
    /// Declared names: `"field"` for fields/methods, or the accessor kinds seen so far.
    var declared: [String: String] = [:]
    var used: [(name: String, offset: Int)] = []
}

/// Thrown to unwind the parser to the nearest recovery point; the error itself has already
/// been recorded.
struct ParseAbort: Error {}
