/// What `slingr-pkg new` was asked for.
public struct NewPackageOptions: Sendable {
    public var name: String
    public var label: String?
    public var description: String?
    /// Depend on the `http` service (implied by `listener`).
    public var http = false
    /// Depend on the `oauth` package and add `configurationBuilder.js` and the OAuth fields.
    public var oauth = false
    /// A webhook listener on the `http` service, with the `webhook` event it triggers.
    public var listener = false
    public var flowSteps: [String] = []
    public var uiServices: [String] = []
    public var license: PackageLicense = .apache2
    public var versions: DependencyVersions = .defaults
    /// The rules `.slingr-pkg.json`'s schema lists (the command line passes the complete catalogue).
    public var catalogue: RuleCatalogue = .package

    public init(name: String) { self.name = name }
}

/// The licence a new package is published under.
public enum PackageLicense: String, Sendable, Hashable, CaseIterable {
    case apache2 = "apache-2.0"
    case mit
    case none
}
