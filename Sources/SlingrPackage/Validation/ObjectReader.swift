import SlingrDiagnostics
import SlingrJSON

/// Typed access to one JSON object of a descriptor that reports what is wrong as it reads:
/// missing keys, wrong types, unknown keys (with did-you-mean), values outside enumerations,
/// booleans written as strings. Validators stay short by asking it questions.
struct ObjectReader {
    let object: JSONValue
    let pointer: JSONPointer
    let context: ValidationContext
    /// How the object is named in messages (`field 'apiKey'`, `dependency 'http'`).
    let what: String

    /// `nil` (after reporting) when `value` is not an object.
    init?(_ value: JSONValue, pointer: JSONPointer, context: ValidationContext, what: String) {
        guard value.members != nil else {
            context.report(.wrongType, "\(what) must be an object, not \(article(value.typeName))", at: value, pointer: pointer)
            return nil
        }
        self.object = value
        self.pointer = pointer
        self.context = context
        self.what = what
    }

    subscript(key: String) -> JSONValue? { object[key] }

    func has(_ key: String) -> Bool { object.member(key) != nil }

    /// Keys present in the object that are not in `known`, each reported once. `hints` explain
    /// specific keys better than a did-you-mean would (`values` of old drop-downs).
    func checkKnownKeys(_ known: [String], hints: [String: String] = [:]) {
        for member in object.members ?? [] where !known.contains(member.key) {
            var message = "unknown key '\(member.key)' in \(what)"
            var fixIt: FixIt?
            if let hint = hints[member.key] {
                message += "; \(hint)"
            } else if let suggestion = Suggestion.closest(to: member.key, in: known) {
                message += "; did you mean '\(suggestion)'?"
                fixIt = FixIt(message: "rename to '\(suggestion)'", edits: [TextEdit(range: member.keyRange, replacement: "\"\(suggestion)\"")])
            }
            context.report(.unknownKey, message, at: member.keyRange, pointer: pointer.appending(member.key), fixIt: fixIt)
        }
    }

    /// Reports the keys in `required` that are absent.
    func require(_ required: [String]) {
        for key in required where !has(key) {
            context.report(.missingKey, "\(what) is missing required key '\(key)'", at: openingBrace, pointer: pointer)
        }
    }

    /// The first byte of the object, where findings about missing keys point.
    var openingBrace: SourceRange { SourceRange(start: object.range.start, end: object.range.start + 1) }

    /// A string member; other types are reported. Absent keys are not (see `require`).
    func string(_ key: String) -> String? {
        guard let value = object[key] else { return nil }
        guard let text = value.string else {
            context.report(.wrongType, "'\(key)' of \(what) must be a string, not \(article(value.typeName))", at: value, pointer: pointer.appending(key))
            return nil
        }
        return text
    }

    /// An array member; other types are reported.
    func array(_ key: String) -> [JSONValue]? {
        guard let value = object[key] else { return nil }
        guard let items = value.array else {
            context.report(.wrongType, "'\(key)' of \(what) must be an array, not \(article(value.typeName))", at: value, pointer: pointer.appending(key))
            return nil
        }
        return items
    }

    /// An object member; other types are reported.
    func objectMember(_ key: String) -> JSONValue? {
        guard let value = object[key] else { return nil }
        guard value.members != nil else {
            context.report(.wrongType, "'\(key)' of \(what) must be an object, not \(article(value.typeName))", at: value, pointer: pointer.appending(key))
            return nil
        }
        return value
    }

    /// A boolean member. `"true"`/`"false"` strings are accepted with a warning and a fix.
    func bool(_ key: String) -> Bool? {
        guard let value = object[key] else { return nil }
        if let flag = value.bool { return flag }
        if let text = value.string, text == "true" || text == "false" {
            reportBooleanAsString(key, value: value, text: text)
            return text == "true"
        }
        context.report(.wrongType, "'\(key)' of \(what) must be a boolean, not \(article(value.typeName))", at: value, pointer: pointer.appending(key))
        return nil
    }

    /// `required`/`visibility`: a boolean, or a string holding a JavaScript expression.
    /// Literal `"true"`/`"false"` strings work but are drift, so they get a warning.
    func booleanOrExpression(_ key: String) {
        guard let value = object[key] else { return }
        if value.bool != nil { return }
        if let text = value.string {
            let trimmed = text.trimmingSpaces
            if trimmed == "true" || trimmed == "false" { reportBooleanAsString(key, value: value, text: trimmed) }
            if trimmed.isEmpty {
                context.report(.invalidValue, "'\(key)' of \(what) is an empty expression; use true or false", at: value, pointer: pointer.appending(key))
            }
            return
        }
        context.report(.wrongType, "'\(key)' of \(what) must be a boolean or an expression string, not \(article(value.typeName))",
                       at: value, pointer: pointer.appending(key))
    }

    private func reportBooleanAsString(_ key: String, value: JSONValue, text: String) {
        context.report(.booleanAsString, "'\(key)' of \(what) is the string \"\(text)\"; write the boolean \(text) without quotes",
                       at: value, pointer: pointer.appending(key),
                       fixIt: FixIt(message: "replace with \(text)", edits: [TextEdit(range: value.range, replacement: text)]))
    }

    /// A string that must be one of `allowed`; near misses get a suggestion and a fix.
    /// With `ignoringCase`, `APP` and `app` are both accepted (docs and real files disagree).
    @discardableResult
    func enumeration(_ key: String, _ allowed: [String], ignoringCase: Bool = false) -> String? {
        guard let text = string(key), let value = object[key] else { return nil }
        let matches = ignoringCase ? allowed.contains { $0.lowercased() == text.lowercased() } : allowed.contains(text)
        if matches { return text }
        reportInvalid(text, for: key, allowed: allowed, value: value, pointer: pointer.appending(key))
        return nil
    }

    /// Reports `text` as outside `allowed` (shared by single values and array items).
    func reportInvalid(_ text: String, for key: String, allowed: [String], value: JSONValue, pointer: JSONPointer) {
        var message = "invalid \(key) '\(text)' in \(what); expected one of: \(allowed.joined(separator: ", "))"
        var fixIt: FixIt?
        if let suggestion = Suggestion.closest(to: text, in: allowed) {
            message += "; did you mean '\(suggestion)'?"
            fixIt = FixIt(message: "replace with '\(suggestion)'", edits: [TextEdit(range: value.range, replacement: "\"\(suggestion)\"")])
        }
        context.report(.invalidValue, message, at: value, pointer: pointer, fixIt: fixIt)
    }

    /// A name used in scripts (`config.<name>`, `step.<name>`): letters, digits, `_` and `$`,
    /// not starting with a digit.
    @discardableResult
    func identifierName(_ key: String = "name") -> String? {
        guard let name = string(key), let value = object[key] else { return nil }
        if !Identifier.isValid(name) {
            let shown = name.isEmpty ? "an empty name" : "'\(name)'"
            context.report(.invalidName, "\(shown) is not a valid name; use letters and digits, starting with a letter",
                           at: value, pointer: pointer.appending(key))
        }
        return name
    }
}

/// `an object`, `a string`, `an array`: type names with their article for messages.
func article(_ typeName: String) -> String {
    ["a", "e", "i", "o", "u"].contains(typeName.first.map(String.init) ?? "") ? "an \(typeName)" : "a \(typeName)"
}

/// What counts as a name usable after a dot in JavaScript, restricted to ASCII as real
/// descriptors are.
enum Identifier {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isStart(first) else { return false }
        return name.unicodeScalars.allSatisfy { isStart($0) || ("0"..."9").contains($0) }
    }

    private static func isStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || scalar == "$"
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
