import SlingrDiagnostics

/// Everything a new package will contain, decided once from the options; the templates render
/// it into files, so `package.json`, the scripts and the README cannot disagree.
struct PackagePlan: Sendable {
    var name: String
    var label: String
    var description: String?
    var dependencies: [ScaffoldDependency] = []
    var fields: [ScaffoldField] = []
    var events: [ScaffoldEvent] = []
    var metadata: [ScaffoldMetadata] = []
    var flowSteps: [String] = []
    var uiServices: [String] = []
    var hasHTTP = false
    var hasOAuth = false
    var hasListener = false
    var license: PackageLicense = .apache2

    /// The listener `new --listener` writes, and the event it triggers.
    static let listenerName = "webhook"
    static let webhookEvent = "webhook"

    var listenerPath: String { "/\(name)" }

    init(_ options: NewPackageOptions) {
        name = options.name
        label = options.label ?? ScaffoldName.humanize(options.name)
        description = options.description
        hasHTTP = options.http || options.listener
        hasOAuth = options.oauth
        hasListener = options.listener
        flowSteps = options.flowSteps
        uiServices = options.uiServices
        license = options.license
        let versions = options.versions
        if hasHTTP {
            dependencies.append(ScaffoldDependency(kind: .service, name: "http", version: versions.version(for: "http", kind: .service) ?? ""))
            fields.append(ScaffoldField(name: "baseUrl", label: "Base URL", type: .text, required: true,
                                     description: "Where the API is; scripts/api.js sends requests there.",
                                     defaultValue: .string("https://api.example.com"),
                                     typeOptions: .object([("validation", .string("url"))])))
        }
        if hasOAuth {
            dependencies.append(ScaffoldDependency(kind: .package, name: "oauth", version: versions.version(for: "oauth", kind: .package) ?? ""))
            fields += [
                ScaffoldField(name: "clientId", label: "Client ID", type: .text, required: true,
                           description: "The ID of the client application registered with the provider."),
                ScaffoldField(name: "clientSecret", label: "Client secret", type: .password, required: true,
                           description: "The secret the provider gave for the client application."),
                ScaffoldField(name: "scope", label: "Scope", type: .text, required: true,
                           description: "The access to request; several scopes are separated by spaces.",
                           defaultValue: .string("read")),
                ScaffoldField(name: "state", label: "State", type: .text,
                           description: "An opaque value the provider sends back, to protect against request forgery."),
                ScaffoldField(name: "oauthCallback", label: "OAuth callback", type: .label,
                           description: "The callback URL to register with the provider.",
                           value: "config.AUTH_CALLBACK_URL + '/authCallback'"),
            ]
        }
        if hasListener {
            events.append(ScaffoldEvent(name: Self.webhookEvent, label: "Webhook",
                                     description: "Happens when the http service receives a webhook on '\(listenerPath)'."))
        }
        metadata.append(ScaffoldMetadata(kind: .script, namespace: "api"))
        if hasListener { metadata.append(ScaffoldMetadata(kind: .listener, namespace: Self.listenerName)) }
        metadata += flowSteps.map { ScaffoldMetadata(kind: .flowStep, namespace: $0) }
        metadata += uiServices.map { ScaffoldMetadata(kind: .uiService, namespace: $0) }
    }
}
