/// The zsh completion script: `_slingr_pkg`, which offers the commands, then hands each
/// command's words to `_arguments` with one specification per option and argument, generated
/// from the command declarations. Works autoloaded from `$fpath` (as `_slingr-pkg`, per its
/// `#compdef` line) and sourced after `compinit`.
extension CompletionScript {
    var zsh: String {
        let tool = Self.tool
        var script = "#compdef \(tool)\n" + Self.header(shell: "zsh", install: [
            "Install it: save it as _\(tool) in a folder of $fpath before compinit runs, such as",
            "  mkdir -p ~/.zfunc && \(tool) completion zsh > ~/.zfunc/_\(tool)",
            "with 'fpath=(~/.zfunc $fpath)' before 'autoload -Uz compinit && compinit' in ~/.zshrc;",
            "or load it after compinit with 'source <(\(tool) completion zsh)'.",
        ])
        script += """

        # Offers the names '\(tool) completion --list <list>' prints for the package the words
        # typed before name; the list is the last argument, after the compadd options
        # _arguments passes.
        _slingr_pkg_list() {
          local -a names typed
          local each
          for each in ${(Q)words[1,CURRENT-1]}; do typed+=(--word $each); done
          names=(${(f)"$(command \(tool) completion --list ${@[-1]} $typed 2>/dev/null)"})
          compadd "${@[1,-2]}" -a names
        }

        _slingr_pkg() {
          local -a commands
          commands=(

        """
        for command in commands {
            script += "    " + Self.quoted(command.name + ":" + Self.summary(command.abstract)) + "\n"
        }
        script += "    " + Self.quoted("help:Show help for a command") + "\n"
        script += """
          )
          if (( CURRENT == 2 )); then
            if [[ $PREFIX == -* ]]; then
              local -a options
              options=('--version:Show the version' '--help:Show help information' '-h:Show help information')
              _describe -t options option options
            else
              _describe -t commands command commands
            fi
            return
          fi
          local command=$words[2]
          shift words
          (( CURRENT-- ))
          curcontext="${curcontext%:*:*}:\(tool)-$command:"
          case $command in

        """
        let helpWords = ValueCompletion.words(commands.map(\.name) + Self.helpTopics)
        let tables = commands.map { ($0.name, $0.visibleOptions, $0.arguments) }
            + [("help", [], [ArgumentSpec("command", help: "", completion: helpWords)])]
        for (name, options, arguments) in tables {
            let specifications = options.map(Self.zshOption) + arguments.enumerated().map { Self.zshArgument($1, position: $0 + 1) }
            script += "    (\(name))\n      _arguments -S"
            for specification in specifications { script += " \\\n        " + specification }
            script += "\n      ;;\n"
        }
        script += """
          esac
        }

        if [[ $funcstack[1] == _\(tool) ]]; then
          _slingr_pkg "$@"
        else
          compdef _slingr_pkg \(tool)
        fi

        """
        return script
    }

    /// `'--format=[Output format]:format:(text json)'`, with `*` for repeatable options and
    /// the short form beside the long one.
    static func zshOption(_ option: OptionSpec) -> String {
        var explanation = "[" + zshEscaped(summary(option.help)) + "]"
        if option.takesValue {
            explanation += ":" + (option.valueName ?? "value").replacing(":", with: "") + ":" + zshAction(option.completion)
        }
        let repetition = option.isRepeatable ? "*" : ""
        let long = "--" + option.name + (option.takesValue ? "=" : "")
        guard let short = option.short else { return quoted(repetition + long + explanation) }
        let shortForm = "-" + String(short) + (option.takesValue ? "+" : "")
        let exclusion = option.isRepeatable ? "*" : "(-\(short) --\(option.name))"
        return quoted(exclusion) + "{\(shortForm),\(long)}" + quoted(explanation)
    }

    /// `'1:kind:(step function listener)'`, `'::dir:_files -/'` or `'*:file:_files'`.
    static func zshArgument(_ argument: ArgumentSpec, position: Int) -> String {
        let place = argument.isRepeating ? "*:" : "\(position):" + (argument.isOptional ? ":" : "")
        return quoted(place + argument.name + ":" + zshAction(argument.completion, position: position))
    }

    /// An `_arguments` action; `position` is the argument's (`$line` holds the arguments before).
    static func zshAction(_ completion: ValueCompletion, position: Int = 1) -> String {
        switch completion {
        case .nothing: return " "
        case .words(let words): return "(" + words.joined(separator: " ") + ")"
        case .byArgumentBefore:
            let branches = alternatives(completion).map { "(\($0.after ?? "*")) \(zshCommand($0.completion));;" }
            return "{case $line[\(position - 1)] in " + branches.joined(separator: " ") + " esac}"
        default: return zshCommand(completion)
        }
    }

    /// A completion as a command, for actions that run one.
    static func zshCommand(_ completion: ValueCompletion) -> String {
        switch completion {
        case .nothing: return "true"
        case .words(let words): return "compadd -- " + words.joined(separator: " ")
        case .files: return "_files"
        case .directories: return "_files -/"
        case .listed(let list): return "_slingr_pkg_list " + list.rawValue
        case .byArgumentBefore: return "true"
        }
    }

    /// Text for inside the brackets of an `_arguments` explanation.
    static func zshEscaped(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("[", with: "\\[").replacing("]", with: "\\]")
    }
}
