import SlingrDiagnostics

/// Why an evaluation failed, and where.
///
/// `description` reads like node's first line of an uncaught error (`TypeError: Cannot read
/// properties of undefined (reading 'x')`); `range` locates the failing construct in the
/// evaluated source (UTF-8 byte offsets).
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// An `Error` (or an object whose `name` is not one of the built-in error types).
        case error
        case typeError
        case referenceError
        case rangeError
        case syntaxError
        case uriError
        case evalError
        /// A value that is not an error object was thrown (`throw 'oops'`).
        case thrown
        /// A `Limits` limit ended the evaluation.
        case limitExceeded(Limits.Kind)

        init(errorName: String) {
            switch errorName {
            case "TypeError": self = .typeError
            case "ReferenceError": self = .referenceError
            case "RangeError": self = .rangeError
            case "SyntaxError": self = .syntaxError
            case "URIError": self = .uriError
            case "EvalError": self = .evalError
            default: self = .error
            }
        }
    }

    public var kind: Kind
    /// The error's `name` (`TypeError`, a custom name, or empty for thrown non-errors).
    public var name: String
    public var message: String
    /// Where in the evaluated source; nil when the failure has no position (host calls).
    public var range: SourceRange?
    /// What was thrown, for `.thrown` and for error objects (as data).
    public var thrownValue: HostValue?
    /// The `name` of the thrown object's `constructor` (`TypeError`, a user-defined error
    /// function), read without running getters; nil for primitives and limits.
    public var constructorName: String?
    /// The parser's own errors when the source did not parse (`kind == .syntaxError`).
    public var syntaxErrors: [SyntaxError]
    /// The same as diagnostics located in the evaluated source (rule `js-syntax`).
    public var syntaxDiagnostics: [Diagnostic]
    /// The script functions the error unwound through, innermost first (empty when it did not
    /// leave a script function, for example in a plain expression).
    public var stack: [ScriptStackFrame] = []

    public init(
        kind: Kind, name: String, message: String, range: SourceRange? = nil,
        thrownValue: HostValue? = nil, constructorName: String? = nil, syntaxErrors: [SyntaxError] = [],
        syntaxDiagnostics: [Diagnostic] = []
    ) {
        self.kind = kind
        self.name = name
        self.message = message
        self.range = range
        self.thrownValue = thrownValue
        self.constructorName = constructorName
        self.syntaxErrors = syntaxErrors
        self.syntaxDiagnostics = syntaxDiagnostics
    }

    /// `Name: message` like V8's `Error.prototype.toString`; `Uncaught <value>` for other throws.
    public var description: String {
        if case .thrown = kind { return "Uncaught " + message }
        if message.isEmpty { return name }
        if name.isEmpty { return message }
        return name + ": " + message
    }

    /// The error as a diagnostic located in `source` (the text that was evaluated).
    public func diagnostic(in source: SourceFile, ruleId: String = ScriptErrorRule.description.id) -> Diagnostic {
        if let first = syntaxDiagnostics.first { return first }
        let text = description
        if let range {
            return Diagnostic(ruleId: ruleId, severity: .error, message: text, in: source, range: range)
        }
        return Diagnostic(ruleId: ruleId, severity: .error, message: text, file: source.path)
    }
}
