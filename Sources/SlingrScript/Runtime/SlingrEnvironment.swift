/// What the Slingr platform supplies to configuration code, as the host wants it simulated.
public struct SlingrEnvironment: Sendable {
    /// The package configuration (`config`), nested groups as objects.
    public var config: HostValue
    /// Platform values added to `config` (`config.WEBHOOK_URL`, ...); nil ones are left out.
    public var platform: PlatformValues
    /// What `sys.context.getCurrentUserRecord().id()` answers (null when nil).
    public var currentUserId: String?
    /// What `sys.app.getUrl()` answers (null when nil).
    public var appURL: String?
    /// Extra global variables (for example step inputs that validation functions name bare).
    public var globals: [(name: String, value: HostValue)]
    /// Seed of the deterministic `Math.random`.
    public var randomSeed: UInt64
    /// The time `Date.now()` and `new Date()` answer, in ms since 1970 (there is no clock).
    public var now: Double

    public init(
        config: HostValue = .object([]),
        platform: PlatformValues = PlatformValues(),
        currentUserId: String? = nil,
        appURL: String? = nil,
        globals: [(name: String, value: HostValue)] = [],
        randomSeed: UInt64 = 0x5EED,
        now: Double = 0
    ) {
        self.config = config
        self.platform = platform
        self.currentUserId = currentUserId
        self.appURL = appURL
        self.globals = globals
        self.randomSeed = randomSeed
        self.now = now
    }
}

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
