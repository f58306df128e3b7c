import SlingrPackage
import SlingrScript

/// How a package is run: its configuration values, the simulated installation, the budgets,
/// where HTTP replies come from, the storage it starts with and the dependency packages.
public struct RuntimeOptions {
    /// Values as `preview` and `configure` read them (defaults and the configuration builder are
    /// applied by the runtime).
    public var values = ConfigurationValues()
    /// App, environment, `${NAME}` placeholders and user (nil: the preview defaults).
    public var app: String?
    public var environment: String?
    public var placeholders: [String: String] = [:]
    public var userId: String?
    /// The interpreter's budgets for each run (and each test).
    public var limits = RuntimeOptions.defaultLimits
    /// What `Date.now()` answers (ms since 1970): runs are reproducible, there is no clock.
    public var now: Double = RuntimeOptions.defaultNow
    public var randomSeed: UInt64 = 0x5EED
    /// Replies from the replies file, in order.
    public var fixtures: [HTTPFixture] = []
    public var http: HTTPMode = .fixtures
    public var storage = RuntimeStorage()
    /// Dependency packages by name (`--with oauth=DIR`, or a git checkout).
    public var dependencyPackages: [String: PackageRepository] = [:]

    public enum HTTPMode {
        /// Replies from `fixtures` only; other requests fail.
        case fixtures
        /// Every request sent through the transport, its reply recorded.
        case record(any HTTPTransport)
        /// Every request answered 200 `{}` (checking that code runs at all).
        case generic
    }

    public init() {}

    /// Package code does more than a configuration expression: ten million steps (a few
    /// seconds at most), deeper recursion, larger strings for payloads.
    public static let defaultLimits = Limits(maxSteps: 10_000_000, maxCallDepth: 400, maxStringLength: 1 << 24, maxArrayLength: 1 << 20)

    /// 2025-01-01T00:00:00Z.
    public static let defaultNow: Double = 1_735_689_600_000
}
