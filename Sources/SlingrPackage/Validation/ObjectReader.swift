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
            context.report(WrongTypeRule.self, WrongTypeRule.message(what, expected: "an object", found: value.typeName), at: value, pointer: pointer)
            return nil
        }
        self.object = value
        self.pointer = pointer
        self.context = context
        self.what = what
    }

    /// The member's value; `null` reads as absent, as the platform's reader treats it, so an
    /// optional key set to `null` is fine and a required one is missing.
    subscript(key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// Keys present in the object that are not in `known`, each reported once. `hints` explain
    /// specific keys better than a did-you-mean would (`values` of old drop-downs).
    func checkKnownKeys(_ known: [String], hints: [String: String] = [:]) {
        for member in object.members ?? [] where !known.contains(member.key) {
            let hint = hints[member.key]
            let suggestion = hint == nil ? Suggestion.closest(to: member.key, in: known) : nil
            context.report(UnknownKeyRule.self, UnknownKeyRule.message(member.key, in: what, suggestion: suggestion, hint: hint),
                           at: member.keyRange, pointer: pointer.appending(member.key), fixIt: hint == nil ? renameFix(member, among: known) : nil)
        }
    }

    /// Renaming a mistyped key is certain when one known key is meant and the object does not
    /// have that key already (renaming would then lose one of the two values).
    func renameFix(_ member: JSONMember, among known: [String]? = nil) -> FixIt? {
        guard let suggestion = Suggestion.unique(to: member.key, in: known ?? []), object.member(suggestion) == nil else { return nil }
        return FixIt(message: UnknownKeyRule.fix(suggestion), edits: [TextEdit(range: member.keyRange, replacement: JSONOutput.string(suggestion).rendered())])
    }

    /// Reports the keys in `required` that are absent.
    func require(_ required: [String]) {
        for key in required where !has(key) {
            context.report(MissingKeyRule.self, MissingKeyRule.message(key, in: what), at: openingBrace, pointer: pointer)
        }
    }

    /// A caption is display text: without it the thing shows an empty caption but still works,
    /// so a missing `label` is the missing-label warning rather than a missing key.
    func requireLabel() {
        if !has("label") { context.report(MissingLabelRule.self, MissingLabelRule.message(in: what), at: openingBrace, pointer: pointer) }
    }

    /// The first byte of the object, where findings about missing keys point.
    var openingBrace: SourceRange { SourceRange(start: object.range.start, end: object.range.start + 1) }

    /// A string member; other types are reported. Absent keys are not (see `require`).
    func string(_ key: String) -> String? {
        guard let value = self[key] else { return nil }
        guard let text = value.string else {
            reportWrongType(key, expected: "a string", value: value)
            return nil
        }
        return text
    }

    /// An array member; other types are reported.
    func array(_ key: String) -> [JSONValue]? {
        guard let value = self[key] else { return nil }
        guard let items = value.array else {
            reportWrongType(key, expected: "an array", value: value)
            return nil
        }
        return items
    }

    /// An object member; other types are reported.
    func objectMember(_ key: String) -> JSONValue? {
        guard let value = self[key] else { return nil }
        guard value.members != nil else {
            reportWrongType(key, expected: "an object", value: value)
            return nil
        }
        return value
    }

    /// A boolean member. `"true"`/`"false"` strings are accepted with a warning and a fix.
    func bool(_ key: String) -> Bool? {
        guard let value = self[key] else { return nil }
        if let flag = value.bool { return flag }
        if let text = value.string, text == "true" || text == "false" {
            reportBooleanAsString(key, value: value, text: text)
            return text == "true"
        }
        reportWrongType(key, expected: "a boolean", value: value)
        return nil
    }

    /// `'key' of <what> must be <expected>, not <found>` at the member's value.
    func reportWrongType(_ key: String, expected: String, value: JSONValue) {
        context.report(WrongTypeRule.self, WrongTypeRule.message("'\(key)' of \(what)", expected: expected, found: value.typeName),
                       at: value, pointer: pointer.appending(key))
    }

    /// `required`/`visibility`: a boolean, or a string holding a JavaScript expression.
    /// Literal `"true"`/`"false"` strings work but are drift, so they get a warning.
    func booleanOrExpression(_ key: String) {
        guard let value = self[key] else { return }
        if value.bool != nil { return }
        if let text = value.string {
            let trimmed = text.trimmingSpaces
            if trimmed == "true" || trimmed == "false" { reportBooleanAsString(key, value: value, text: trimmed) }
            return
        }
        reportWrongType(key, expected: "a boolean or an expression string", value: value)
    }

    private func reportBooleanAsString(_ key: String, value: JSONValue, text: String) {
        context.report(BooleanAsStringRule.self, BooleanAsStringRule.message(key, in: what, text: text),
                       at: value, pointer: pointer.appending(key),
                       fixIt: FixIt(message: BooleanAsStringRule.fix(text), edits: [TextEdit(range: value.range, replacement: text)]))
    }

    /// A string that must be one of `allowed`; near misses get a suggestion and a fix.
    /// With `ignoringCase`, `APP` and `app` are both accepted (docs and real files disagree).
    @discardableResult
    func enumeration(_ key: String, _ allowed: [String], ignoringCase: Bool = false) -> String? {
        guard let text = string(key), let value = self[key] else { return nil }
        let matches = ignoringCase ? allowed.contains { $0.lowercased() == text.lowercased() } : allowed.contains(text)
        if matches { return text }
        reportInvalid(text, for: key, allowed: allowed, value: value, pointer: pointer.appending(key))
        return nil
    }

    /// Reports `text` as outside `allowed` (shared by single values and array items).
    func reportInvalid(_ text: String, for key: String, allowed: [String], value: JSONValue, pointer: JSONPointer) {
        let suggestion = Suggestion.closest(to: text, in: allowed)
        context.report(InvalidValueRule.self, InvalidValueRule.message(text, key: key, in: what, allowed: allowed, suggestion: suggestion),
                       at: value, pointer: pointer, fixIt: replaceFix(value, with: Suggestion.unique(to: text, in: allowed), message: InvalidValueRule.fix))
    }

    /// Replaces a string value by `replacement`, when there is one.
    func replaceFix(_ value: JSONValue, with replacement: String?, message: (String) -> String) -> FixIt? {
        guard let replacement else { return nil }
        return FixIt(message: message(replacement), edits: [TextEdit(range: value.range, replacement: JSONOutput.string(replacement).rendered())])
    }

    /// A name used in scripts (`config.<name>`, `step.<name>`): letters, digits, `_` and `$`,
    /// not starting with a digit.
    @discardableResult
    func identifierName(_ key: String = "name") -> String? {
        guard let name = string(key), let value = self[key] else { return nil }
        if !Identifier.isValid(name) {
            context.report(InvalidNameRule.self, InvalidNameRule.message(name), at: value, pointer: pointer.appending(key))
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
