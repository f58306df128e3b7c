import SlingrDiagnostics
import SlingrScript

/// The checks on a form's values, as the platform's form would make them before saving:
/// required fields, `text` validations (`email`, `number`, `url`, validation functions),
/// `possibleValues` (unless `allowCustom` or a placeholder), the kind of each value, and values
/// for fields that do not exist. Hidden fields are not checked, as the form does not check them.
struct ValueChecks {
    var definition: FormDefinition
    /// Placeholder values from `--env`; a placeholder always passes the named validations
    /// (the platform allows them), resolved or not.
    var placeholders: [String: String]

    /// The field with the problems of its value (and its children's) filled in.
    func checked(_ field: EvaluatedField) -> EvaluatedField {
        var result = field
        result.children = field.children.map(checked)
        guard field.visible, field.spec.storesValue, !field.spec.isGroup else { return result }
        result.problems = problems(of: field)
        return result
    }

    func problems(of field: EvaluatedField) -> [FormProblem] {
        let spec = field.spec
        var problems: [FormProblem] = []
        func add(_ kind: FormProblem.Kind, _ message: String) { problems.append(FormProblem(path: spec.path, kind: kind, message: message, field: spec)) }
        guard let value = field.value, !Self.isEmpty(value) else {
            if field.required { add(.required, "'\(spec.path)' is required but has no value") }
            return problems
        }
        var items: [HostValue] = [value]
        if spec.isMany {
            guard case .array(let list) = value else {
                add(.type, "'\(spec.path)' takes a list of values, not \(Self.kindName(value))")
                return problems
            }
            items = list
        } else if case .array = value, spec.type != .json, spec.type != .keyValue, spec.type != .urlParams {
            add(.type, "'\(spec.path)' takes one value, not a list")
            return problems
        }
        for item in items {
            if let problem = typeProblem(item, spec) {
                add(.type, problem)
                continue
            }
            guard case .string(let text) = item else { continue }
            if let message = validationProblem(text, spec) { add(.validation, message) }
            if let message = optionProblem(text, spec) { add(.option, message) }
        }
        if case .function(_, let message)? = spec.validation, let outcome = field.validationOutcome {
            if let failure = outcome.failure {
                add(.validation, "the validation function of '\(spec.path)' failed: \(failure)")
            } else if !outcome.isTruthy {
                add(.validation, message.map { "'\(spec.path)': \($0.trimmingSpaces)" } ?? "'\(spec.path)' does not pass its validation function")
            }
        }
        return problems
    }

    private func typeProblem(_ item: HostValue, _ spec: FormFieldSpec) -> String? {
        switch spec.type {
        case .toggle?, .boolean?:
            if case .bool = item { return nil }
            if case .string(let text) = item, Placeholder.isPlaceholder(text) { return nil }
            return "'\(spec.path)' must be true or false, not \(Self.kindName(item))"
        case .text?, .password?:
            switch item {
            case .string, .number: return nil
            default: return "'\(spec.path)' takes text, not \(Self.kindName(item))"
            }
        case .dropDown?, .buttonsGroup?, .choice?:
            // The value is the name of an option: text, never a number or a boolean.
            if case .string = item { return nil }
            return "'\(spec.path)' takes the name of an option (text), not \(Self.kindName(item))"
        default:
            return nil
        }
    }

    private func validationProblem(_ text: String, _ spec: FormFieldSpec) -> String? {
        guard let validation = spec.validation, !Placeholder.isPlaceholder(text) else { return nil }
        switch validation {
        case .email: return Self.isEmail(text) ? nil : "'\(spec.path)' must be an email address, not '\(text)'"
        case .number: return Self.isNumber(text) ? nil : "'\(spec.path)' must be a number, not '\(text)'"
        case .url: return Self.isURL(text) ? nil : "'\(spec.path)' must be a URL, not '\(text)'"
        case .other, .function: return nil
        }
    }

    private func optionProblem(_ text: String, _ spec: FormFieldSpec) -> String? {
        guard spec.type?.hasPossibleValues == true, !spec.possibleValues.isEmpty, !spec.allowCustom,
              !Placeholder.isPlaceholder(text), !spec.possibleValues.contains(where: { $0.name == text }) else { return nil }
        let names = spec.possibleValues.map(\.name)
        var message = "'\(text)' is not an option of '\(spec.path)' (" + names.map { "'\($0)'" }.joined(separator: ", ") + ")"
        if text.count >= 3, let suggestion = Suggestion.closest(to: text, in: names) { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    /// Values for names the form does not have, or that store nothing; group values that are
    /// not objects.
    func unknownFields(_ values: ConfigurationValues) -> [FormProblem] {
        var problems: [FormProblem] = []
        func walk(_ value: HostValue, fields: [FormFieldSpec], prefix: String, depth: Int) {
            guard case .object(let members) = value, depth < 32 else { return }
            for member in members {
                let path = prefix.isEmpty ? member.key : prefix + "." + member.key
                guard let field = fields.first(where: { $0.name == member.key }) else {
                    if prefix.isEmpty, !definition.isStep, ConfigurationScope.platformValues.contains(member.key) {
                        problems.append(FormProblem(path: path, kind: .unknownField, message: "'\(path)' is a platform value and cannot be set"))
                        continue
                    }
                    let scope = prefix.isEmpty ? "the form" : "group '\(prefix)'"
                    var message = "no field '\(member.key)' in \(scope)"
                    if let suggestion = Suggestion.closest(to: member.key, in: fields.filter { $0.storesValue || $0.isGroup }.map(\.name)) {
                        message += "; did you mean '\(suggestion)'?"
                    }
                    problems.append(FormProblem(path: path, kind: .unknownField, message: message))
                    continue
                }
                if field.isGroup {
                    if case .object = member.value {
                        walk(member.value, fields: field.children, prefix: path, depth: depth + 1)
                    } else if !Self.isEmpty(member.value) {
                        problems.append(FormProblem(path: path, kind: .type, message: "'\(path)' is a group; its value must be an object of its fields, not \(Self.kindName(member.value))", field: field))
                    }
                } else if !field.storesValue, !Self.isEmpty(member.value) {
                    problems.append(FormProblem(path: path, kind: .unknownField, message: "'\(path)' is a \(field.typeName) field and stores no value", field: field))
                }
            }
        }
        walk(values.root, fields: definition.fields, prefix: "", depth: 0)
        return problems
    }

    static func isEmpty(_ value: HostValue) -> Bool {
        switch value {
        case .undefined, .null: return true
        case .string(let text): return text.trimmingSpaces.isEmpty
        case .array(let items): return items.isEmpty
        default: return false
        }
    }

    static func kindName(_ value: HostValue) -> String {
        switch value {
        case .undefined: return "undefined"
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// `local@domain.tld`: one `@`, no spaces, a dot in the domain with text on both sides.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex, domain.index(after: dot) != domain.endIndex else { return false }
        return !domain.hasPrefix(".") && !domain.contains("..")
    }

    /// A decimal number as a person types it: optional sign, digits with an optional fraction,
    /// optional exponent.
    static func isNumber(_ text: String) -> Bool {
        var scalars = Array(text.trimmingSpaces.unicodeScalars)[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        func digits() -> Int {
            let count = scalars.prefix { $0 >= "0" && $0 <= "9" }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        var count = digits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            count += digits()
        }
        guard count > 0 else { return false }
        if let first = scalars.first, first == "e" || first == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    /// `scheme://host...` with a letter-first scheme and a non-empty host, no spaces.
    static func isURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace) else { return false }
        let scalars = Array(text.unicodeScalars)
        guard let separator = (0..<scalars.count).first(where: { index in
            index + 2 < scalars.count && scalars[index] == ":" && scalars[index + 1] == "/" && scalars[index + 2] == "/"
        }), separator > 0 else { return false }
        let scheme = scalars[..<separator]
        guard let first = scheme.first, isASCIILetter(first) else { return false }
        for scalar in scheme where !(isASCIILetter(scalar) || isASCIIDigit(scalar) || scalar == "+" || scalar == "-" || scalar == ".") {
            return false
        }
        let host = scalars[(separator + 3)...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
