import SlingrDiagnostics

/// Any JavaScript expression. Each case wraps the ESTree node of the same name.
public enum Expression: SyntaxNodeConvertible {
    case identifier(Identifier)
    case literal(Literal)
    case this(ThisExpression)
    /// Only as the callee of a call or the object of a member expression.
    case `super`(Super)
    case array(ArrayExpression)
    case object(ObjectExpression)
    /// `function` expressions (`FunctionNode.kind == .expression`) and object/class methods.
    case function(FunctionNode)
    /// Arrow functions (`FunctionNode.kind == .arrow`).
    case arrowFunction(FunctionNode)
    case `class`(ClassNode)
    case template(TemplateLiteral)
    case taggedTemplate(TaggedTemplateExpression)
    case member(MemberExpression)
    case call(CallExpression)
    case chain(ChainExpression)
    case new(NewExpression)
    case update(UpdateExpression)
    case unary(UnaryExpression)
    case binary(BinaryExpression)
    case logical(LogicalExpression)
    case conditional(ConditionalExpression)
    case assignment(AssignmentExpression)
    case sequence(SequenceExpression)
    case yield(YieldExpression)
    case await(AwaitExpression)
    case metaProperty(MetaProperty)
    case `import`(ImportExpression)
    /// Only as the left operand of `in` (`#x in object`).
    case privateName(PrivateIdentifier)

    public var node: any SyntaxNode {
        switch self {
        case .identifier(let node): return node
        case .literal(let node): return node
        case .this(let node): return node
        case .super(let node): return node
        case .array(let node): return node
        case .object(let node): return node
        case .function(let node): return node
        case .arrowFunction(let node): return node
        case .class(let node): return node
        case .template(let node): return node
        case .taggedTemplate(let node): return node
        case .member(let node): return node
        case .call(let node): return node
        case .chain(let node): return node
        case .new(let node): return node
        case .update(let node): return node
        case .unary(let node): return node
        case .binary(let node): return node
        case .logical(let node): return node
        case .conditional(let node): return node
        case .assignment(let node): return node
        case .sequence(let node): return node
        case .yield(let node): return node
        case .await(let node): return node
        case .metaProperty(let node): return node
        case .import(let node): return node
        case .privateName(let node): return node
        }
    }

    /// The wrapped node's range, read straight from the node's class (through `node`, the
    /// existential costs a retain, a release and a dynamic call, for every node the compiler
    /// and the parser ask).
    public var range: SourceRange {
        switch self {
        case .identifier(let node): return node.range
        case .literal(let node): return node.range
        case .this(let node): return node.range
        case .super(let node): return node.range
        case .array(let node): return node.range
        case .object(let node): return node.range
        case .function(let node): return node.range
        case .arrowFunction(let node): return node.range
        case .class(let node): return node.range
        case .template(let node): return node.range
        case .taggedTemplate(let node): return node.range
        case .member(let node): return node.range
        case .call(let node): return node.range
        case .chain(let node): return node.range
        case .new(let node): return node.range
        case .update(let node): return node.range
        case .unary(let node): return node.range
        case .binary(let node): return node.range
        case .logical(let node): return node.range
        case .conditional(let node): return node.range
        case .assignment(let node): return node.range
        case .sequence(let node): return node.range
        case .yield(let node): return node.range
        case .await(let node): return node.range
        case .metaProperty(let node): return node.range
        case .import(let node): return node.range
        case .privateName(let node): return node.range
        }
    }
}
