import SlingrDiagnostics
import SlingrScript

/// Questions lint rules ask of a script's syntax tree: which `a.b.c` paths are assigned, which
/// functions are called with what. Answers come from the tree, never from text matching.
enum ScriptQueries {
    /// `a.b.c` (or `a['b'].c`, `a?.b`) as `["a", "b", "c"]`; `nil` for anything else.
    static func memberPath(_ expression: Expression) -> [String]? {
        switch expression {
        case .identifier(let identifier):
            return [identifier.name]
        case .chain(let chain):
            return memberPath(chain.expression)
        case .member(let member):
            guard let base = memberPath(member.object), let name = propertyName(member.property) else { return nil }
            return base + [name]
        default:
            return nil
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
