import SlingrScript

/// The names a snippet or file reads or writes without declaring them: what must come from the
/// place that runs it (`config`, `utils`, `sys`, the browser or the language).
///
/// Declarations count for the whole snippet wherever they are (a `var` in an inner function
/// hides the name everywhere): an over-approximation that can miss an undeclared name but never
/// calls a declared one free. `typeof name` is a test, not a use, so it is not free either.
struct FreeNames {
    /// Every name some declaration of the snippet binds.
    private(set) var declared: Set<String> = []
    /// Free references in source order, one per identifier node.
    private(set) var references: [SlingrScript.Identifier] = []

    init(_ root: any SyntaxNode) {
        var bindings = Set<ObjectIdentifier>()
        var names = Set<String>()
        func bind(_ identifier: SlingrScript.Identifier) {
            names.insert(identifier.name)
            bindings.insert(ObjectIdentifier(identifier))
        }
        SyntaxWalker.walk(root) { node in
            switch node {
            case let declarator as VariableDeclarator: Self.boundIdentifiers(declarator.id).forEach(bind)
            case let function as FunctionNode:
                if let id = function.id { bind(id) }
                for parameter in function.params { Self.boundIdentifiers(parameter).forEach(bind) }
            case let clause as CatchClause:
                if let parameter = clause.param { Self.boundIdentifiers(parameter).forEach(bind) }
            case let node as ClassNode:
                if let id = node.id { bind(id) }
            default: break
            }
            return true
        }
        var seen = Set<ObjectIdentifier>()
        var found: [SlingrScript.Identifier] = []
        declared = names
        SyntaxWalker.walk(root, enter: { node, ancestors in
            if let unary = node as? UnaryExpression, unary.operator == .typeof, case .identifier = unary.argument { return false }
            guard let identifier = node as? SlingrScript.Identifier else { return true }
            let key = ObjectIdentifier(identifier)
            guard !bindings.contains(key), !names.contains(identifier.name), seen.insert(key).inserted,
                  let parent = ancestors.last, Self.isReference(identifier, in: parent) else { return false }
            found.append(identifier)
            return false
        }, leave: { _, _ in })
        references = found
    }

    /// Whether `identifier`, a child of `parent`, stands for a variable (not a property name,
    /// key, label or meta property).
    static func isReference(_ identifier: SlingrScript.Identifier, in parent: any SyntaxNode) -> Bool {
        switch parent {
        case let member as MemberExpression:
            if case .identifier(let property) = member.property { return property !== identifier }
            return true
        case let property as Property:
            if case .identifier(let value) = property.value { return value === identifier }
            return false
        case let property as AssignmentProperty:
            if case .identifier(let value) = property.value { return value === identifier }
            return false
        case let method as MethodDefinition:
            if case .identifier(let key) = method.key { return key !== identifier }
            return true
        case let field as PropertyDefinition:
            if case .identifier(let key) = field.key { return key !== identifier }
            return true
        case is LabeledStatement, is BreakStatement, is ContinueStatement, is MetaProperty:
            return false
        default:
            return true
        }
    }

    /// The identifiers a binding pattern declares (`{a, b: [c, ...d] = e}` gives a, c, d).
    static func boundIdentifiers(_ pattern: Pattern) -> [SlingrScript.Identifier] {
        var found: [SlingrScript.Identifier] = []
        var work = [pattern]
        while let next = work.popLast() {
            switch next {
            case .identifier(let identifier): found.append(identifier)
            case .object(let object):
                for member in object.properties {
                    switch member {
                    case .property(let property): work.append(property.value)
                    case .rest(let rest): work.append(rest.argument)
                    }
                }
            case .array(let array): work.append(contentsOf: array.elements.compactMap { $0 })
            case .assignment(let assignment): work.append(assignment.left)
            case .rest(let rest): work.append(rest.argument)
            case .member, .call: break
            }
        }
        return found
    }
}
