/// Help text in swift-argument-parser's shape: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS, with help columns aligned at 26 and lines wrapped at 80.
enum HelpFormatter {
    static let tool = "slingr-pkg"
    private static let column = 26
    private static let width = 80

    /// `slingr-pkg validate <file> ... [--kind <kind>] [--format <format>]`.
    static func usage(_ spec: CommandSpec) -> String {
        var parts = ["\(tool) \(spec.name)"]
        parts += spec.arguments.map(\.usage)
        for option in spec.options where !option.isHidden {
            var synopsis = "--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? "")
            if option.isRepeatable { synopsis += " ..." }
            parts.append("[\(synopsis)]")
        }
        return parts.joined(separator: " ")
    }

    static func help(_ spec: CommandSpec) -> String {
        var text = wrap("OVERVIEW: \(spec.abstract)", indent: 0) + "\n"
        if !spec.discussion.isEmpty { text += "\n" + wrap(spec.discussion, indent: 0) + "\n" }
        text += "\nUSAGE: \(usage(spec))\n"
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in spec.arguments { text += entry("<\(argument.name)>", argument.help) }
        }
        text += "\nOPTIONS:\n"
        for option in spec.visibleOptions { text += entry(option.synopsis, option.fullHelp) }
        return text
    }

    static func rootHelp(commands: [any Command.Type], abstract: String, discussion: String) -> String {
        var text = wrap("OVERVIEW: \(abstract)", indent: 0) + "\n"
        if !discussion.isEmpty { text += "\n" + wrap(discussion, indent: 0) + "\n" }
        text += "\nUSAGE: \(tool) <subcommand>\n"
        text += "\nOPTIONS:\n"
        text += entry("--version", "Show the version.")
        text += entry("-h, --help", "Show help information.")
        text += "\nSUBCOMMANDS:\n"
        for command in commands { text += entry(command.spec.name, command.spec.abstract) }
        text += "\n  See '\(tool) help <subcommand>' for detailed help.\n"
        return text
    }

    /// `  name                    help text wrapped under the help column`.
    private static func entry(_ name: String, _ help: String) -> String {
        let lead = "  " + name
        let wrapped = wrap(help, indent: column)
        if lead.count + 2 <= column {
            return lead + String(repeating: " ", count: column - lead.count) + wrapped.dropFirst(column) + "\n"
        }
        return lead + "\n" + wrapped + "\n"
    }

    /// Word-wraps `text` to the width, every line indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, indent + line.count + 1 + word.count > width {
                    lines.append(String(repeating: " ", count: indent) + line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line.isEmpty ? "" : String(repeating: " ", count: indent) + line)
        }
        return lines.joined(separator: "\n")
    }
}
