import SlingrDiagnostics

/// Any JavaScript statement or declaration. Each case wraps the ESTree node of the same name.
public enum Statement: SyntaxNodeConvertible {
    case expression(ExpressionStatement)
    case block(BlockStatement)
    case empty(EmptyStatement)
    case debugger(DebuggerStatement)
    case with(WithStatement)
    case `return`(ReturnStatement)
    case labeled(LabeledStatement)
    case `break`(BreakStatement)
    case `continue`(ContinueStatement)
    case `if`(IfStatement)
    case `switch`(SwitchStatement)
    case `throw`(ThrowStatement)
    case `try`(TryStatement)
    case `while`(WhileStatement)
    case doWhile(DoWhileStatement)
    case `for`(ForStatement)
    case forIn(ForInStatement)
    case forOf(ForOfStatement)
    /// `FunctionNode.kind == .declaration`.
    case function(FunctionNode)
    case variable(VariableDeclaration)
    /// `ClassNode.isDeclaration == true`.
    case `class`(ClassNode)

    public var node: any SyntaxNode {
        switch self {
        case .expression(let node): return node
        case .block(let node): return node
        case .empty(let node): return node
        case .debugger(let node): return node
        case .with(let node): return node
        case .return(let node): return node
        case .labeled(let node): return node
        case .break(let node): return node
        case .continue(let node): return node
        case .if(let node): return node
        case .switch(let node): return node
        case .throw(let node): return node
        case .try(let node): return node
        case .while(let node): return node
        case .doWhile(let node): return node
        case .for(let node): return node
        case .forIn(let node): return node
        case .forOf(let node): return node
        case .function(let node): return node
        case .variable(let node): return node
        case .class(let node): return node
        }
    }

    /// The wrapped node's range, read straight from the node's class (through `node`, the
    /// existential costs a retain, a release and a dynamic call, for every node the compiler
    /// and the parser ask).
    public var range: SourceRange {
        switch self {
        case .expression(let node): return node.range
        case .block(let node): return node.range
        case .empty(let node): return node.range
        case .debugger(let node): return node.range
        case .with(let node): return node.range
        case .return(let node): return node.range
        case .labeled(let node): return node.range
        case .break(let node): return node.range
        case .continue(let node): return node.range
        case .if(let node): return node.range
        case .switch(let node): return node.range
        case .throw(let node): return node.range
        case .try(let node): return node.range
        case .while(let node): return node.range
        case .doWhile(let node): return node.range
        case .for(let node): return node.range
        case .forIn(let node): return node.range
        case .forOf(let node): return node.range
        case .function(let node): return node.range
        case .variable(let node): return node.range
        case .class(let node): return node.range
        }
    }
}
