/// Scopes and declarations, for the redeclaration early errors.
extension Parser {
    mutating func enterScope(isVarScope: Bool = false) {
        scopes.append(Scope(isVarScope: isVarScope))
    }

    mutating func exitScope() {
        if scopes.count > 1 { scopes.removeLast() }
    }

    /// Functions declared directly in a function body or the script are var-like.
    var treatFunctionsAsVar: Bool {
        mutating get {
            scopes.last?.isVarScope ?? true
        }
    }

    /// Declares `name` in the current scope(s), reporting a conflicting earlier declaration.
    mutating func declareName(_ name: String, kind: BindingKind, at offset: Int) {
        guard !scopes.isEmpty else { return }
        let top = scopes.count - 1
        var redeclared = false
        switch kind {
        case .lexical:
            let scope = scopes[top]
            redeclared = scope.lexicals.contains(name) || scope.functions[name] != nil || scope.vars.contains(name)
            scopes[top].lexicals.insert(name)
        case .simpleCatch:
            scopes[top].lexicals.insert(name)
            scopes[top].catchParameter = name
        case .function:
            let scope = scopes[top]
            if scope.isVarScope {
                redeclared = scope.lexicals.contains(name)
            } else {
                redeclared = scope.lexicals.contains(name) || scope.vars.contains(name)
            }
            scopes[top].functions[name] = true
        case .var:
            var index = top
            while index >= 0 {
                let scope = scopes[index]
                if scope.lexicals.contains(name), !(scope.isSimpleCatch && scope.catchParameter == name) {
                    redeclared = true
                }
                if !scope.isVarScope, scope.functions[name] != nil {
                    redeclared = true
                }
                scopes[index].vars.insert(name)
                if scope.isVarScope { break }
                index -= 1
            }
        case .none, .outside:
            break
        }
        if redeclared {
            report("Identifier '\(name)' has already been declared", at: offset)
        }
    }
}
