/// The bash completion script: one function, `_slingr_pkg`, registered with `complete -F`, and
/// tables (shell `case` statements) generated from the command declarations: the options of
/// each command, what each option's value and each positional argument complete to.
///
/// A completion is written as a short word the script interprets: `words:a b c`, `files`,
/// `directories`, `list:<list>` (asked of `slingr-pkg completion --list` while completing) or
/// `none` (an option value with nothing to offer).
extension CompletionScript {
    var bash: String {
        let tool = Self.tool
        var script = Self.header(shell: "bash", install: [
            "Load it in the current shell:  source <(\(tool) completion bash)",
            "Load it in every new shell:    \(tool) completion bash > ~/.local/share/bash-completion/completions/\(tool)",
            "(needs the bash-completion package; without it, put the 'source' line in ~/.bashrc).",
        ])
        script += """

        # Adds the words of $1 that start with $2 to the candidates.
        __slingr_pkg_words() {
            local word
            local -a list
            read -ra list <<< "$1"
            for word in "${list[@]}"; do
                [[ $word == "$2"* ]] && __slingr_pkg_candidates+=("$word")
            done
            return 0
        }

        # Adds the lines of standard input that start with $1 to the candidates.
        __slingr_pkg_lines() {
            local line
            while IFS= read -r line; do
                [[ $line == "$1"* ]] && __slingr_pkg_candidates+=("$line")
            done
            return 0
        }

        # Adds what completion $1 offers for the text $2.
        __slingr_pkg_value() {
            case $1 in
                words:*) __slingr_pkg_words "${1#words:}" "$2" ;;
                files) compopt -o filenames 2>/dev/null; __slingr_pkg_lines "$2" < <(compgen -f -- "$2") ;;
                directories) compopt -o filenames 2>/dev/null; __slingr_pkg_lines "$2" < <(compgen -d -- "$2") ;;
                list:*)
                    # With the words typed before, so the tool lists the package they name.
                    local -a typed=()
                    local each
                    for each in "${words[@]:1:cword-1}"; do typed+=(--word "$each"); done
                    __slingr_pkg_lines "$2" < <(command \(tool) completion --list "${1#list:}" "${typed[@]}" 2>/dev/null) ;;
            esac
            return 0
        }

        # The options of command $1.
        __slingr_pkg_options() {
            case $1 in

        """
        for command in commands {
            let words = command.visibleOptions.flatMap(Self.optionWords).joined(separator: " ")
            script += "        \(command.name)) echo \(Self.quoted(words)) ;;\n"
        }
        script += """
            esac
        }

        # The completion of the value of option $2 of command $1; nothing for a flag.
        __slingr_pkg_option() {
            case "$1 $2" in

        """
        for command in commands {
            for option in command.visibleOptions where option.takesValue {
                let patterns = Self.optionWords(option).map { Self.quoted("\(command.name) \($0)") }.joined(separator: "|")
                script += "        \(patterns)) echo \(Self.quoted(Self.bashCompletion(option.completion))) ;;\n"
            }
        }
        script += """
            esac
        }

        # The completion of positional argument $2 (counted from 1) of command $1; $3 is the
        # argument before it.
        __slingr_pkg_argument() {
            case "$1 $2" in

        """
        let helpWords = ValueCompletion.words(commands.map(\.name) + Self.helpTopics)
        let argumentTables = commands.map { ($0.name, $0.arguments) } + [("help", [ArgumentSpec("command", help: "", completion: helpWords)])]
        for (name, arguments) in argumentTables {
            for (index, argument) in arguments.enumerated() {
                let alternatives = Self.alternatives(argument.completion).filter { $0.completion != .nothing }
                guard !alternatives.isEmpty else { continue }
                let pattern = argument.isRepeating ? Self.quoted("\(name) ") + "*" : Self.quoted("\(name) \(index + 1)")
                let answers = alternatives.map { "echo " + Self.quoted(Self.bashCompletion($0.completion)) }
                if alternatives.count == 1, alternatives[0].after == nil {
                    script += "        \(pattern)) \(answers[0]) ;;\n"
                } else {
                    let branches = zip(alternatives, answers).map { "\($0.after.map(Self.quoted) ?? "*")) \($1) ;;" }
                    script += "        \(pattern)) case $3 in \(branches.joined(separator: " ")) esac ;;\n"
                }
            }
        }
        let rootWords = commands.map(\.name) + ["help", "--help", "-h", "--version"]
        script += """
            esac
            return 0
        }

        _slingr_pkg() {
            # The words up to the cursor, with the pieces bash splits at '=' joined again, so that
            # '--format=json' and '--rule id=severity' are one word each.
            local -a words=()
            local i word glue=0
            for ((i = 0; i <= COMP_CWORD; i++)); do
                word=${COMP_WORDS[i]-}
                if ((${#words[@]} > 1)) && [[ $word == = || $glue == 1 ]]; then
                    words[${#words[@]}-1]+=$word
                    [[ $word == = ]] && glue=1 || glue=0
                else
                    words+=("$word")
                    glue=0
                fi
            done
            local cword=$((${#words[@]} - 1))
            local cur=${words[cword]} value=${words[cword]}
            local -a __slingr_pkg_candidates=()
            if ((cword == 1)); then
                __slingr_pkg_words \(Self.quoted(rootWords.joined(separator: " "))) "$cur"
            else
                local command=${words[1]} completion=''
                if [[ $cur == --*=* ]]; then
                    completion=$(__slingr_pkg_option "$command" "${cur%%=*}")
                    value=${cur#*=}
                elif ((cword > 2)); then
                    completion=$(__slingr_pkg_option "$command" "${words[cword-1]}")
                fi
                if [[ -n $completion ]]; then
                    __slingr_pkg_value "$completion" "$value"
                elif [[ $cur == -* ]]; then
                    __slingr_pkg_words "$(__slingr_pkg_options "$command")" "$cur"
                else
                    # The positional arguments before the cursor: not options, not option values.
                    local -a arguments=()
                    local ended=0
                    for ((i = 2; i < cword; i++)); do
                        word=${words[i]}
                        if ((ended == 0)) && [[ $word == -?* ]]; then
                            if [[ $word == -- ]]; then
                                ended=1
                            elif [[ $word != *=* && -n $(__slingr_pkg_option "$command" "$word") ]]; then
                                ((i++))
                            fi
                            continue
                        fi
                        arguments+=("$word")
                    done
                    local before=''
                    ((${#arguments[@]} > 0)) && before=${arguments[${#arguments[@]}-1]}
                    __slingr_pkg_value "$(__slingr_pkg_argument "$command" $((${#arguments[@]} + 1)) "$before")" "$cur"
                fi
            fi
            # Bash replaces only the text after the word's last '=' when '=' breaks words (the
            # default), else the whole word.
            if [[ $COMP_WORDBREAKS == *=* ]]; then
                [[ $value == *=* ]] && __slingr_pkg_candidates=("${__slingr_pkg_candidates[@]#"${value%=*}="}")
            elif [[ $cur != "$value" ]]; then
                __slingr_pkg_candidates=("${__slingr_pkg_candidates[@]/#/"${cur%"$value"}"}")
            fi
            COMPREPLY=("${__slingr_pkg_candidates[@]}")
            return 0
        }

        complete -F _slingr_pkg \(tool)

        """
        return script
    }

    /// The script's word for a completion (conditions already taken off).
    static func bashCompletion(_ completion: ValueCompletion) -> String {
        switch completion {
        case .nothing: return "none"
        case .words(let words): return "words:" + words.joined(separator: " ")
        case .files: return "files"
        case .directories: return "directories"
        case .listed(let list): return "list:" + list.rawValue
        case .byArgumentBefore: return "none"
        }
    }
}
