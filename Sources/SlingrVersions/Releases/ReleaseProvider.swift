/// What a package's descriptor at one release says, as far as resolution cares.
public enum DescriptorLookup: Sendable {
    /// The dependencies read from `package.json` at that release.
    case found(DescriptorDependencies)
    /// The source has no descriptors (a registry file, or a service): dependencies unknown.
    case unavailable
    /// The release has no `package.json`.
    case missing
    /// The release's `package.json` cannot be read (larger than the limit); the text says why.
    case unreadable(String)
}

/// Where the resolver gets released versions and descriptors from. `ReleaseCatalog` is the real
/// one; tests may provide others.
public protocol ReleaseProvider: AnyObject {
    /// The releases of `key`, or `nil` when no source knows the name.
    func releases(of key: DependencyKey) throws(VersionSourceError) -> ReleaseList?
    /// The dependencies of `key` at `release`.
    func descriptor(of key: DependencyKey, at release: Release) throws(VersionSourceError) -> DescriptorLookup
}
