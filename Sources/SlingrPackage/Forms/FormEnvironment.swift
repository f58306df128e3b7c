import SlingrScript

/// The simulated installation a form is previewed in: which app and environment, the package
/// name, the environment placeholders and the user `configurationBuilder.js` runs as.
///
/// Defaults (shown in the preview header): app `myapp`, environment `dev`, user id
/// `000000000000000000000001`. Platform values follow the URL shapes observed on a real
/// installation of a real app, for app A, environment E, package P:
/// `WEBHOOK_URL` `https://A.slingrs.io/E/services/P/P`, `WEBHOOK_SYNC_URL`
/// `https://A.slingrs.io/E/services/P/sync/P`, `AUTH_CALLBACK_URL` `https://A.slingrs.io/E/packages/P`
/// (packages always append `/authCallback`, giving the observed callback), `SERVER_URL`
/// `https://A.slingrs.io`, `ENV` E, `SERVICE_NAME` P. `sys.app.getUrl()` answers
/// `https://A.slingrs.io/E` (an assumption: no real answer was observed).
public struct FormEnvironment: Sendable {
    public static let defaultApp = "myapp"
    public static let defaultEnvironment = "dev"
    public static let defaultUserId = "000000000000000000000001"

    public var app: String
    public var environment: String
    /// Whether `app`/`environment` were chosen by the user (the header says "default" otherwise).
    public var appIsDefault: Bool
    public var environmentIsDefault: Bool
    public var packageName: String
    /// `--env` values for `${NAME}` placeholders.
    public var placeholders: [String: String]
    public var userId: String
    /// Platform values are members of `config` in package forms, not in step forms.
    public var includesPlatformValues: Bool

    public init(app: String? = nil, environment: String? = nil, packageName: String, placeholders: [String: String] = [:],
                userId: String? = nil, includesPlatformValues: Bool = true) {
        self.app = app ?? Self.defaultApp
        self.environment = environment ?? Self.defaultEnvironment
        appIsDefault = app == nil
        environmentIsDefault = environment == nil
        self.packageName = packageName
        self.placeholders = placeholders
        self.userId = userId ?? Self.defaultUserId
        self.includesPlatformValues = includesPlatformValues
    }

    public var platform: PlatformValues {
        includesPlatformValues ? PlatformValues.simulated(app: app, env: environment, package: packageName) : PlatformValues()
    }

    public var appURL: String { "https://\(app).slingrs.io/\(environment)" }

    /// Placeholder values: `--env` first, then the system ones the app defines (`APP_NAME`,
    /// `APP_ENV`, `APP_URL`); `APP_VERSION` only from `--env`.
    public var resolvedPlaceholders: [String: String] {
        var values = ["APP_NAME": app, "APP_ENV": environment, "APP_URL": appURL]
        for (name, value) in placeholders { values[name] = value }
        return values
    }

    /// The interpreter environment for form expressions over `config`.
    func scriptEnvironment(config: HostValue) -> SlingrEnvironment {
        SlingrEnvironment(config: config, platform: platform, currentUserId: userId, appURL: appURL)
    }
}
