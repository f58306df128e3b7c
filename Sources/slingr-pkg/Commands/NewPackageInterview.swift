import SlingrDiagnostics
import SlingrPackage

/// The questions `new` asks on a terminal when no name is given; options already on the
/// command line are not asked again. Invalid answers are explained and asked again, three
/// times at most; end of input gives up.
struct NewPackageInterview {
    let arguments: ParsedArguments
    let context: CommandContext
    static let attempts = 3

    /// The options, and whether to make a git repository.
    func run() -> (options: NewPackageOptions, git: Bool)? {
        guard let name = ask("Package name: ", check: { answer throws(ScaffoldError) in
            try ScaffoldName.validate(answer, what: "package name")
            return answer
        }) else { return nil }
        var options = NewPackageOptions(name: name)
        let defaultLabel = ScaffoldName.humanize(name)
        if let label = arguments.value("label") {
            options.label = label
        } else {
            guard let label = ask("Label [\(defaultLabel)]: ", check: { answer throws(ScaffoldError) in
                if answer.isEmpty { return defaultLabel }
                try ScaffoldName.validateText(answer, what: "label")
                return answer
            }) else { return nil }
            options.label = label
        }
        if let description = arguments.value("description") {
            options.description = description
        } else {
            guard let description = ask("Description (optional): ", check: { answer throws(ScaffoldError) -> String? in
                if answer.isEmpty { return nil }
                try ScaffoldName.validateText(answer, what: "description")
                return answer
            }) else { return nil }
            options.description = description
        }
        guard let http = yesOrNo("Depend on the http service? [y/N]: ", given: arguments.flag("http") || arguments.flag("listener")),
              let oauth = yesOrNo("Use OAuth (oauth package and configuration builder)? [y/N]: ", given: arguments.flag("oauth")),
              let listener = yesOrNo("Add a webhook listener (implies http)? [y/N]: ", given: arguments.flag("listener")),
              let flowSteps = names("Flow steps (names separated by commas, optional): ", given: arguments.all("flow-step"), what: "flow step name"),
              let uiServices = names("UI services (names separated by commas, optional): ", given: arguments.all("ui-service"), what: "UI service name")
        else { return nil }
        options.http = http
        options.oauth = oauth
        options.listener = listener
        options.flowSteps = flowSteps
        options.uiServices = uiServices
        let currentLicense = arguments.value("license") ?? PackageLicense.apache2.rawValue
        let choices = PackageLicense.allCases.map(\.rawValue)
        guard let license = ask("License (\(choices.joined(separator: ", "))) [\(currentLicense)]: ", check: { answer throws(ScaffoldError) in
            let chosen = answer.isEmpty ? currentLicense : answer.lowercased()
            guard let license = PackageLicense(rawValue: chosen) else {
                throw ScaffoldError(.invalidInput, "unknown license '\(answer)'; expected one of: \(choices.joined(separator: ", "))")
            }
            return license
        }) else { return nil }
        options.license = license
        guard let git = yesOrNo("Create a git repository with a first commit? [y/N]: ", given: arguments.flag("git")) else { return nil }
        return (options, git)
    }

    /// Asks until `check` accepts the trimmed answer; `nil` at end of input or after too many tries.
    private func ask<T>(_ question: String, check: (String) throws(ScaffoldError) -> T) -> T? {
        for _ in 0..<Self.attempts {
            guard let line = context.prompt(question, false) else {
                context.stderr.write("\n")
                return nil
            }
            do {
                return try check(trimmed(line))
            } catch {
                context.stderr.write("  \(error.message)\n")
            }
        }
        return nil
    }

    private func yesOrNo(_ question: String, given: Bool) -> Bool? {
        if given { return true }
        return ask(question) { answer throws(ScaffoldError) in
            switch answer.lowercased() {
            case "y", "yes": return true
            case "", "n", "no": return false
            default: throw ScaffoldError(.invalidInput, "answer 'y' or 'n'")
            }
        }
    }

    private func names(_ question: String, given: [String], what: String) -> [String]? {
        if !given.isEmpty { return given }
        return ask(question) { answer throws(ScaffoldError) in
            let names = answer.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            for name in names { try ScaffoldName.validate(name, what: what) }
            return names
        }
    }

    private func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }
}
