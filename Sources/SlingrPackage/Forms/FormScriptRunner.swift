import SlingrDiagnostics
import SlingrScript

/// Evaluates a form's expressions with one sandboxed interpreter: `config` is the current
/// values plus the platform values, `@config` means `config`, and every evaluation has its own
/// small step budget so a `while (true)` in a descriptor ends quickly with an error.
/// Failures come back as outcomes, never as thrown errors.
final class FormScriptRunner {
    private let interpreter: ScriptInterpreter
    private let environment: FormEnvironment
    private var compiled: [String: Result<CompiledScript, ScriptError>] = [:]
    /// Top-level names set as bare globals for step inputs (validation functions name them so).
    private let bareNames: [String]
    private var currentConfig: HostValue = .undefined

    init(environment: FormEnvironment, bareNames: [String] = [], limits: Limits = FormEvaluator.expressionLimits) {
        self.environment = environment
        let interpreter = ScriptInterpreter(environment: environment.scriptEnvironment(config: .object([])), limits: limits)
        self.interpreter = interpreter
        // Only names that would not hide a built-in (`config`, `utils`, `Math` ...).
        self.bareNames = bareNames.filter { interpreter.global($0) == nil && Self.isIdentifier($0) }
    }

    /// Makes `values` (plus the platform values) the `config` expressions see.
    func setConfig(_ values: HostValue) {
        var config = values
        if case .object = config {} else { config = .object([]) }
        for (name, value) in environment.platform.members { config.set(name, .string(value)) }
        guard config != currentConfig else { return }
        currentConfig = config
        interpreter.config = config
        for name in bareNames { interpreter.setGlobal(name, config[name] ?? .undefined) }
    }

    /// `config` as the last action left it, without the platform values.
    var configValues: HostValue {
        var config = interpreter.config
        guard case .object(let members) = config else { return .object([]) }
        let platformNames = Set(environment.platform.members.map(\.name))
        config = .object(members.filter { !platformNames.contains($0.key) })
        return config
    }

    /// A `required`/`visibility`/validation/oauth2 expression, evaluated as the platform does:
    /// like a script whose completion value is the result, so a final `;` or a statement is
    /// fine, and a blank text has no value.
    func expression(_ source: String, key: String) -> ExpressionOutcome {
        if source.trimmingSpaces.isEmpty { return ExpressionOutcome(key: key, source: source, result: .value(.undefined, truthy: false)) }
        var compiled = compile(source, kind: .expression)
        if case .failure(let error) = compiled, error.kind == .syntaxError, case .success(let script) = compile(source, kind: .statements) {
            compiled = .success(script)
        }
        switch compiled {
        case .failure(let error): return ExpressionOutcome(key: key, source: source, result: .failed(error.description))
        case .success(let script): return run(script, source: source, key: key)
        }
    }

    /// A `value`/`defaultValue` text, by the rule expression-syntax documents: evaluated when it parses as one
    /// expression that is not a bare identifier (nor a lone number, boolean or null literal,
    /// whose text is kept as written); shown verbatim when it does not parse or its evaluation
    /// fails on an unknown global (`Hello-world` is words, not a subtraction).
    func valueText(_ source: String, key: String) -> ExpressionOutcome {
        guard Self.isCode(source) else { return ExpressionOutcome(key: key, source: source, result: .verbatim) }
        let outcome = expression(source, key: key)
        if case .failed = outcome.result, lastErrorWasUnknownGlobal {
            return ExpressionOutcome(key: key, source: source, result: .verbatim)
        }
        return outcome
    }

    /// Runs a button action (statements) on the current `config`.
    func statements(_ source: String, key: String) -> ExpressionOutcome {
        switch compile(source, kind: .statements) {
        case .failure(let error): return ExpressionOutcome(key: key, source: source, result: .failed(error.description))
        case .success(let script):
            var outcome = run(script, source: source, key: key)
            currentConfig = .undefined
            if outcome.failure == nil {
                // What the action left in `config` must convert (not too deep or too large).
                do throws(ScriptError) {
                    _ = try interpreter.checkedHostValue(interpreter.global("config") ?? .undefined)
                } catch {
                    outcome.result = .failed(error.description)
                }
            }
            return outcome
        }
    }

    /// Whether value text counts as code (see `valueText`).
    static func isCode(_ source: String) -> Bool {
        let file = SourceFile(path: "<value>", text: source)
        let options = JavaScriptParser.Options(slingrConfigReferences: true, maximumErrors: 1)
        let result = JavaScriptParser.parseExpression(file, options: options)
        var tree = result.errors.isEmpty ? result.tree : nil
        if tree == nil {
            // `'https://' + config.x;`: one expression statement counts as that expression.
            let statements = JavaScriptParser.parseStatements(file, options: options)
            if statements.errors.isEmpty, case let program = statements.tree, program.body.count == 1, case .expression(let statement) = program.body[0] {
                tree = statement.expression
            }
        }
        guard let tree else { return false }
        switch tree {
        case .identifier: return false
        case .literal(let literal):
            if case .string = literal.value { return true }
            return false
        default: return true
        }
    }

    private var lastErrorWasUnknownGlobal = false

    private enum Kind { case expression, statements }

    private func compile(_ source: String, kind: Kind) -> Result<CompiledScript, ScriptError> {
        let cacheKey = (kind == .expression ? "e:" : "s:") + source
        if let cached = compiled[cacheKey] { return cached }
        let result: Result<CompiledScript, ScriptError>
        do {
            result = .success(kind == .expression ? try CompiledScript.expression(source) : try CompiledScript.statements(source))
        } catch {
            result = .failure(error)
        }
        compiled[cacheKey] = result
        return result
    }

    private func run(_ script: CompiledScript, source: String, key: String) -> ExpressionOutcome {
        lastErrorWasUnknownGlobal = false
        do {
            let value = try interpreter.evaluate(script)
            return ExpressionOutcome(key: key, source: source, result: .value(try interpreter.checkedHostValue(value), truthy: value.isTruthy))
        } catch {
            lastErrorWasUnknownGlobal = error.kind == .referenceError && error.message.hasSuffix(" is not defined")
            return ExpressionOutcome(key: key, source: source, result: .failed(error.description))
        }
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !(first >= "0" && first <= "9") else { return false }
        return name.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_" || $0 == "$" }
    }
}
