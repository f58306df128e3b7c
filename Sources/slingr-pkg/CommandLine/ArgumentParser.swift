import SlingrDiagnostics

/// Parses arguments for one command: `--name value`, `--name=value`, flags, `-h`, repeated
/// options, `--` to end options, `-` as a positional (standard input). Unknown options get a
/// did-you-mean suggestion; values outside an option's choices are refused with the choices.
/// A `partial` command line (one being typed, for shell completion) is read as far as it goes:
/// what is unknown, unfinished or missing is passed over instead of refused.
enum ArgumentParser {
    static func parse(_ arguments: [String], spec: CommandSpec, partial: Bool = false) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let option: OptionSpec
            var inlineValue: String?
            let shown: String
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                shown = "--" + name
                guard let found = spec.option(named: name) else {
                    if partial { continue }
                    throw UsageError(unknownOption(shown, spec: spec))
                }
                option = found
            } else {
                let letters = Array(argument.dropFirst())
                shown = argument
                guard letters.count == 1, let found = spec.option(short: letters[0]) else {
                    if partial { continue }
                    throw UsageError(unknownOption(argument, spec: spec))
                }
                option = found
            }
            guard option.takesValue else {
                if inlineValue != nil {
                    if partial { continue }
                    throw UsageError("option '\(shown)' does not take a value")
                }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    if partial { break }
                    throw UsageError("missing value for '\(shown) <\(option.valueName ?? "value")>'")
                }
                value = arguments[index]
                index += 1
            }
            if let choices = option.choices, !choices.contains(value), !partial {
                var message = "invalid value '\(value)' for '\(shown)'; expected one of: \(choices.joined(separator: ", "))"
                if let suggestion = Suggestion.closest(to: value, in: choices) { message += "; did you mean '\(suggestion)'?" }
                throw UsageError(message)
            }
            if option.isRepeatable {
                parsed.values[option.name, default: []].append(value)
            } else {
                parsed.values[option.name] = [value]
            }
        }
        for option in spec.allOptions where parsed.values[option.name] == nil {
            if let defaultValue = option.defaultValue { parsed.values[option.name] = [defaultValue] }
        }
        if parsed.flag("help") || partial { return parsed }
        try checkPositionals(parsed.positionals, spec: spec)
        return parsed
    }

    private static func checkPositionals(_ positionals: [String], spec: CommandSpec) throws(UsageError) {
        let required = spec.arguments.filter { !$0.isOptional }.count
        if positionals.count < required {
            let missing = spec.arguments.filter { !$0.isOptional }[positionals.count]
            throw UsageError("missing expected argument '<\(missing.name)>'")
        }
        let repeating = spec.arguments.contains { $0.isRepeating }
        if !repeating, positionals.count > spec.arguments.count {
            throw UsageError("unexpected argument '\(positionals[spec.arguments.count])'")
        }
    }

    private static func unknownOption(_ shown: String, spec: CommandSpec) -> String {
        var message = "unknown option '\(shown)'"
        let names = spec.visibleOptions.map { "--" + $0.name }
        if let suggestion = Suggestion.closest(to: shown, in: names) { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}
