import SlingrScript

/// What `slingr-pkg run` runs.
public enum RunTarget: Sendable, Equatable {
    /// A flow step with its inputs (step.json defaults fill the ones not given).
    case step(String, inputs: HostValue)
    /// `exports.<function>` of the library `scripts/<library>.js`, called with `this` = exports.
    case function(library: String, function: String, arguments: [HostValue])
    /// A listener's `callback(event)`.
    case listener(String, event: HostValue)

    /// `step apiCall`, `function api.get`, `listener webhook`.
    public var description: String {
        switch self {
        case .step(let name, _): return "step \(name)"
        case .function(let library, let function, _): return "function \(library).\(function)"
        case .listener(let name, _): return "listener \(name)"
        }
    }
}
