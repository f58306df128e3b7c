/// Names of packages and of what goes in them (rules invalid-name, package-name-style): a package name is used as
/// `pkg.<name>` and in event ids `'<name>:<event>'`, and step, service, script, listener, event,
/// field and dependency names are used after a dot in scripts, so all of them are letters and
/// digits starting with a letter (real names are like `googleDrive`, `apiCallGmail`).
public enum ScaffoldName {
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) }
    }

    /// Throws a message naming `what` (`package name`, `flow step name`) and, when one is
    /// obvious, the corrected name (`my-package` → `myPackage`).
    public static func validate(_ name: String, what: String) throws(ScaffoldError) {
        if isValid(name) { return }
        let shown = name.isEmpty ? "an empty \(what)" : "invalid \(what) '\(name)'"
        var message = "\(shown): use only letters and digits, starting with a letter"
        if let suggestion = suggestion(for: name), suggestion != name { message += "; did you mean '\(suggestion)'?" }
        throw ScaffoldError(.invalidInput, message)
    }

    /// `my-package`, `my_package`, `My Package` → `myPackage`; `nil` when nothing usable is left.
    public static func suggestion(for name: String) -> String? {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if isLetter(scalar) || isDigit(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var result = ""
        for (index, word) in words.enumerated() {
            if index == 0 {
                result += word.prefix(1).lowercased() + word.dropFirst()
            } else {
                result += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        while let first = result.unicodeScalars.first, isDigit(first) { result.unicodeScalars.removeFirst() }
        return result.isEmpty ? nil : result
    }

    /// A label for a name: `sendMessage` → `Send message`, `apiCallGmail` → `Api call gmail`,
    /// `myPackage` → `My package`. Runs of capitals (`HTTPClient`) stay together.
    public static func humanize(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        let scalars = Array(name.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isUpper = ("A"..."Z").contains(scalar)
            let previousIsUpper = index > 0 && ("A"..."Z").contains(scalars[index - 1])
            let nextIsLower = index + 1 < scalars.count && ("a"..."z").contains(scalars[index + 1])
            let previousIsDigit = index > 0 && isDigit(scalars[index - 1])
            let startsWord = index > 0 && ((isUpper && (!previousIsUpper || nextIsLower)) || (isDigit(scalar) && !previousIsDigit))
            if startsWord, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { words.append(current) }
        let shaped = words.enumerated().map { index, word -> String in
            let isAcronym = word.count > 1 && word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || isDigit($0) }
            if isAcronym { return word }
            return index == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word.lowercased()
        }
        return shaped.joined(separator: " ")
    }

    /// Labels and descriptions end up in JSON, JavaScript strings and Markdown; they must be one
    /// line of printable text.
    public static func validateText(_ text: String, what: String) throws(ScaffoldError) {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw ScaffoldError(.invalidInput, "the \(what) must be one line without control characters")
        }
        if text.allSatisfy({ $0 == " " }) {
            throw ScaffoldError(.invalidInput, "the \(what) is empty")
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
