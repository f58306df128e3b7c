import SlingrDiagnostics
import SlingrScript

/// `config.x` and `@config.x` in an expression name a field of the form (groups as
/// `config.group.child`), a platform value, or, in a flow step, one of the step's inputs.
struct ConfigReferenceRule: LintRule {
    static let description = RuleDescription(
        id: "config-reference",
        severity: .warning,
        summary: "An expression reads config.<name> for a field that does not exist in its form.",
        explanation: "A misspelt or removed field makes the expression see undefined, so fields hide or become optional without notice. Real steps drift here (config.events), so it is a warning.",
        triggering: [
            .package("a misspelt field", configuration: #"[{"label": "Type", "name": "authType", "type": "text"}, {"label": "Key", "name": "key", "type": "text", "visibility": "↓config.authtype == 'key'"}]"#,
                     expected: [.marked(message("config.authtype", form: "form", suggestion: "config.authType"))]),
            .package("a group child that does not exist", configuration: #"[{"label": "G", "name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"label": "A", "name": "a", "type": "text"}]}}, {"label": "B", "name": "b", "type": "text", "visibility": "↓@config.group.b"}]"#,
                     expected: [.marked(message("config.group.b", form: "form", suggestion: "config.group.a"))]),
        ],
        nonTriggering: [
            .package("fields, group children and platform values", configuration: #"[{"label": "G", "name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"label": "A", "name": "a", "type": "toggle"}]}}, {"label": "U", "name": "url", "type": "label", "value": "config.WEBHOOK_URL + (config.group.a ? '/a' : '')"}]"#),
            .package("a button action assigning a field", configuration: #"[{"label": "E", "name": "email", "type": "text"}, {"label": "Set", "name": "set", "type": "button", "typeOptions": {"action": "if (!config.email) { config.email = 'a@b.c'; }"}}]"#),
        ]
    )

    static func message(_ reference: String, form: String, suggestion: String?) -> String {
        var message = "'\(reference)' names no field of this \(form)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        for site in context.expressionSites where site.errors.isEmpty {
            guard let root = site.root, !Self.declaresConfig(root) else { continue }
            ScriptQueries.forEachMemberPath(in: root) { path, nodes in
                guard path.first == "config", let member = nodes.last else { return }
                let reference = path.dropFirst()
                if !site.scope.contains(reference) {
                    let known = site.scope.scope(at: reference.dropLast())?.names ?? []
                    let suggestion = reference.last.flatMap { Suggestion.closest(to: $0, in: known) }
                        .map { (["config"] + reference.dropLast() + [$0]).joined(separator: ".") }
                    context.report(Self.self, Self.message(path.joined(separator: "."), form: site.descriptor.kind == .step ? "step" : "form", suggestion: suggestion), in: site.descriptor.source, range: site.sourceRange(member.range), pointer: site.pointer)
                }
            }
        }
    }

    /// A snippet that declares its own `config` (a parameter or variable) is not about the form.
    static func declaresConfig(_ root: any SyntaxNode) -> Bool {
        var declared = false
        SyntaxWalker.walk(root) { node in
            if let declarator = node as? VariableDeclarator, case .identifier(let identifier) = declarator.id, identifier.name == "config" { declared = true }
            if let function = node as? FunctionNode, function.params.contains(where: { if case .identifier(let id) = $0 { return id.name == "config" } else { return false } }) { declared = true }
            return !declared
        }
        return declared
    }
}
