/// Binary operators other than the logical ones; raw values are the source spelling.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", strictEqual = "===", strictNotEqual = "!=="
    case lessThan = "<", lessThanOrEqual = "<=", greaterThan = ">", greaterThanOrEqual = ">="
    case leftShift = "<<", rightShift = ">>", unsignedRightShift = ">>>"
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", exponent = "**"
    case bitwiseOr = "|", bitwiseXor = "^", bitwiseAnd = "&"
    case `in` = "in", instanceof = "instanceof"
}

/// Short-circuiting operators (ESTree `LogicalExpression`).
public enum LogicalOperator: String, Sendable, CaseIterable {
    case and = "&&", or = "||", nullishCoalescing = "??"
}

/// Assignment operators; `binaryOperator`/`logicalOperator` give the operation of compound forms.
public enum AssignmentOperator: String, Sendable, CaseIterable {
    case assign = "="
    case add = "+=", subtract = "-=", multiply = "*=", divide = "/=", remainder = "%=", exponent = "**="
    case leftShift = "<<=", rightShift = ">>=", unsignedRightShift = ">>>="
    case bitwiseOr = "|=", bitwiseXor = "^=", bitwiseAnd = "&="
    case and = "&&=", or = "||=", nullishCoalescing = "??="

    /// The arithmetic/bitwise operator of a compound assignment (`+=` gives `+`).
    public var binaryOperator: BinaryOperator? {
        switch self {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .remainder: return .remainder
        case .exponent: return .exponent
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .unsignedRightShift: return .unsignedRightShift
        case .bitwiseOr: return .bitwiseOr
        case .bitwiseXor: return .bitwiseXor
        case .bitwiseAnd: return .bitwiseAnd
        case .assign, .and, .or, .nullishCoalescing: return nil
        }
    }

    /// The short-circuiting operator of a logical assignment (`??=` gives `??`).
    public var logicalOperator: LogicalOperator? {
        switch self {
        case .and: return .and
        case .or: return .or
        case .nullishCoalescing: return .nullishCoalescing
        default: return nil
        }
    }
}

/// Prefix operators (ESTree `UnaryExpression`).
public enum UnaryOperator: String, Sendable, CaseIterable {
    case minus = "-", plus = "+", not = "!", bitwiseNot = "~"
    case typeof = "typeof", void = "void", delete = "delete"
}

/// `++` and `--`.
public enum UpdateOperator: String, Sendable, CaseIterable {
    case increment = "++", decrement = "--"
}

/// The keyword of a variable declaration.
public enum VariableKind: String, Sendable, CaseIterable {
    case `var`, `let`, `const`
}

/// What an object literal property defines.
public enum PropertyKind: String, Sendable, CaseIterable {
    /// A value (plain, shorthand or method).
    case initializer = "init"
    case getter = "get"
    case setter = "set"
}

/// What a class method defines.
public enum MethodKind: String, Sendable, CaseIterable {
    case constructor, method
    case getter = "get"
    case setter = "set"
}
