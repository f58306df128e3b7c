import SlingrDiagnostics

/// How much to trust the cache of git tag lists and fetched repositories.
public enum CachePolicy: String, Sendable, Hashable {
    /// Use cached tag lists when present, ask git otherwise (and remember the answer).
    case preferCache
    /// Never run git against a remote: a source that is not cached is unreachable.
    case offline
    /// Ask git again for every source, and update the cache.
    case refresh
}

/// Reads tags and files of git sources through `GitClient`, following a `CachePolicy`.
///
/// Within one run, each location is asked for its tags at most once and fetched at most once.
/// A repository fetched for a URL is built in a temporary folder and renamed into place, so an
/// interrupted fetch never leaves a half-filled repository in the cache.
public final class GitSourceReader {
    public let client: GitClient
    public let cache: GitTagCache
    public let policy: CachePolicy
    /// Warnings met on the way (corrupt cache files, a cache that could not be written).
    public private(set) var warnings: [Diagnostic] = []

    private var tagMemo: [String: [(tag: String, object: String)]] = [:]
    private var fetchedThisRun: Set<String> = []

    public init(client: GitClient, cache: GitTagCache, policy: CachePolicy) {
        self.client = client
        self.cache = cache
        self.policy = policy
    }

    /// Tags of `source`. A repository on disk is always asked directly (it is local and cheap,
    /// and a tag just made there should show); URLs and bundles go through the cache.
    public func tags(_ source: GitSource) throws(VersionSourceError) -> [(tag: String, object: String)] {
        if let known = tagMemo[source.location] { return known }
        if source.isLocalPath {
            do {
                let tags = try client.remoteTags(source.location)
                tagMemo[source.location] = tags
                return tags
            } catch {
                throw self.error(source, error.detail)
            }
        }
        if policy != .refresh {
            let (cached, warning) = cache.read(source)
            if let warning { warnings.append(warning) }
            if let cached {
                tagMemo[source.location] = cached
                return cached
            }
            if policy == .offline {
                throw error(source, "its tags are not in the cache; run once without '--offline'")
            }
        }
        let tags: [(tag: String, object: String)]
        do { tags = try client.remoteTags(source.location) } catch { throw self.error(source, error.detail) }
        do {
            try cache.write(source, tags: tags)
        } catch {
            warnings.append(Diagnostic(ruleId: GitTagCache.ruleId, severity: .warning, message: "cannot write the tag cache: \(error.description)"))
        }
        tagMemo[source.location] = tags
        return tags
    }

    /// What is at `path` at each object (its bytes, missing, or too large to read).
    public func files(_ path: String, of source: GitSource, at objects: [String]) throws(VersionSourceError) -> [GitClient.FileAtObject] {
        do {
            if source.isLocalPath {
                return try client.readFile(path, at: objects, in: source.location)
            }
            let repository = cache.repository(for: source)
            if try !cache.hasRepository(for: source) {
                if policy == .offline {
                    throw error(source, "its repository is not in the cache; run once without '--offline'")
                }
                try clone(source, into: repository)
            } else if policy == .refresh, !fetchedThisRun.contains(source.location) {
                try client.fetchTags(into: repository, from: source.location)
                fetchedThisRun.insert(source.location)
            }
            var contents = try client.readFile(path, at: objects, in: repository)
            if contents.contains(.missing), policy != .offline, !fetchedThisRun.contains(source.location) {
                // A tag listed by ls-remote may be newer than the cached repository.
                try client.fetchTags(into: repository, from: source.location)
                fetchedThisRun.insert(source.location)
                contents = try client.readFile(path, at: objects, in: repository)
            }
            return contents
        } catch let failure as VersionSourceError {
            throw failure
        } catch let failure as GitError {
            throw error(source, failure.detail)
        } catch let failure as FileSystemError {
            throw error(source, "cannot use the cache: \(failure.reasonText)")
        } catch {
            throw self.error(source, "\(error)")
        }
    }

    private func clone(_ source: GitSource, into repository: String) throws {
        let fileSystem = cache.fileSystem
        let parent = PathName.parent(repository)
        try fileSystem.createDirectory(parent)
        let temporary = try fileSystem.makeTemporaryDirectory(in: parent, prefix: ".fetch-" + source.cacheKey)
        do {
            try client.initBare(temporary)
            try client.fetchTags(into: temporary, from: source.location)
            try fileSystem.moveItem(from: temporary, to: repository)
        } catch {
            try? fileSystem.removeItem(temporary)
            if !fileSystem.isDirectory(repository) { throw error }
        }
        fetchedThisRun.insert(source.location)
    }

    /// Git's messages name the absolute location; show it as the user wrote it.
    private func error(_ source: GitSource, _ detail: String) -> VersionSourceError {
        let shown = source.location == source.displayLocation || source.location.isEmpty
            ? detail
            : detail.split(separator: source.location, omittingEmptySubsequences: false).joined(separator: source.displayLocation)
        return VersionSourceError(sourceName: source.name, location: source.displayLocation, detail: shown)
    }
}
