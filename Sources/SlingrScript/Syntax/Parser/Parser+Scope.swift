/// Scopes and declarations, for the redeclaration early errors.
extension Parser {
    /// Opens a scope. Scopes are reused: `scopes` keeps the closed ones beyond `scopeCount`, with
    /// their name storage, so entering a block or function rarely allocates.
    mutating func enterScope(isVarScope: Bool = false) {
        if scopeCount < storage.scopes.count {
            storage.scopes[scopeCount].reset(isVarScope: isVarScope)
        } else {
            storage.scopes.append(Scope(isVarScope: isVarScope))
        }
        scopeCount += 1
    }

    mutating func exitScope() {
        if scopeCount > 1 { scopeCount -= 1 }
    }

    /// Functions declared directly in a function body or the script are var-like.
    var treatFunctionsAsVar: Bool {
        mutating get {
            scopeCount > 0 ? storage.scopes[scopeCount - 1].isVarScope : true
        }
    }

    /// Declares `name` in the current scope(s), reporting a conflicting earlier declaration.
    ///
    /// Scopes are read in place (`scopes[index].x`), never copied into a local first: a copy
    /// would share the name storage and make every insertion copy it.
    mutating func declareName(_ name: String, kind: BindingKind, at offset: Int) {
        guard scopeCount > 0 else { return }
        let top = scopeCount - 1
        var redeclared = false
        switch kind {
        case .lexical:
            redeclared = !storage.scopes[top].names.insert(name, as: .lexical).isEmpty
        case .simpleCatch:
            storage.scopes[top].names.insert(name, as: .lexical)
            storage.scopes[top].catchParameter = name
        case .function:
            let previous = storage.scopes[top].names.insert(name, as: .function)
            if storage.scopes[top].isVarScope {
                redeclared = previous.contains(.lexical)
            } else {
                redeclared = !previous.isDisjoint(with: [.lexical, .variable])
            }
        case .var:
            var index = top
            while index >= 0 {
                let previous = storage.scopes[index].names.insert(name, as: .variable)
                if previous.contains(.lexical),
                   !(storage.scopes[index].isSimpleCatch && storage.scopes[index].catchParameter == name) {
                    redeclared = true
                }
                if !storage.scopes[index].isVarScope, previous.contains(.function) {
                    redeclared = true
                }
                if storage.scopes[index].isVarScope { break }
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
