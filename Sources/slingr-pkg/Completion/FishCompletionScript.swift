/// The fish completion script: `complete` lines generated from the command declarations, with
/// conditions from two helper functions that read the command line: which command is being
/// completed, and which of its positional arguments (options and their values skipped).
extension CompletionScript {
    var fish: String {
        let tool = Self.tool
        var script = Self.header(shell: "fish", install: [
            "Install it: \(tool) completion fish > ~/.config/fish/completions/\(tool).fish",
        ])
        script += """

        # The command being completed (the first word after \(tool) that is not an option).
        function __slingr_pkg_command
            for token in (commandline -opc)[2..-1]
                if not string match -q -- '-*' $token
                    echo $token
                    return 0
                end
            end
            return 1
        end

        function __slingr_pkg_using --argument-names command
            set -l current (__slingr_pkg_command)
            and test "$current" = "$command"
        end

        # The options of a command that take a value.
        function __slingr_pkg_valued --argument-names command
            switch $command

        """
        for command in commands {
            let valued = command.visibleOptions.filter(\.takesValue).flatMap(Self.optionWords)
            guard !valued.isEmpty else { continue }
            script += "        case \(command.name)\n            printf '%s\\n' \(valued.map(Self.fishQuoted).joined(separator: " "))\n"
        }
        script += """
            end
        end

        # Whether the word being completed is positional argument $position (counted from 1) of
        # $command, or with $repeating 'yes' that one or a later one, and the argument before it
        # is $after when given.
        function __slingr_pkg_argument --argument-names command position repeating after
            set -l valued (__slingr_pkg_valued $command)
            set -l arguments
            set -l skip 0
            set -l ended 0
            for token in (commandline -opc)[2..-1]
                if test $skip -eq 1
                    set skip 0
                else if test $ended -eq 0; and test "$token" = --
                    set ended 1
                else if test $ended -eq 0; and string match -q -- '-?*' $token
                    contains -- $token $valued; and set skip 1
                else
                    set -a arguments $token
                end
            end
            # arguments[1] is the command, so the word being completed is argument (count $arguments).
            test $skip -eq 0; and test "$arguments[1]" = "$command"; or return 1
            set -l current (count $arguments)
            if test "$repeating" = yes
                test $current -ge $position; or return 1
            else
                test $current -eq $position; or return 1
            end
            test -z "$after"; or test "$arguments[-1]" = "$after"
        end

        # The names '\(tool) completion --list $argv[1]' prints for the package the words typed
        # before name.
        function __slingr_pkg_list
            set -l typed
            for token in (commandline -opc)[2..-1]
                set -a typed --word $token
            end
            command \(tool) completion --list $argv[1] $typed 2>/dev/null
        end

        complete -c \(tool) -f
        complete -c \(tool) -n 'not __slingr_pkg_command' -l version -d 'Show the version'
        complete -c \(tool) -n 'not __slingr_pkg_command' -s h -l help -d 'Show help information'

        """
        for command in commands {
            script += "complete -c \(tool) -n 'not __slingr_pkg_command' -a \(command.name) -d \(Self.fishQuoted(Self.summary(command.abstract)))\n"
        }
        script += "complete -c \(tool) -n 'not __slingr_pkg_command' -a help -d 'Show help for a command'\n"
        let helpWords = ValueCompletion.words(commands.map(\.name) + Self.helpTopics)
        let tables = commands.map { ($0.name, $0.visibleOptions, $0.arguments) }
            + [("help", [], [ArgumentSpec("command", help: "", completion: helpWords)])]
        for (name, options, arguments) in tables {
            script += "\n"
            for option in options {
                var line = "complete -c \(tool) -n '__slingr_pkg_using \(name)'"
                if let short = option.short { line += " -s \(short)" }
                line += " -l \(option.name)"
                if option.takesValue { line += Self.fishValues(option.completion) }
                script += line + " -d " + Self.fishQuoted(Self.summary(option.help)) + "\n"
            }
            for (index, argument) in arguments.enumerated() {
                for (after, completion) in Self.alternatives(argument.completion) where completion != .nothing {
                    var condition = "__slingr_pkg_argument \(name) \(index + 1) \(argument.isRepeating ? "yes" : "no")"
                    if let after { condition += " " + after }
                    let description = Self.summary(argument.help)
                    script += "complete -c \(tool) -n '\(condition)'" + Self.fishValues(completion).replacing(" -x", with: "").replacing(" -r", with: "")
                        + (description.isEmpty ? "" : " -d " + Self.fishQuoted(description)) + "\n"
                }
            }
        }
        return script
    }

    /// `text` as one single-quoted fish word, where a backslash and a quote are escaped.
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }

    /// The flags of a `complete` line for what a value completes to.
    static func fishValues(_ completion: ValueCompletion) -> String {
        switch completion {
        case .nothing: return " -x"
        case .words(let words): return " -x -a " + fishQuoted(words.joined(separator: " "))
        case .files: return " -r -F"
        case .directories: return " -x -a '(__fish_complete_directories (commandline -ct))'"
        case .listed(let list): return " -x -a '(__slingr_pkg_list \(list.rawValue))'"
        case .byArgumentBefore: return " -x"
        }
    }
}
