import SlingrDiagnostics
import SlingrScript

/// A name that code in a descriptor string (or the configuration builder) uses without
/// declaring it, and that the place it runs does not provide: evaluating it throws a
/// ReferenceError, so the form or the builder fails when it is shown or run.
struct UndefinedNameRule: LintRule {
    static let description = RuleDescription(
        id: "undefined-name",
        severity: .error,
        summary: "An expression, button action, validation function or configuration builder uses a name nothing defines.",
        explanation: "Expressions and button actions run in the browser that shows the configuration form: they see config, utils, JavaScript's standard globals and the browser's (window, screen, URLSearchParams...). Validation functions may also name the fields of their form bare (step validation functions do: !routingNumber || ...). The configuration builder runs on the server and sees config (its parameter), sys, pkg, dependencies, svc and the standard globals. Any other name throws a ReferenceError when the code runs, so the form or the builder fails; typeof name is a test and always allowed.",
        triggering: [
            .package("a misspelt config in a visibility expression",
                     configuration: #"[{"label": "Client ID", "name": "clientId", "type": "text"}, {"label": "Client secret", "name": "clientSecret", "type": "password", "visibility": "↓conifg.clientId != null"}]"#,
                     expected: [.marked(message("conifg", in: "visibility", suggestion: "config"))]),
            .package("a helper the button action never declares",
                     configuration: #"[{"label": "Connect", "name": "connect", "type": "button", "typeOptions": {"color": "primary", "action": "var url = 'https://accounts.example.com/auth?client_id=' + config.clientId; ↓openWindow(url, 'oauth');"}}]"#,
                     expected: [.marked(message("openWindow", in: "action", suggestion: "open"))]),
            .package("a builder that reads a variable it never declares", configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) {\n    config.oauth = {\n        id: 'installationInfo-sample-User-' + sys.context.getCurrentUserRecord().id(),\n        clientId: config.clientId,\n        scope: ↓scopes.join(' ')\n    };\n    return config;\n};\n"],
                     expected: [.marked(message("scopes", in: "configurationBuilder.js", suggestion: nil))]),
        ],
        nonTriggering: [
            .package("utils, @config and platform values",
                     configuration: #"[{"label": "Timeout", "name": "timeout", "type": "text", "required": "!utils.isPlaceholder(config.timeout) && @config.timeout != ''", "typeOptions": {"validation": {"function": "!config.timeout || utils.getInteger(config.timeout) >= 0", "message": "A number"}}}, {"label": "Webhook", "name": "webhook", "type": "label", "value": "config.WEBHOOK_URL + '/events'"}]"#),
            .package("a button action using browser globals and its own variables",
                     configuration: #"[{"label": "Sign in", "name": "signIn", "type": "button", "typeOptions": {"action": "var params = new URLSearchParams({client_id: config.clientId}); var left = (screen.width - 600) / 2; var popup = window.open('https://example.com/auth?' + params.toString(), 'auth', 'left=' + left); try { popup.focus(); } catch (e) { alert(e.message); }"}}]"#),
            .package("a step validation function naming its input bare",
                     files: ["flowSteps/payment/step.json": #"{"label": "Payment", "name": "payment", "category": "integrations", "inputs": [{"label": "Routing number", "name": "routingNumber", "type": "text", "typeOptions": {"validation": {"function": "!routingNumber || routingNumber.length == 9", "message": "Nine digits"}}}], "outputs": []}"#]),
        ]
    )

    static func message(_ name: String, in place: String, suggestion: String?) -> String {
        var message = "'\(name)' is not defined in '\(place)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    /// Known names in suggestion order: the platform's first, then the language's, then the
    /// browser's.
    static let clientCandidates = ["config", "utils"] + KnownGlobals.javaScript.sorted() + KnownGlobals.browser.sorted()
    static let serverCandidates = ["config", "sys", "pkg", "dependencies", "svc"] + KnownGlobals.javaScript.sorted()

    func check(_ context: LintContext) {
        for site in context.expressionSites where site.errors.isEmpty {
            guard let root = site.root else { continue }
            let bare = site.key == "validation function" ? Set(site.scope.fields.keys) : []
            let names = FreeNames(root)
            for identifier in names.references where !KnownGlobals.clientSide.contains(identifier.name) && !bare.contains(identifier.name) {
                let candidates = Self.clientCandidates + names.declared.sorted() + bare.sorted()
                let message = Self.message(identifier.name, in: site.key, suggestion: Suggestion.closest(to: identifier.name, in: candidates))
                context.report(Self.self, message, in: site.descriptor.source, range: site.sourceRange(identifier.range), pointer: site.pointer)
            }
        }
        let repository = context.repository
        guard let path = repository.configurationBuilderPath, let script = repository.script(path), script.result.isValid else { return }
        let names = context.freeNames(of: script)
        for identifier in names.references where !KnownGlobals.serverSide.contains(identifier.name) {
            let candidates = Self.serverCandidates + names.declared.sorted()
            let message = Self.message(identifier.name, in: PathName.lastComponent(path), suggestion: Suggestion.closest(to: identifier.name, in: candidates))
            context.report(Self.self, message, in: script.source, range: identifier.range)
        }
    }
}
