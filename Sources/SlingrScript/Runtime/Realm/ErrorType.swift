import SlingrDiagnostics

/// The built-in error constructors.
enum ErrorType: Int, CaseIterable {
    case error, typeError, rangeError, referenceError, syntaxError, uriError, evalError

    var name: JSString {
        switch self {
        case .error: return "Error"
        case .typeError: return "TypeError"
        case .rangeError: return "RangeError"
        case .referenceError: return "ReferenceError"
        case .syntaxError: return "SyntaxError"
        case .uriError: return "URIError"
        case .evalError: return "EvalError"
        }
    }
}
