/// What `resolve` and `outdated` were asked to do, with every outside input made explicit: the
/// CLI turns flags, the environment and the current folder into this.
public struct VersionsRequest: Sendable {
    /// The package root, absolute (for reading files).
    public var packageDirectory: String
    /// The package root as the user typed it (for paths in reports).
    public var displayDirectory: String
    /// `--registry FILE`, absolute; overrides `registry` in `.slingr-pkg.json`.
    public var registry: String?
    /// The registry path as the user typed it.
    public var registryDisplay: String?
    /// `--git NAME=URL` sources (relative paths already absolute); they override `sources` in
    /// `.slingr-pkg.json` name by name.
    public var gitSources: [GitSource]
    /// Where tag lists and fetched repositories are kept (`$XDG_CACHE_HOME/slingr-pkg`).
    public var cacheDirectory: String
    public var cachePolicy: CachePolicy
    public var git: GitClient

    public init(
        packageDirectory: String,
        displayDirectory: String,
        registry: String? = nil,
        registryDisplay: String? = nil,
        gitSources: [GitSource] = [],
        cacheDirectory: String,
        cachePolicy: CachePolicy = .preferCache,
        git: GitClient = GitClient()
    ) {
        self.packageDirectory = packageDirectory
        self.displayDirectory = displayDirectory
        self.registry = registry
        self.registryDisplay = registryDisplay
        self.gitSources = gitSources
        self.cacheDirectory = cacheDirectory
        self.cachePolicy = cachePolicy
        self.git = git
    }
}
