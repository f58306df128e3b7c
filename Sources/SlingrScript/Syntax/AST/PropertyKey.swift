/// The key of an object literal property, object pattern property or class member.
public enum PropertyKey: SyntaxNodeConvertible {
    /// `name: ...` (also reserved words such as `if: 1`).
    case identifier(Identifier)
    /// `"name": ...`, `1: ...`, `1n: ...`.
    case literal(Literal)
    /// `[expression]: ...`.
    case computed(Expression)
    /// `#name` (class members only).
    case privateName(PrivateIdentifier)

    public var node: any SyntaxNode {
        switch self {
        case .identifier(let node): return node
        case .literal(let node): return node
        case .computed(let expression): return expression.node
        case .privateName(let node): return node
        }
    }

    public var isComputed: Bool {
        if case .computed = self { return true }
        return false
    }

    /// The property name a non-computed key stands for (`1.50` gives `"1.5"`, as JavaScript's
    /// `ToPropertyKey` does); nil for computed keys and private names.
    public var staticName: String? {
        switch self {
        case .identifier(let identifier): return identifier.name
        case .literal(let literal):
            switch literal.value {
            case .string(let value): return value
            case .number(let value): return JavaScriptNumberFormatter.string(from: value)
            case .bigint(let digits): return digits
            case .null, .boolean, .regex: return nil
            }
        case .computed, .privateName: return nil
        }
    }
}

/// The property part of a member expression.
public enum MemberProperty: SyntaxNodeConvertible {
    /// `object.name`.
    case identifier(Identifier)
    /// `object[expression]`.
    case computed(Expression)
    /// `object.#name`.
    case privateName(PrivateIdentifier)

    public var node: any SyntaxNode {
        switch self {
        case .identifier(let node): return node
        case .computed(let expression): return expression.node
        case .privateName(let node): return node
        }
    }

    public var isComputed: Bool {
        if case .computed = self { return true }
        return false
    }
}
