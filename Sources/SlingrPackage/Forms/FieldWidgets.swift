import SlingrDiagnostics
import SlingrScript

/// The widget lines of one field in the text preview, by type: inputs with their value (or
/// `(empty)`), passwords masked, toggles, button groups and drop-downs with their options and
/// the selected ones marked, `many` values as lists, label values, `info` boxes, buttons,
/// `oauth2` options and a generic line for other types. Lines come without the field's indent;
/// `width` is what is left for them.
struct FieldWidgets {
    var style: TextStyle
    var width: Int
    /// Resolved placeholder values (`--env` and the system ones).
    var placeholders: [String: String]
    /// Paths of password fields: `oauth2` options that just read one are masked too.
    var secretPaths: Set<String> = []

    static let mask = "********"

    func lines(_ field: EvaluatedField) -> [String] {
        let spec = field.spec
        switch spec.type {
        case .text?, .number?:
            if spec.isTextArea, !spec.isMany { return textArea(field) }
            return inputs(field) { self.textValue($0) }
        case .password?:
            return inputs(field, masked: true) { value in
                if case .string(let text) = value, Placeholder.isPlaceholder(text) { return self.textValue(value) }
                return Self.mask
            }
        case .toggle?, .boolean?:
            return toggles(field)
        case .buttonsGroup?:
            return choices(field, inline: true)
        case .dropDown?, .choice?:
            return choices(field, inline: false)
        case .label?:
            return labelValues(field)
        case .info?:
            return infoBox(field)
        case .button?:
            return button(field)
        case .oauth2?:
            return oauth2(field)
        case .fieldsGroup?:
            return []
        default:
            return generic(field)
        }
    }

    // MARK: Inputs

    private func inputs(_ field: EvaluatedField, masked: Bool = false, display: (HostValue) -> String) -> [String] {
        let note = originNote(field)
        if field.spec.isMany {
            guard case .array(let items)? = field.value, !items.isEmpty else { return [style.dim("(no values)") + note] }
            return items.flatMap { TextWrapper.wrap(display($0) + placeholderNote($0, masked: masked), width: width, firstPrefix: "- ", restPrefix: "  ") }
                + (note.isEmpty ? [] : [note.trimmingSpaces])
        }
        guard let value = field.value, !ValueChecks.isEmpty(value) else { return fitted("[ " + style.dim("(empty)") + " ]", note) }
        let extra = placeholderNote(value, masked: masked) + note
        let available = max(8, min(width - 4 - TextWrapper.visibleCount(extra), 60))
        return fitted("[ " + TextWrapper.truncate(display(value), width: max(available, min(width - 4, 24))) + " ]", extra)
    }

    /// `main` followed by `notes` on the same line when they fit, else on the lines below.
    private func fitted(_ main: String, _ notes: String) -> [String] {
        guard !notes.isEmpty else { return [main] }
        if TextWrapper.visibleCount(main) + TextWrapper.visibleCount(notes) <= width { return [main + notes] }
        return [main] + TextWrapper.wrap(notes.trimmingSpaces, width: width, firstPrefix: "  ", restPrefix: "  ")
    }

    private func textArea(_ field: EvaluatedField) -> [String] {
        let inner = max(8, width - 4)
        let rows = max(1, min(field.spec.numberOfRows ?? 3, 20))
        var content: [String] = []
        if let value = field.value, !ValueChecks.isEmpty(value) {
            content = TextWrapper.wrap(textValue(value), width: inner)
        } else {
            content = [style.dim("(empty)")]
        }
        if content.count > rows {
            content = Array(content.prefix(rows))
            content[rows - 1] = TextWrapper.truncate(content[rows - 1] + " …", width: inner)
        }
        while content.count < rows { content.append("") }
        let border = "+" + String(repeating: "-", count: inner + 2) + "+"
        return [border] + content.map { "| " + TextWrapper.pad($0, to: inner) + " |" } + [border + originNote(field)]
    }

    private func toggles(_ field: EvaluatedField) -> [String] {
        func toggle(_ value: HostValue?) -> String {
            switch value {
            case .bool(true)?: return "[x] on"
            case .bool(false)?: return "[ ] off"
            case .string(let text)? where Placeholder.isPlaceholder(text): return "[?] " + text + placeholderNote(.string(text))
            case nil, .undefined?, .null?: return "[ ] off " + style.dim("(unset)")
            case let other?: return "[?] " + textValue(other)
            }
        }
        let note = originNote(field)
        if field.spec.isMany {
            guard case .array(let items)? = field.value, !items.isEmpty else { return [style.dim("(no values)") + note] }
            return items.flatMap { TextWrapper.wrap(toggle($0), width: width, firstPrefix: "- ", restPrefix: "  ") } + (note.isEmpty ? [] : [note.trimmingSpaces])
        }
        return fitted(toggle(field.value), note)
    }

    private func choices(_ field: EvaluatedField, inline: Bool) -> [String] {
        let spec = field.spec
        var selected: [String] = []
        switch field.value {
        case .array(let items)?: selected = items.map(textValue)
        case let value? where !ValueChecks.isEmpty(value): selected = [textValue(value)]
        default: break
        }
        let marks = spec.isMany ? ("[x]", "[ ]") : ("(*)", "( )")
        let note = originNote(field)
        var items = spec.possibleValues.map { option -> String in
            let isSelected = selected.contains(option.name)
            return (isSelected ? marks.0 : marks.1) + " " + option.label + (option.label == option.name ? "" : " [\(option.name)]")
                + (isSelected ? note : "")
        }
        for custom in selected where !spec.possibleValues.contains(where: { $0.name == custom }) {
            items.append(marks.0 + " " + custom + placeholderNote(.string(custom)) + style.dim(" (custom)") + note)
        }
        if items.isEmpty { items = [style.dim("(no options)")] }
        var lines: [String] = []
        if inline {
            var current = ""
            for item in items {
                if !current.isEmpty, TextWrapper.visibleCount(current) + 3 + TextWrapper.visibleCount(item) > width {
                    lines.append(current)
                    current = ""
                }
                if current.isEmpty, TextWrapper.visibleCount(item) > width {
                    lines += TextWrapper.wrap(item, width: width, restPrefix: "    ")
                    continue
                }
                current += (current.isEmpty ? "" : "   ") + item
            }
            if !current.isEmpty { lines.append(current) }
        } else {
            let boxWidth = max(12, min(40, width - 2))
            let shown = selected.isEmpty ? style.dim("(none selected)") : TextWrapper.truncate(selected.map { name in
                spec.possibleValues.first { $0.name == name }?.label ?? name
            }.joined(separator: ", "), width: boxWidth - 4)
            lines.append("[ " + TextWrapper.pad(shown, to: boxWidth - 4) + " v ]")
            lines += items.flatMap { TextWrapper.wrap($0, width: width, firstPrefix: "  ", restPrefix: "      ") }
        }
        if spec.allowCustom { lines += TextWrapper.wrap("custom values and placeholders allowed", width: width).map { style.dim($0) } }
        return lines
    }

    // MARK: Read-only fields

    private func labelValues(_ field: EvaluatedField) -> [String] {
        guard !field.displayValues.isEmpty else { return [style.dim("(no value)")] }
        let many = field.displayValues.count > 1 || field.spec.isMany
        var lines: [String] = []
        for outcome in field.displayValues {
            let prefix = many ? "- " : ""
            if let failure = outcome.failure {
                lines += TextWrapper.wrap(style.red("! ") + "value '\(outcome.quotedSource)' failed: " + failure, width: width, restPrefix: "  ")
                continue
            }
            let text = outcome.value.map(textValue) ?? ""
            lines += TextWrapper.wrap(text.isEmpty ? style.dim("(empty)") : text, width: width, firstPrefix: prefix, restPrefix: many ? "  " : "")
        }
        return lines
    }

    private func infoBox(_ field: EvaluatedField) -> [String] {
        var lines = ["[" + (field.spec.alertType ?? "info") + "]"]
        let bar = style.dim("|") + " "
        for outcome in field.displayValues {
            if let failure = outcome.failure {
                lines += TextWrapper.wrap(style.red("! ") + "value failed: " + failure, width: width - 2).map { bar + $0 }
                continue
            }
            for line in HTMLText.lines(outcome.value.map(textValue) ?? "") {
                let indent = String(repeating: "  ", count: max(0, line.depth - 1))
                let first = indent + (line.bullet.map { $0 + " " } ?? "")
                let rest = indent + (line.bullet.map { String(repeating: " ", count: $0.count + 1) } ?? "")
                lines += TextWrapper.wrap(line.text, width: width - 2, firstPrefix: first, restPrefix: rest).map { bar + $0 }
            }
        }
        if lines.count == 1 { lines.append(bar + style.dim("(no text)")) }
        return lines
    }

    private func button(_ field: EvaluatedField) -> [String] {
        let caption = field.spec.label ?? field.spec.name
        var lines = TextWrapper.wrap("[ " + style.bold(caption) + " ]" + (field.spec.color.map { " (\($0))" } ?? ""), width: width, restPrefix: "  ")
        if let action = field.spec.action {
            let oneLine = action.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0).trimmingSpaces }.joined(separator: " ")
            lines.append(style.dim(TextWrapper.truncate("action: " + oneLine, width: width)))
        }
        return lines
    }

    private func oauth2(_ field: EvaluatedField) -> [String] {
        var lines = ["[ " + "Authorize" + " ]" + style.dim(" (OAuth 2.0)")]
        let keyWidth = (field.oauth2Options.map(\.key.count).max() ?? 0) + 2
        // Keys in a column when there is room for values beside them, else above them.
        let columns = width - 2 - keyWidth >= 30
        for outcome in field.oauth2Options {
            var text: String
            if let failure = outcome.failure {
                text = style.red("! ") + "'\(outcome.quotedSource)' failed: " + failure
            } else {
                let value = outcome.value ?? .undefined
                if ValueChecks.isEmpty(value) {
                    text = style.dim("(empty)")
                } else {
                    text = readsSecret(outcome.source) ? Self.mask : textValue(value)
                }
                if outcome.source.hasPrefix("@") { text += style.dim(" <- " + outcome.source) }
            }
            if columns {
                lines += TextWrapper.wrap(text, width: width, firstPrefix: "  " + TextWrapper.pad(outcome.key, to: keyWidth),
                                          restPrefix: "  " + String(repeating: " ", count: keyWidth))
            } else {
                lines.append("  " + outcome.key + ":")
                lines += TextWrapper.wrap(text, width: width, firstPrefix: "    ", restPrefix: "    ")
            }
        }
        return lines
    }

    /// Whether an expression only reads a password field (`config.secret`, `@config.secret`).
    private func readsSecret(_ source: String) -> Bool {
        var text = source.trimmingSpaces
        if text.hasPrefix("@") { text.removeFirst() }
        guard text.hasPrefix("config.") else { return false }
        return secretPaths.contains(String(text.dropFirst("config.".count)))
    }

    private func generic(_ field: EvaluatedField) -> [String] {
        let note = originNote(field)
        let type = "<" + field.spec.typeName + ">"
        guard let value = field.value, !ValueChecks.isEmpty(value) else { return [type + " " + style.dim("(empty)") + note] }
        return TextWrapper.wrap(type + " " + textValue(value) + note, width: width, restPrefix: "  ")
    }

    // MARK: Values

    /// Strings as they are, other values as compact JSON.
    func textValue(_ value: HostValue) -> String {
        if case .string(let text) = value { return text }
        return value.description
    }

    private func originNote(_ field: EvaluatedField) -> String {
        field.origin == .defaultValue ? style.dim(" (default)") : ""
    }

    /// ` = value` (masked for passwords) for a placeholder `--env` resolves, ` (unresolved placeholder)` otherwise.
    private func placeholderNote(_ value: HostValue, masked: Bool = false) -> String {
        guard case .string(let text) = value, text.contains("${") else { return "" }
        let resolved = Placeholder.resolve(text, environment: placeholders)
        if resolved.unresolved.isEmpty { return style.dim(" = " + (masked ? Self.mask : resolved.text)) }
        let names = resolved.unresolved.map { "${\($0)}" }.joined(separator: ", ")
        return style.yellow(" (unresolved placeholder" + (resolved.unresolved.count == 1 && Placeholder.isPlaceholder(text) ? "" : " " + names) + ")")
    }
}
