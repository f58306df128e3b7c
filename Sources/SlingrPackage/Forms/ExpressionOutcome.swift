import SlingrScript

/// One descriptor expression evaluated for the preview: what was written, and what came of it.
public struct ExpressionOutcome: Sendable, Equatable {
    public enum Result: Sendable, Equatable {
        /// Evaluated; `truthy` is JavaScript's truthiness of the result (functions included).
        case value(HostValue, truthy: Bool)
        /// Text that is not code by the `value` rule (see expression-syntax) (a URL, HTML, words): shown as is.
        case verbatim
        /// The evaluation failed (`TypeError: ...`, a syntax error, a limit); never thrown.
        case failed(String)
    }

    /// What the expression is for: `visibility`, `required`, `value`, `defaultValue`,
    /// `validation`, `action` or an `oauth2` option name.
    public var key: String
    public var source: String
    public var result: Result

    public init(key: String, source: String, result: Result) {
        self.key = key
        self.source = source
        self.result = result
    }

    /// The value to use: the result, or the source text when shown verbatim; `nil` on failure.
    public var value: HostValue? {
        switch result {
        case .value(let value, _): return value
        case .verbatim: return .string(source)
        case .failed: return nil
        }
    }

    /// The source as the text preview quotes it: a long expression (someone else's package may
    /// hold a megabyte of it) is cut after its first 120 characters.
    public var quotedSource: String { TextWrapper.truncate(source, width: 121) }

    public var failure: String? {
        if case .failed(let message) = result { return message }
        return nil
    }

    public var isTruthy: Bool {
        switch result {
        case .value(_, let truthy): return truthy
        case .verbatim: return !source.isEmpty
        case .failed: return false
        }
    }
}
