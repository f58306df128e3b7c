/// The kinds of JavaScript tokens. Contextual keywords (`let`, `async`, `of`, `yield`, ...) are
/// `.identifier` tokens; the parser recognises them by `Token.contextual`.
enum TokenKind: UInt8, Sendable {
    case endOfFile
    case identifier
    /// `#name`.
    case privateName
    case number
    case bigint
    case string
    /// A template part: `` `...` ``, `` `...${ ``, `}...${` or `` }...` `` (see `Token.isTemplateTail`).
    case template
    case regularExpression

    // Reserved words.
    case kwBreak, kwCase, kwCatch, kwClass, kwConst, kwContinue, kwDebugger, kwDefault, kwDelete
    case kwDo, kwElse, kwEnum, kwExport, kwExtends, kwFalse, kwFinally, kwFor, kwFunction, kwIf
    case kwImport, kwIn, kwInstanceof, kwNew, kwNull, kwReturn, kwSuper, kwSwitch, kwThis
    case kwThrow, kwTrue, kwTry, kwTypeof, kwVar, kwVoid, kwWhile, kwWith

    // Punctuators.
    case leftBrace, rightBrace, leftParen, rightParen, leftBracket, rightBracket
    case dot, ellipsis, semicolon, comma, colon, question, questionDot, arrow
    case lessThan, greaterThan, lessThanEqual, greaterThanEqual
    case equalEqual, notEqual, equalEqualEqual, notEqualEqual
    case plus, minus, star, slash, percent, starStar
    case plusPlus, minusMinus
    case shiftLeft, shiftRight, shiftRightUnsigned
    case ampersand, bar, caret, bang, tilde
    case ampersandAmpersand, barBar, questionQuestion
    case assign, plusAssign, minusAssign, starAssign, slashAssign, percentAssign, starStarAssign
    case shiftLeftAssign, shiftRightAssign, shiftRightUnsignedAssign
    case ampersandAssign, barAssign, caretAssign
    case ampersandAmpersandAssign, barBarAssign, questionQuestionAssign

    /// True for reserved words (`if`, `this`, `null`, ...), which are also valid property names.
    var isKeyword: Bool {
        rawValue >= TokenKind.kwBreak.rawValue && rawValue <= TokenKind.kwWith.rawValue
    }

    /// True for `=` and the compound assignment operators.
    var isAssignment: Bool {
        rawValue >= TokenKind.assign.rawValue && rawValue <= TokenKind.questionQuestionAssign.rawValue
    }

    /// The operator of an assignment token.
    var assignmentOperator: AssignmentOperator? {
        switch self {
        case .assign: return .assign
        case .plusAssign: return .add
        case .minusAssign: return .subtract
        case .starAssign: return .multiply
        case .slashAssign: return .divide
        case .percentAssign: return .remainder
        case .starStarAssign: return .exponent
        case .shiftLeftAssign: return .leftShift
        case .shiftRightAssign: return .rightShift
        case .shiftRightUnsignedAssign: return .unsignedRightShift
        case .ampersandAssign: return .bitwiseAnd
        case .barAssign: return .bitwiseOr
        case .caretAssign: return .bitwiseXor
        case .ampersandAmpersandAssign: return .and
        case .barBarAssign: return .or
        case .questionQuestionAssign: return .nullishCoalescing
        default: return nil
        }
    }

    /// Binary operator precedence (higher binds tighter); 0 for tokens that are not binary
    /// operators. `in` is included; the parser excludes it in `for` heads.
    var binaryPrecedence: Int {
        switch self {
        case .questionQuestion: return 1
        case .barBar: return 1
        case .ampersandAmpersand: return 2
        case .bar: return 3
        case .caret: return 4
        case .ampersand: return 5
        case .equalEqual, .notEqual, .equalEqualEqual, .notEqualEqual: return 6
        case .lessThan, .greaterThan, .lessThanEqual, .greaterThanEqual, .kwInstanceof, .kwIn: return 7
        case .shiftLeft, .shiftRight, .shiftRightUnsigned: return 8
        case .plus, .minus: return 9
        case .star, .slash, .percent: return 10
        case .starStar: return 11
        default: return 0
        }
    }

    var binaryOperator: BinaryOperator? {
        switch self {
        case .equalEqual: return .equal
        case .notEqual: return .notEqual
        case .equalEqualEqual: return .strictEqual
        case .notEqualEqual: return .strictNotEqual
        case .lessThan: return .lessThan
        case .lessThanEqual: return .lessThanOrEqual
        case .greaterThan: return .greaterThan
        case .greaterThanEqual: return .greaterThanOrEqual
        case .shiftLeft: return .leftShift
        case .shiftRight: return .rightShift
        case .shiftRightUnsigned: return .unsignedRightShift
        case .plus: return .add
        case .minus: return .subtract
        case .star: return .multiply
        case .slash: return .divide
        case .percent: return .remainder
        case .starStar: return .exponent
        case .bar: return .bitwiseOr
        case .caret: return .bitwiseXor
        case .ampersand: return .bitwiseAnd
        case .kwIn: return .in
        case .kwInstanceof: return .instanceof
        default: return nil
        }
    }

    var logicalOperator: LogicalOperator? {
        switch self {
        case .ampersandAmpersand: return .and
        case .barBar: return .or
        case .questionQuestion: return .nullishCoalescing
        default: return nil
        }
    }
}
