import SlingrJSON

/// The dotted names of `--set NAME=VALUE` (`eval`, `preview`, `configure`): one level of
/// nesting per name, at most as deep as a values file may nest (the JSON parser's limit), so
/// a hostile path of thousands of names is a usage error instead of deep recursion.
enum SetOption {
    static let maximumNames = JSONParser.defaultMaximumDepth

    /// The usage error for a path with too many names, nil when it is fine.
    static func depthProblem(_ name: String) -> String? {
        let names = name.utf8.reduce(1) { $1 == UInt8(ascii: ".") ? $0 + 1 : $0 }
        guard names > maximumNames else { return nil }
        let shown = name.count > 40 ? String(name.prefix(40)) + "..." : name
        return "'--set' path '\(shown)' has \(names) names; at most \(maximumNames) are supported"
    }
}
