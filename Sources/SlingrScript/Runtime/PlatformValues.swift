/// The platform values configuration expressions read as members of `config`.
public struct PlatformValues: Sendable, Hashable {
    public var webhookURL: String?
    public var webhookSyncURL: String?
    public var authCallbackURL: String?
    public var serverURL: String?
    public var env: String?
    public var serviceName: String?

    public init(
        webhookURL: String? = nil, webhookSyncURL: String? = nil, authCallbackURL: String? = nil,
        serverURL: String? = nil, env: String? = nil, serviceName: String? = nil
    ) {
        self.webhookURL = webhookURL
        self.webhookSyncURL = webhookSyncURL
        self.authCallbackURL = authCallbackURL
        self.serverURL = serverURL
        self.env = env
        self.serviceName = serviceName
    }

    /// The values an app named `app` in environment `env` gives a package named `package`, in
    /// the shapes observed on a real installation (`https://app.slingrs.io/dev/services/http/http`).
    public static func simulated(app: String, env: String, package: String) -> PlatformValues {
        let server = "https://\(app).slingrs.io"
        return PlatformValues(
            webhookURL: "\(server)/\(env)/services/\(package)/\(package)",
            webhookSyncURL: "\(server)/\(env)/services/\(package)/sync/\(package)",
            authCallbackURL: "\(server)/\(env)/packages/\(package)",
            serverURL: server, env: env, serviceName: package)
    }

    /// The `config` member names and values, in a fixed order.
    public var members: [(name: String, value: String)] {
        [
            ("WEBHOOK_URL", webhookURL), ("WEBHOOK_SYNC_URL", webhookSyncURL), ("AUTH_CALLBACK_URL", authCallbackURL),
            ("SERVER_URL", serverURL), ("ENV", env), ("SERVICE_NAME", serviceName),
        ].compactMap { name, value in value.map { (name, $0) } }
    }
}
