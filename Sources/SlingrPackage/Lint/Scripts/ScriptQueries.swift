import SlingrDiagnostics
import SlingrScript

/// Questions lint rules ask of a script's syntax tree: which `a.b.c` paths are assigned, which
/// functions are called with what. Answers come from the tree, never from text matching.
enum ScriptQueries {
    /// `a.b.c` (or `a['b'].c`, `a?.b`) as `["a", "b", "c"]`; `nil` for anything else.
    /// A loop over the chain: member chains can be thousands of links long.
    static func memberPath(_ expression: Expression) -> [String]? {
        var names: [String] = []
        var current = expression
        while true {
            switch current {
            case .identifier(let identifier):
                names.append(identifier.name)
                names.reverse()
                return names
            case .chain(let chain):
                current = chain.expression
            case .member(let member):
                guard let name = propertyName(member.property) else { return nil }
                names.append(name)
                current = member.object
            default:
                return nil
            }
        }
    }

    /// The member path at the bottom of the member chain topped by `top`, as far up as its
    /// properties are static names: `a.b[c].d` gives `["a", "b"]`, with `nodes[i]` the member
    /// expression whose path is `path[0...i + 1]`. Nil when the chain does not start with an
    /// identifier followed by a static name.
    ///
    /// Rules that look at member paths call this once per chain (on its outermost member) and
    /// skip the members it returns, which keeps them linear in the chain's length, where asking
    /// `memberPath` of every member of a long chain would be quadratic.
    static func memberPathPrefix(of top: MemberExpression) -> (path: [String], nodes: [MemberExpression])? {
        var members: [MemberExpression] = []
        var current = Expression.member(top)
        var base: String?
        walking: while true {
            switch current {
            case .identifier(let identifier):
                base = identifier.name
                break walking
            case .chain(let chain):
                current = chain.expression
            case .member(let member):
                members.append(member)
                current = member.object
            default:
                break walking
            }
        }
        guard let base else { return nil }
        var path = [base]
        var nodes: [MemberExpression] = []
        for member in members.reversed() {
            guard let name = propertyName(member.property) else { break }
            path.append(name)
            nodes.append(member)
        }
        return nodes.isEmpty ? nil : (path, nodes)
    }

    /// Calls `visit` with the member-path prefix (see `memberPathPrefix`) of every member chain
    /// under `root`, once per chain, in source order of the chains' outermost members.
    static func forEachMemberPath(in root: any SyntaxNode, _ visit: (_ path: [String], _ nodes: [MemberExpression]) -> Void) {
        var covered = Set<ObjectIdentifier>()
        SyntaxWalker.walk(root) { node in
            guard let member = node as? MemberExpression, !covered.contains(ObjectIdentifier(member)) else { return true }
            guard let (path, nodes) = memberPathPrefix(of: member) else { return true }
            for inner in nodes { covered.insert(ObjectIdentifier(inner)) }
            visit(path, nodes)
            return true
        }
    }

    /// The name of `.name` or `['name']`.
    static func propertyName(_ property: MemberProperty) -> String? {
        switch property {
        case .identifier(let identifier): return identifier.name
        case .computed(let expression): return stringValue(expression)
        case .privateName: return nil
        }
    }

    /// The value of a string literal or a template without substitutions.
    static func stringValue(_ expression: Expression) -> String? {
        switch expression {
        case .literal(let literal):
            if case .string(let text) = literal.value { return text }
            return nil
        case .template(let template) where template.expressions.isEmpty:
            return template.quasis.first?.cooked
        default:
            return nil
        }
    }

    /// Every `path = value` assignment to a member path, anywhere in the tree.
    static func memberAssignments(in root: any SyntaxNode) -> [(path: [String], node: AssignmentExpression)] {
        var found: [(path: [String], node: AssignmentExpression)] = []
        SyntaxWalker.walk(root) { node in
            if let assignment = node as? AssignmentExpression, assignment.operator == .assign,
               case .member(let member) = assignment.left, let path = memberPath(.member(member)) {
                found.append((path, assignment))
            }
            return true
        }
        return found
    }

    /// Every call whose callee is a member path (`sys.events.triggerEvent(...)`).
    static func calls(in root: any SyntaxNode) -> [(path: [String], node: CallExpression)] {
        var found: [(path: [String], node: CallExpression)] = []
        SyntaxWalker.walk(root) { node in
            if let call = node as? CallExpression, let path = memberPath(call.callee) {
                found.append((path, call))
            }
            return true
        }
        return found
    }

    /// The properties of an object literal by key name (identifier, string or number keys).
    static func properties(of object: ObjectExpression) -> [(name: String, property: Property)] {
        object.properties.compactMap { member in
            guard case .property(let property) = member else { return nil }
            switch property.key {
            case .identifier(let identifier): return (identifier.name, property)
            case .literal(let literal):
                if case .string(let text) = literal.value { return (text, property) }
                return nil
            default: return nil
            }
        }
    }
}
