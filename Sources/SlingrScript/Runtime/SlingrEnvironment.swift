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
