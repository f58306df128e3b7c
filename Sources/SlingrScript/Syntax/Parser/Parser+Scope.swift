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
    ///
    /// Scopes are read in place (`scopes[index].x`), never copied into a local first: a copy
    /// would share the name storage and make every insertion copy it.
    mutating func declareName(_ name: String, kind: BindingKind, at offset: Int) {
        guard !scopes.isEmpty else { return }
        let top = scopes.count - 1
        var redeclared = false
        switch kind {
        case .lexical:
            redeclared = scopes[top].lexicals.contains(name) || scopes[top].functions.contains(name)
                || scopes[top].vars.contains(name)
            scopes[top].lexicals.insert(name)
        case .simpleCatch:
            scopes[top].lexicals.insert(name)
            scopes[top].catchParameter = name
        case .function:
            if scopes[top].isVarScope {
                redeclared = scopes[top].lexicals.contains(name)
            } else {
                redeclared = scopes[top].lexicals.contains(name) || scopes[top].vars.contains(name)
            }
            scopes[top].functions.insert(name)
        case .var:
            var index = top
            while index >= 0 {
                if scopes[index].lexicals.contains(name),
                   !(scopes[index].isSimpleCatch && scopes[index].catchParameter == name) {
                    redeclared = true
                }
                if !scopes[index].isVarScope, scopes[index].functions.contains(name) {
                    redeclared = true
                }
                scopes[index].vars.insert(name)
                if scopes[index].isVarScope { break }
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
