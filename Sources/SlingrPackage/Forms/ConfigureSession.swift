import SlingrJSON
import SlingrScript

/// The questions of `slingr-pkg configure`, without any terminal: walks the form in order,
/// re-evaluating visibility and requiredness after every answer, and says what to show next
/// (a group title, a label's value, an info box) or what to ask. Answers are parsed by type
/// and checked like the preview checks values; a rejected answer is asked again.
///
/// Answer syntax: empty keeps the value shown in brackets (the current or default one), `-`
/// clears it; toggles take y/n; drop-downs and button groups take an option's number, name or
/// label (several separated by commas for `many`), or a `${NAME}` placeholder, or any text
/// with `allowCustom`; `many` text fields take comma-separated values or a JSON array.
public struct ConfigureSession: Sendable {
    public enum Step: Sendable, Equatable {
        /// A group starts (its title and nesting depth).
        case heading(String, depth: Int)
        /// Read-only text to show (a label's value, an info box), already as plain lines.
        case note([String], depth: Int)
        case question(Question)
    }

    public struct Question: Sendable, Equatable {
        public var path: String
        /// Lines to show before the prompt (the options of a choice).
        public var intro: [String]
        /// The prompt itself: `Label * [current]: `.
        public var prompt: String
        public var isSecret: Bool
        public var depth: Int
    }

    public let evaluator: FormEvaluator
    public private(set) var values: ConfigurationValues
    private var position = 0
    private var asking: FormFieldSpec?

    public init(evaluator: FormEvaluator, values: ConfigurationValues = ConfigurationValues()) {
        self.evaluator = evaluator
        self.values = values
    }

    /// The next thing to show or ask, or nil when the form is done. After a question, call
    /// `answer(_:)` (until it is accepted) before asking for the next step.
    public mutating func next() -> Step? {
        let fields = evaluator.definition.allFields
        while position < fields.count {
            let spec = fields[position]
            position += 1
            let model = evaluator.evaluate(values)
            guard let field = model.field(at: spec.path), field.visible else { continue }
            let depth = spec.path.split(separator: ".").count - 1
            switch spec.type {
            case .fieldsGroup?:
                return .heading(spec.label ?? spec.name, depth: depth)
            case .label?, .info?:
                let texts = field.displayValues.compactMap { outcome -> String? in
                    guard let value = outcome.value else { return outcome.failure.map { "(\($0))" } }
                    let text = value.description == "undefined" ? "" : (value.stringValue ?? value.description)
                    return spec.type == .info ? HTMLText.plainText(text) : text
                }
                let title = spec.showLabel ? [(spec.label ?? spec.name) + ":"] : []
                return .note(title + texts.flatMap { $0.split(separator: "\n").map(String.init) }, depth: depth)
            case .button?, .oauth2?:
                continue
            default:
                guard spec.storesValue else { continue }
                asking = spec
                return .question(question(field, depth: depth))
            }
        }
        return nil
    }

    /// Takes the answer to the current question: nil when accepted, else why not (ask again).
    public mutating func answer(_ text: String) -> String? {
        guard let spec = asking else { return nil }
        let trimmed = text.trimmingSpaces
        let model = evaluator.evaluate(values)
        let current = model.field(at: spec.path)
        var candidate = values
        if trimmed == "-" {
            candidate.set(spec.path, .null, origin: .answer)
        } else if trimmed.isEmpty {
            if let value = current?.value { candidate.set(spec.path, value, origin: .answer) }
        } else {
            switch parse(trimmed, spec) {
            case .failure(let error): return error.message
            case .success(let value): candidate.set(spec.path, value, origin: .answer)
            }
        }
        let checked = evaluator.evaluate(candidate)
        if let problem = checked.field(at: spec.path)?.problems.first { return problem.message }
        values = candidate
        asking = nil
        return nil
    }

    private func question(_ field: EvaluatedField, depth: Int) -> Question {
        let spec = field.spec
        var intro: [String] = []
        if !spec.possibleValues.isEmpty {
            intro = spec.possibleValues.enumerated().map { index, option in
                "  \(index + 1)) " + option.label + (option.label == option.name ? "" : " [\(option.name)]")
            }
            if spec.allowCustom { intro.append("  (or any value, or a ${NAME} placeholder)") }
        }
        if let description = spec.description, !description.isEmpty { intro.insert(HTMLText.plainText(description), at: 0) }
        var prompt = spec.label ?? spec.name
        if field.required { prompt += " *" }
        switch spec.type {
        case .toggle?, .boolean?: prompt += " (y/n)"
        case _ where spec.isMany: prompt += spec.possibleValues.isEmpty ? " (comma-separated)" : " (numbers or names, comma-separated)"
        default: break
        }
        if let value = field.value, !ValueChecks.isEmpty(value) {
            let shown: String
            if spec.type == .password, !(value.stringValue.map(Placeholder.isPlaceholder) ?? false) {
                shown = FieldWidgets.mask
            } else if case .bool(let flag) = value {
                shown = flag ? "y" : "n"
            } else if case .array(let items) = value {
                shown = items.map { $0.stringValue ?? $0.description }.joined(separator: ", ")
            } else {
                shown = value.stringValue ?? value.description
            }
            prompt += " [\(shown)]"
        }
        return Question(path: spec.path, intro: intro, prompt: prompt + ": ", isSecret: spec.type == .password, depth: depth)
    }

    private func parse(_ text: String, _ spec: FormFieldSpec) -> Result<HostValue, AnswerError> {
        switch spec.type {
        case .toggle?, .boolean?:
            if spec.isMany { return .success(ConfigurationValues.typedValue(text, for: spec)) }
            switch text.lowercased() {
            case "y", "yes", "true", "on", "1": return .success(.bool(true))
            case "n", "no", "false", "off", "0": return .success(.bool(false))
            default:
                if Placeholder.isPlaceholder(text) { return .success(.string(text)) }
                return .failure(AnswerError("answer y or n"))
            }
        case _ where !spec.possibleValues.isEmpty:
            let parts = spec.isMany ? text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty } : [text]
            var names: [HostValue] = []
            for part in parts {
                if let number = Int(part), number >= 1, number <= spec.possibleValues.count {
                    names.append(.string(spec.possibleValues[number - 1].name))
                } else if let option = spec.possibleValues.first(where: { $0.name == part })
                            ?? spec.possibleValues.first(where: { $0.label.lowercased() == part.lowercased() }) {
                    names.append(.string(option.name))
                } else if spec.allowCustom || Placeholder.isPlaceholder(part) {
                    names.append(.string(part))
                } else {
                    return .failure(AnswerError("'\(part)' is not an option; answer a number from 1 to \(spec.possibleValues.count) or an option's name"))
                }
            }
            return .success(spec.isMany ? .array(names) : names.first ?? .null)
        default:
            if spec.isMany {
                if text.hasPrefix("["), case .array = ConfigurationValues.typedValue(text, for: spec) {
                    return .success(ConfigurationValues.typedValue(text, for: spec))
                }
                return .success(.array(text.split(separator: ",").map { .string(String($0).trimmingSpaces) }.filter { $0 != .string("") }))
            }
            return .success(ConfigurationValues.typedValue(text, for: spec))
        }
    }

    private struct AnswerError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}

extension HostValue {
    /// The text of a string value.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
