import SlingrDiagnostics

/// The text preview of an evaluated form, fitted to a width: a header naming the package and
/// the simulated app, then each field in form order (label with `*` when required, its widget,
/// description, validation hint, and inline any failed expression and problem of its value),
/// groups as indented titled blocks, and the checks under the form.
///
/// Hidden fields are left out, or with `showHidden` shown marked `(hidden)` with the
/// expression that hides them and its result.
public struct FormRenderer: Sendable {
    public var width: Int
    public var style: TextStyle
    public var showHidden: Bool

    /// Narrower output is not readable; narrower widths are widened to this.
    public static let minimumWidth = 30

    public init(width: Int = 80, style: TextStyle = .plain, showHidden: Bool = false) {
        self.width = max(Self.minimumWidth, width)
        self.style = style
        self.showHidden = showHidden
    }

    public func render(_ model: FormModel) -> String {
        var lines = header(model)
        var first = true
        for field in model.fields {
            let block = render(field, indent: 0, model: model)
            guard !block.isEmpty else { continue }
            if !first { lines.append("") }
            first = false
            lines += block
        }
        if model.fields.isEmpty { lines.append(style.dim("(this form has no fields)")) }
        lines.append("")
        lines += checks(model.problems)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title line and where the form is simulated.
    func header(_ model: FormModel) -> [String] {
        let definition = model.definition
        let environment = model.environment
        var lines: [String]
        switch definition.kind {
        case .configuration:
            lines = TextWrapper.wrap(style.bold(definition.title) + " (\(definition.packageName)): configuration", width: width)
        case .step(let folder):
            lines = TextWrapper.wrap(style.bold(definition.title) + " (\(definition.packageName), flow step '\(folder)'): inputs", width: width)
        }
        let app = "app '\(environment.app)'" + (environment.appIsDefault ? " (default)" : "")
        let env = "environment '\(environment.environment)'" + (environment.environmentIsDefault ? " (default)" : "")
        lines += TextWrapper.wrap(style.dim(app + ", " + env), width: width)
        lines.append("")
        return lines
    }

    /// The lines of one field (and its children), or none when it is hidden and hidden fields
    /// are not shown.
    func render(_ field: EvaluatedField, indent: Int, model: FormModel) -> [String] {
        guard field.visible || showHidden else { return [] }
        let pad = String(repeating: " ", count: indent)
        let inner = pad + "  "
        let innerWidth = max(12, width - indent - 2)
        let spec = field.spec
        var lines: [String] = []
        var title = ""
        if spec.type != .button, spec.showLabel || spec.isGroup {
            title = style.bold(spec.label ?? spec.name)
        }
        if field.required { title += (title.isEmpty ? "" : " ") + style.red("*") }
        if !field.visible { title += (title.isEmpty ? "" : " ") + style.yellow("(hidden)") }
        if spec.isGroup {
            let rule = max(3, width - indent - TextWrapper.visibleCount(title) - 1)
            lines.append(pad + title + " " + style.dim(String(repeating: "-", count: rule)))
        } else if !title.isEmpty {
            lines += TextWrapper.wrap(title, width: width - indent).map { pad + $0 }
        }
        if !field.visible { lines += hiddenReason(field, width: innerWidth).map { inner + $0 } }
        let secrets = Set(model.definition.allFields.filter { $0.type == .password }.map(\.path))
        let widgets = FieldWidgets(style: style, width: innerWidth, placeholders: model.environment.resolvedPlaceholders, secretPaths: secrets)
        var body = widgets.lines(field)
        if !spec.showLabel || spec.type == .button, !spec.isGroup, let first = body.first {
            // Without its label the widget takes the label's place.
            lines.append(pad + first)
            body.removeFirst()
            lines += body.map { pad + $0 }
        } else {
            lines += body.map { inner + $0 }
        }
        if let description = spec.description, !description.isEmpty {
            lines += TextWrapper.wrap(HTMLText.plainText(description), width: innerWidth).map { inner + style.dim($0) }
        }
        if let hint = hint(spec) { lines += TextWrapper.wrap(hint, width: innerWidth).map { inner + style.dim($0) } }
        for outcome in field.failures where outcome.key != "value" || (spec.type != .label && spec.type != .info) {
            guard !FieldType.oauth2Options.contains(outcome.key) else { continue }
            let text = "\(outcome.key) '\(outcome.quotedSource)' failed: " + (outcome.failure ?? "")
            lines += TextWrapper.wrap(text, width: innerWidth - 2).enumerated().map { index, line in
                inner + (index == 0 ? style.red("! ") : "  ") + line
            }
        }
        for problem in field.problems {
            lines += TextWrapper.wrap(problem.message, width: innerWidth - 2).enumerated().map { index, line in
                inner + (index == 0 ? style.red("! ") : "  ") + line
            }
        }
        var first = spec.description?.isEmpty ?? true
        for child in field.children {
            let block = render(child, indent: indent + 2, model: model)
            guard !block.isEmpty else { continue }
            if !first { lines.append("") }
            first = false
            lines += block
        }
        return lines
    }

    /// Why a field is hidden: its expression and result, or a hidden group around it.
    private func hiddenReason(_ field: EvaluatedField, width innerWidth: Int) -> [String] {
        if let visibility = field.visibility, visibility.failure == nil, !visibility.isTruthy {
            let result = visibility.value.map { $0.description } ?? "undefined"
            return TextWrapper.wrap(style.yellow("hidden: ") + "visibility " + visibility.source + " -> " + result, width: innerWidth, restPrefix: "  ")
        }
        let parent = field.spec.path.split(separator: ".").dropLast().joined(separator: ".")
        return TextWrapper.wrap(style.yellow("hidden: ") + "group '\(parent)' is hidden", width: innerWidth, restPrefix: "  ")
    }

    /// The validation the value must pass.
    private func hint(_ spec: FormFieldSpec) -> String? {
        switch spec.validation {
        case .email?: return "must be an email address (or a placeholder)"
        case .number?: return "must be a number (or a placeholder)"
        case .url?: return "must be a URL (or a placeholder)"
        case .other(let kind)?: return "validation '\(kind)'"
        case .function(_, let message)?: return "checked: " + (message?.trimmingSpaces ?? "by a validation function")
        case nil: return nil
        }
    }

    /// The checks under the form.
    func checks(_ problems: [FormProblem]) -> [String] {
        guard !problems.isEmpty else { return [style.green("Checks: no problems")] }
        var lines = [style.red("Checks: \(problems.count) problem\(problems.count == 1 ? "" : "s")")]
        for problem in problems {
            lines += TextWrapper.wrap(problem.message, width: width - 4).enumerated().map { index, line in
                (index == 0 ? "  - " : "    ") + line
            }
        }
        return lines
    }

    /// What a `--press` did, printed above the form.
    public func render(_ press: ButtonPress) -> String {
        var lines = [style.bold("Pressed '\(press.label)'") + " (\(press.path))"]
        if let failure = press.outcome.failure {
            lines += TextWrapper.wrap("action failed: " + failure, width: width - 4).enumerated().map { index, line in
                (index == 0 ? "  " + style.red("! ") : "    ") + line
            }
            lines.append("  " + style.dim("the values are unchanged"))
        } else if press.changes.isEmpty {
            lines.append("  " + style.dim("no value changed"))
        } else {
            for change in press.changes {
                let before = change.before.map { $0.description } ?? "(unset)"
                let after = change.after.map { $0.description } ?? "(unset)"
                lines += TextWrapper.wrap("config.\(change.path): \(before) -> \(after)", width: width - 4, firstPrefix: "  ", restPrefix: "    ")
            }
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The configuration `configurationBuilder.js` built, printed under the form.
    public func render(_ build: ConfigurationBuild) -> String {
        var lines = [style.bold("Configuration builder") + " (\(build.path))"]
        for entry in build.logs {
            lines += TextWrapper.wrap("log \(entry.level.rawValue): " + entry.message, width: width - 2, firstPrefix: "  ", restPrefix: "    ")
        }
        if let failure = build.failure {
            let text = DiagnosticTextRenderer(style: style, sources: [build.source.path: build.source]).render(failure)
            lines += text.split(separator: "\n").map { "  " + $0 }
            return lines.joined(separator: "\n") + "\n"
        }
        for dependency in build.dependencyConfigurations {
            lines.append("  config.\(dependency.name), for dependency '\(dependency.name)':")
            lines += ConfigurationValues.jsonOutput(dependency.value).rendered(indent: 2).split(separator: "\n").map { "    " + $0 }
        }
        lines.append("  returned configuration:")
        lines += ConfigurationValues.jsonOutput(build.configuration ?? .undefined).rendered(indent: 2).split(separator: "\n").map { "    " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
