/// `${NAME}` environment placeholders of the platform documentation. The configuration form keeps
/// them as written (so `utils.isPlaceholder(config.x)` is true there); the app replaces them
/// when it loads the configuration, which is what `--build` simulates.
public enum Placeholder {
    /// The name when `text` is exactly one placeholder (`${API_TOKEN}`), else `nil`.
    public static func name(of text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars[0] == "$", scalars[1] == "{", scalars[scalars.count - 1] == "}" else { return nil }
        let inner = scalars[2..<(scalars.count - 1)]
        guard inner.allSatisfy(isNameScalar) else { return nil }
        return String(String.UnicodeScalarView(inner))
    }

    public static func isPlaceholder(_ text: String) -> Bool { name(of: text) != nil }

    /// Replaces every `${NAME}` inside `text` whose name `environment` knows; the names left
    /// unresolved are returned in order of appearance.
    public static func resolve(_ text: String, environment: [String: String]) -> (text: String, unresolved: [String]) {
        guard text.contains("${") else { return (text, []) }
        let scalars = Array(text.unicodeScalars)
        // Built with single-scalar appends and `+=`: appending a run of scalars to a
        // UnicodeScalarView copies the whole string each time, quadratic over many placeholders.
        var output = ""
        var unresolved: [String] = []
        var seen: Set<String> = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "$", index + 1 < scalars.count, scalars[index + 1] == "{" {
                var end = index + 2
                while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
                if end < scalars.count, scalars[end] == "}", end > index + 2 {
                    let name = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                    if let value = environment[name] {
                        output += value
                    } else {
                        for scalar in scalars[index...end] { output.unicodeScalars.append(scalar) }
                        if seen.insert(name).inserted { unresolved.append(name) }
                    }
                    index = end + 1
                    continue
                }
            }
            output.unicodeScalars.append(scalars[index])
            index += 1
        }
        return (output, unresolved)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "_"
    }
}
