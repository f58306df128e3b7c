/// The command line after parsing against a `CommandSpec`: positionals in order, option values
/// by long name (defaults applied), flags that were given.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// The last value given for a single-valued option, or its default.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option, in order.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// `--set a=b` style values split at the first `=`; `nil` entries are malformed.
    func pairs(_ name: String) -> [(String, String)?] {
        all(name).map { entry in
            guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else { return nil }
            return (String(entry[..<equals]), String(entry[entry.index(after: equals)...]))
        }
    }
}

/// A mistake on the command line: reported on stderr with the usage line, exit status 2.
struct UsageError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
