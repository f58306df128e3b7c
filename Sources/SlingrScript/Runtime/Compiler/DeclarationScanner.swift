/// Finds the declarations a scope hoists: `var` names anywhere in a function body (not inside
/// nested functions), and the `let`/`const`/`class`/function declarations directly in a block.
enum DeclarationScanner {
    struct Lexical {
        let name: String
        let kind: SlotBindingKind
    }

    /// `var` names declared in `statements`, in order, without duplicates. With
    /// `blockFunctions`, also the names of function declarations nested in blocks (sloppy
    /// mode's Annex B gives them a function-level `var` too).
    static func varNames(in statements: [Statement], blockFunctions: Bool = false) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        let topLevel = Set(statements.compactMap { statement -> ObjectIdentifier? in
            if case .function(let function) = statement { return ObjectIdentifier(function) }
            return nil
        })
        var work = statements.reversed().map { $0 }
        while let statement = work.popLast() {
            switch statement {
            case .function(let function):
                if blockFunctions, !topLevel.contains(ObjectIdentifier(function)), let id = function.id,
                   seen.insert(id.name).inserted
                {
                    names.append(id.name)
                }
            case .variable(let declaration):
                guard declaration.kind == .var else { continue }
                for declarator in declaration.declarations {
                    for name in boundNames(declarator.id) where seen.insert(name).inserted { names.append(name) }
                }
            case .block(let block): work.append(contentsOf: block.body.reversed())
            case .if(let node):
                if let alternate = node.alternate { work.append(alternate) }
                work.append(node.consequent)
            case .while(let node): work.append(node.body)
            case .doWhile(let node): work.append(node.body)
            case .for(let node):
                work.append(node.body)
                if case .variable(let declaration)? = node.initializer { work.append(.variable(declaration)) }
            case .forIn(let node):
                work.append(node.body)
                if case .variable(let declaration) = node.left { work.append(.variable(declaration)) }
            case .forOf(let node):
                work.append(node.body)
                if case .variable(let declaration) = node.left { work.append(.variable(declaration)) }
            case .labeled(let node): work.append(node.body)
            case .try(let node):
                if let finalizer = node.finalizer { work.append(.block(finalizer)) }
                if let handler = node.handler { work.append(.block(handler.body)) }
                work.append(.block(node.block))
            case .switch(let node):
                for switchCase in node.cases.reversed() { work.append(contentsOf: switchCase.consequent.reversed()) }
            case .with(let node): work.append(node.body)
            default: continue
            }
        }
        return names
    }

    /// Declarations scoped to the block made of `statements`.
    static func lexicalDeclarations(in statements: [Statement]) -> (names: [Lexical], functions: [FunctionNode]) {
        var names: [Lexical] = []
        var functions: [FunctionNode] = []
        for statement in statements {
            switch statement {
            case .variable(let declaration) where declaration.kind != .var:
                let kind: SlotBindingKind = declaration.kind == .const ? .constant : .lexical
                for declarator in declaration.declarations {
                    for name in boundNames(declarator.id) { names.append(Lexical(name: name, kind: kind)) }
                }
            case .class(let node):
                if let id = node.id { names.append(Lexical(name: id.name, kind: .lexical)) }
            case .function(let node):
                functions.append(node)
            default:
                continue
            }
        }
        return (names, functions)
    }

    /// The identifiers a binding pattern declares.
    static func boundNames(_ pattern: Pattern) -> [String] {
        var names: [String] = []
        var work = [pattern]
        while let current = work.popLast() {
            switch current {
            case .identifier(let identifier): names.append(identifier.name)
            case .member, .call: continue
            case .object(let object):
                for member in object.properties.reversed() {
                    switch member {
                    case .property(let property): work.append(property.value)
                    case .rest(let rest): work.append(rest.argument)
                    }
                }
            case .array(let array):
                for case let element? in array.elements.reversed() { work.append(element) }
            case .assignment(let assignment): work.append(assignment.left)
            case .rest(let rest): work.append(rest.argument)
            }
        }
        return names
    }
}
