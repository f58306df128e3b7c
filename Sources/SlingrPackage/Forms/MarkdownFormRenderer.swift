/// A configuration table for a package README (`preview --format markdown`): one row per
/// field, hidden ones included (a README documents every field), with when it is shown and
/// required as the descriptor's expressions, its default as evaluated, and its options,
/// validation, description and read-only text in the notes.
public struct MarkdownFormRenderer: Sendable {
    public init() {}

    public func render(_ model: FormModel) -> String {
        let definition = model.definition
        var lines: [String]
        switch definition.kind {
        case .configuration:
            lines = ["## Configuration", "", "The \(definition.title) package (`\(definition.packageName)`) takes these settings:"]
        case .step(let folder):
            lines = ["## \(definition.title)", "", "Inputs of the flow step `\(folder)`:"]
        }
        lines.append("")
        let fields = model.allFields
        guard !fields.isEmpty else { return (lines + ["This form has no fields."]).joined(separator: "\n") + "\n" }
        lines.append("| Field | Name | Type | Required | Default | Notes |")
        lines.append("|---|---|---|---|---|---|")
        for field in fields { lines.append(row(field, model: model)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ field: EvaluatedField, model: FormModel) -> String {
        let spec = field.spec
        let depth = spec.path.split(separator: ".").count - 1
        let label = String(repeating: "↳ ", count: depth) + (spec.label ?? spec.name)
        let type = spec.typeName + (spec.isMany ? " (many)" : "")
        var notes: [String] = []
        if let visibility = spec.visibility {
            if let text = visibility.string {
                notes.append("Shown when " + code(text) + ".")
            } else if visibility.bool == false {
                notes.append("Hidden.")
            }
        }
        if let description = spec.description, !description.isEmpty { notes.append(HTMLText.plainText(description)) }
        if !spec.possibleValues.isEmpty {
            notes.append("Options: " + spec.possibleValues.map { option in
                code(option.name) + (option.label == option.name ? "" : " (\(option.label))")
            }.joined(separator: ", ") + (spec.allowCustom ? "; custom values allowed" : "") + ".")
        }
        switch spec.validation {
        case .email?: notes.append("Must be an email address.")
        case .number?: notes.append("Must be a number.")
        case .url?: notes.append("Must be a URL.")
        case .other(let kind)?: notes.append("Validation: \(kind).")
        case .function(let source, let message)?: notes.append((message?.trimmingSpaces ?? "Validated by " + code(source)))
        case nil: break
        }
        if spec.type == .label || spec.type == .info {
            let texts = field.displayValues.compactMap { outcome -> String? in
                guard let value = outcome.value else { return outcome.failure.map { "(fails: \($0))" } }
                let text: String
                if case .string(let string) = value { text = string } else { text = value.description }
                return spec.type == .info ? HTMLText.plainText(text) : text
            }
            if !texts.isEmpty { notes.append((spec.type == .label ? "Shows " : "") + texts.joined(separator: "; ")) }
        }
        if spec.type == .button, let action = spec.action { notes.append("Runs " + code(action) + ".") }
        var defaultText = ""
        if field.origin == .defaultValue, let value = field.value {
            if case .string(let text) = value { defaultText = code(text) } else { defaultText = code(value.description) }
        }
        let cells = [label, spec.storesValue && !spec.isGroup ? code(spec.path) : spec.path, type, required(spec), defaultText,
                     notes.joined(separator: " ")]
        return "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    private func required(_ spec: FormFieldSpec) -> String {
        guard let required = spec.required else { return "no" }
        if let flag = FormFieldSpec.boolean(required) { return flag ? "yes" : "no" }
        if let text = required.string { return "when " + code(text) }
        return "no"
    }

    /// A Markdown code span that survives backticks in the text.
    private func code(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0).trimmingSpaces }.joined(separator: " ")
        let fence = oneLine.contains("`") ? "``" : "`"
        let pad = oneLine.hasPrefix("`") || oneLine.hasSuffix("`") ? " " : ""
        return fence + pad + oneLine + pad + fence
    }

    /// Table cells cannot hold `|` or line breaks.
    private func escape(_ text: String) -> String {
        text.replacingPipes().split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}

private extension String {
    func replacingPipes() -> String {
        var result = ""
        for character in self {
            if character == "|" { result += "\\|" } else { result.append(character) }
        }
        return result
    }
}
