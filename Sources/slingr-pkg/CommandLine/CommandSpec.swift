/// What a command accepts, declared once: the parser, the help text and the error messages are
/// all derived from it, so they cannot disagree.
struct CommandSpec: Sendable {
    var name: String
    /// One line, shown in the command list and after `OVERVIEW:`.
    var abstract: String
    /// Further paragraphs for `--help`.
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []

    /// Options every command understands, appended to the declared ones.
    static let commonOptions: [OptionSpec] = [
        OptionSpec("color", valueName: "when", help: "When to use colour in output: auto (only on a terminal), always or never; NO_COLOR in the environment always disables it.",
                   choices: ["auto", "always", "never"], defaultValue: "auto"),
        OptionSpec("help", short: "h", help: "Show help information."),
    ]

    var allOptions: [OptionSpec] { options + Self.commonOptions }

    /// The options help and completion show.
    var visibleOptions: [OptionSpec] { allOptions.filter { !$0.isHidden } }

    func option(named name: String) -> OptionSpec? { allOptions.first { $0.name == name } }
    func option(short: Character) -> OptionSpec? { allOptions.first { $0.short == short } }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isOptional = false
    /// Takes every remaining positional (`<file> ...`).
    var isRepeating = false
    /// What shell completion offers for it.
    var completion: ValueCompletion

    init(_ name: String, help: String, isOptional: Bool = false, isRepeating: Bool = false, choices: [String]? = nil,
         completion: ValueCompletion? = nil) {
        self.name = name
        self.help = help
        self.isOptional = isOptional
        self.isRepeating = isRepeating
        self.completion = completion ?? choices.map(ValueCompletion.words) ?? ValueCompletion.inferred(from: name)
    }

    /// `<file> ...`, `[<dir>]`, as in usage lines.
    var usage: String {
        let base = "<\(name)>" + (isRepeating ? " ..." : "")
        return isOptional ? "[\(base)]" : base
    }
}

/// A `--name`, with or without a value.
struct OptionSpec: Sendable {
    var name: String
    var short: Character?
    /// `nil` for a flag; otherwise the placeholder shown in help (`--format <format>`).
    var valueName: String?
    var help: String
    var choices: [String]?
    var defaultValue: String?
    var isRepeatable: Bool
    /// What shell completion offers for the value.
    var completion: ValueCompletion
    /// Left out of help and completion: an interface for the tool's own scripts.
    var isHidden: Bool

    init(_ name: String, short: Character? = nil, valueName: String? = nil, help: String,
         choices: [String]? = nil, defaultValue: String? = nil, isRepeatable: Bool = false, completion: ValueCompletion? = nil,
         isHidden: Bool = false) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.choices = choices
        self.defaultValue = defaultValue
        self.isRepeatable = isRepeatable
        self.completion = completion ?? choices.map(ValueCompletion.words) ?? valueName.map(ValueCompletion.inferred(from:)) ?? .nothing
        self.isHidden = isHidden
    }

    var takesValue: Bool { valueName != nil }

    /// `-h, --help` or `--format <format>`.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--\(name)"
        if let valueName { text += " <\(valueName)>" }
        return text
    }

    /// The help text plus the values and default, as swift-argument-parser prints them.
    var fullHelp: String {
        var extras: [String] = []
        if let choices { extras.append("values: " + choices.joined(separator: ", ")) }
        if let defaultValue { extras.append("default: " + defaultValue) }
        return extras.isEmpty ? help : help + " (" + extras.joined(separator: "; ") + ")"
    }

    /// The standard `--format` option for commands that report findings.
    static func format(_ choices: [String] = ["text", "json"]) -> OptionSpec {
        OptionSpec("format", valueName: "format", help: "Output format.", choices: choices, defaultValue: choices.first)
    }
}
