import SlingrDiagnostics

/// Running a script as global code: GlobalDeclarationInstantiation, then its statements.
extension Realm {
    /// Declares a script's global names as the specification says (a `let` may not clash
    /// with a `var`, another `let` or a non-configurable global property; functions and `var`s
    /// become non-configurable properties of the global object), then runs it in `scope`.
    func runScript(_ code: ProgramCode, in scope: RuntimeScope) throws -> Value {
        let global = globalObject
        for (name, _) in code.lexicals {
            if globalLexicals[name] != nil { throw error(.syntaxError, "Identifier '\(name.string)' has already been declared") }
            // A restricted global: a script's `var` or function, or `undefined`, `NaN`, ...
            if let existing = ownProperty(global, name), !existing.flags.contains(.configurable) {
                throw error(.syntaxError, "Identifier '\(name.string)' has already been declared")
            }
        }
        for name in code.varNames + code.functions.map(\.name) where globalLexicals[name] != nil {
            throw error(.syntaxError, "Identifier '\(name.string)' has already been declared")
        }
        for (name, _) in code.functions {
            try checkGlobalFunctionDeclarable(name)
        }
        for name in code.varNames where !global.hasOwnProperty(name) && !global.extensible {
            throw typeError("Cannot define global variable \(name.string): the global object is not extensible")
        }
        for (name, isConstant) in code.lexicals {
            globalLexicals[name] = GlobalBinding(value: .undefined, isConstant: isConstant, isInitialized: false)
        }
        for (name, function) in code.functions {
            let value = Value.object(makeFunction(function, scope: scope))
            if let existing = ownProperty(global, name), !existing.flags.contains(.configurable) {
                try definePropertyOrThrow(global, name, PropertyDescriptor(value: value))
            } else {
                try definePropertyOrThrow(global, name, .data(value, flags: [.enumerable, .writable]))
            }
        }
        for name in code.varNames where !global.hasOwnProperty(name) {
            try definePropertyOrThrow(global, name, .data(.undefined, flags: [.enumerable, .writable]))
        }
        completionValue = .undefined
        let completion = try executeStatements(code.statements, self, scope)
        if case .returnValue(let value) = completion { return value }
        return completionValue
    }

    /// Parses, compiles and runs `source` as a script in this realm, within the evaluation in
    /// progress (its step budget and call depth): what test262's `$262.evalScript` does.
    func evaluateScript(_ source: String) throws -> Value {
        let parsed = JavaScriptParser.parseProgram(SourceFile(path: "<script>", text: source))
        if let first = parsed.errors.first { throw error(.syntaxError, first.message) }
        try charge(source.utf8.count)
        try reserve(source.utf8.count &* MemoryCensus.codeBytesPerUnit)
        let code: ProgramCode
        do {
            code = try Compiler.compileProgram(parsed.tree, sourceText: SourceText(source))
        } catch let failure as ScriptError {
            throw error(.syntaxError, failure.message)
        }
        return try runScript(code, in: RuntimeScope(parent: nil, slots: []))
    }

    /// CanDeclareGlobalFunction (scripts and indirect eval), as the TypeError when it cannot.
    func checkGlobalFunctionDeclarable(_ name: JSString) throws {
        let global = globalObject
        if let existing = ownProperty(global, name) {
            let replaceable = existing.flags.contains(.configurable)
                || (!existing.flags.contains(.accessor) && existing.flags.contains(.writable) && existing.flags.contains(.enumerable))
            if !replaceable { throw typeError("Cannot redefine global function \(name.string)") }
        } else if !global.extensible {
            throw typeError("Cannot define global function \(name.string): the global object is not extensible")
        }
    }
}

extension ScriptContext {
    /// Runs `source` as a script of this interpreter (its `var`s, functions and `let`s become
    /// globals) inside the evaluation in progress, as test262's `$262.evalScript` does.
    public func evaluateScript(_ source: String) throws -> Value {
        try realm.evaluateScript(source)
    }

}
