import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg rules [ID]`: every rule with its default severity, or one rule explained.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List every rule any command reports, or explain one with its examples.",
        discussion: "Each example marks with ↓ where the finding points. Every rule listed can be set to off, note, warning or error in .slingr-pkg.json.",
        arguments: [ArgumentSpec("id", help: "A rule id to explain.", isOptional: true, completion: .listed(.rules))],
        options: [.format()]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let json = arguments.value("format") == "json"
        guard let id = arguments.positionals.first else {
            let rules = RuleCatalogue.complete.all.sorted { $0.id < $1.id }
            if json {
                context.stdout.write(JSONOutput.array(rules.map(object)).rendered() + "\n")
                return .success
            }
            let width = (rules.map(\.id.count).max() ?? 0) + 2
            for rule in rules {
                let padded = rule.id + String(repeating: " ", count: width - rule.id.count)
                let severity = rule.severity.rawValue + String(repeating: " ", count: 9 - rule.severity.rawValue.count)
                context.stdout.write("\(padded)\(severity)\(rule.isFixable ? "fixable  " : "         ")\(rule.summary)\n")
            }
            return .success
        }
        guard let rule = RuleCatalogue.complete.description(of: id) else {
            var message = "unknown rule '\(id)'"
            if let suggestion = Suggestion.closest(to: id, in: RuleCatalogue.complete.all.map(\.id)) { message += "; did you mean '\(suggestion)'?" }
            return SlingrPkg.usageError(message, command: spec, context: context)
        }
        if json {
            context.stdout.write(object(rule).rendered() + "\n")
            return .success
        }
        var text = "\(rule.id) (\(rule.severity.rawValue) by default\(rule.isFixable ? ", fixable with lint --fix" : ""))\n\n"
        text += HelpFormatter.wrap(rule.summary + " " + rule.explanation, indent: 0) + "\n"
        for (title, examples) in [("Reported", rule.triggering), ("Not reported", rule.nonTriggering)] where !examples.isEmpty {
            text += "\n\(title):\n"
            for example in examples {
                text += "\n  - \(example.caption)\n"
                for (path, file) in example.files.sorted(by: { $0.key < $1.key }) {
                    let content = file.text
                    text += "    \(path):\n"
                    if let description = file.binaryDescription {
                        text += "      (\(description))\n"
                        continue
                    }
                    for line in content.split(separator: "\n", omittingEmptySubsequences: false).dropLast(content.hasSuffix("\n") ? 1 : 0) {
                        text += "      \(line)\n"
                    }
                }
                for expectation in example.expected {
                    text += "    reports: \(expectation.message)\n"
                }
            }
        }
        context.stdout.write(text)
        return .success
    }

    private static func object(_ rule: RuleDescription) -> JSONOutput {
        .object([
            ("id", .string(rule.id)),
            ("severity", .string(rule.severity.rawValue)),
            ("fixable", .bool(rule.isFixable)),
            ("summary", .string(rule.summary)),
            ("explanation", .string(rule.explanation)),
        ])
    }
}
