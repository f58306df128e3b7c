/// An element of an array literal or an argument list: an expression or `...spread`.
public enum ExpressionElement: SyntaxNodeConvertible {
    case expression(Expression)
    case spread(SpreadElement)

    public var node: any SyntaxNode {
        switch self {
        case .expression(let expression): return expression.node
        case .spread(let node): return node
        }
    }
}

/// A member of an object literal: a property or `...spread`.
public enum ObjectMember: SyntaxNodeConvertible {
    case property(Property)
    case spread(SpreadElement)

    public var node: any SyntaxNode {
        switch self {
        case .property(let node): return node
        case .spread(let node): return node
        }
    }
}

/// A member of an object pattern: a property or `...rest`.
public enum ObjectPatternMember: SyntaxNodeConvertible {
    case property(AssignmentProperty)
    case rest(RestElement)

    public var node: any SyntaxNode {
        switch self {
        case .property(let node): return node
        case .rest(let node): return node
        }
    }
}

/// The first clause of a `for (init; test; update)` loop.
public enum ForInit: SyntaxNodeConvertible {
    case variable(VariableDeclaration)
    case expression(Expression)

    public var node: any SyntaxNode {
        switch self {
        case .variable(let node): return node
        case .expression(let expression): return expression.node
        }
    }
}

/// The left side of `for (left in/of right)`: a declaration with one declarator (no
/// initializer, except Annex B `for (var x = 1 in o)`) or an assignment target.
public enum ForInOfLeft: SyntaxNodeConvertible {
    case variable(VariableDeclaration)
    case pattern(Pattern)

    public var node: any SyntaxNode {
        switch self {
        case .variable(let node): return node
        case .pattern(let pattern): return pattern.node
        }
    }
}

/// A function body: a block, or a single expression for concise arrow functions.
public enum FunctionBody: SyntaxNodeConvertible {
    case block(BlockStatement)
    case expression(Expression)

    public var node: any SyntaxNode {
        switch self {
        case .block(let node): return node
        case .expression(let expression): return expression.node
        }
    }
}

/// A member of a class body.
public enum ClassElement: SyntaxNodeConvertible {
    case method(MethodDefinition)
    case field(PropertyDefinition)
    case staticBlock(StaticBlock)

    public var node: any SyntaxNode {
        switch self {
        case .method(let node): return node
        case .field(let node): return node
        case .staticBlock(let node): return node
        }
    }
}
