#if canImport(Glibc)
import Glibc
#endif
import SlingrDiagnostics
import Testing
import SlingrPackage
@testable import SlingrVersions

/// Tag lists, descriptors and the cache, against real repositories.
@Suite("Git sources and their cache", .enabled(if: TestSupport.gitIsAvailable()))
struct GitSourceTests {
    private func reader(_ fixture: GitFixture, _ policy: CachePolicy) -> GitSourceReader {
        GitSourceReader(client: GitClient(), cache: GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem), policy: policy)
    }

    private func releaseRepository(_ fixture: GitFixture) throws -> String {
        try fixture.repository("flowspace-package", [
            .init(name: "v0.0.1", descriptor: GitFixture.descriptor("flowspace", [])),
            .init(name: "v.0.0.5", descriptor: GitFixture.descriptor("flowspace", [])),
            .init(name: "v0.0.2", descriptor: GitFixture.descriptor("flowspace", [(.service, "http", "v1.8.6")]), annotated: true),
            .init(name: "v0.0.3-dev", descriptor: nil),
            .init(name: "develop", descriptor: GitFixture.descriptor("flowspace", [])),
        ])
    }

    @Test("reads tags leniently, skipping non-versions with a reason")
    func lenientTags() throws {
        let fixture = try GitFixture()
        let path = try releaseRepository(fixture)
        let tags = try reader(fixture, .preferCache).tags(GitSource(name: "flowspace", location: path, baseDirectory: "/"))
        let list = ReleaseList(tags: tags.map(\.tag))
        #expect(list.versions.map(\.description) == ["v0.0.1", "v0.0.2", "v0.0.3-dev"])
        #expect(list.skipped.map(\.tag) == ["develop", "v.0.0.5"])
        #expect(list.skipped.last?.reason == "malformed version 'v.0.0.5'; unexpected '.': 'v0.0.5'")
        #expect(list.latest?.version.description == "v0.0.2")
    }

    @Test("reads package.json at each tag, annotated tags included, in one batch")
    func descriptors() throws {
        let fixture = try GitFixture()
        let path = try releaseRepository(fixture)
        let source = GitSource(name: "flowspace", location: path, baseDirectory: "/")
        let catalog = ReleaseCatalog(registry: nil, gitSources: [source], reader: reader(fixture, .preferCache), decoder: PackageDescriptor.dependencies(of:))
        let key = DependencyKey(.package, "flowspace")
        let list = try #require(try catalog.releases(of: key))
        guard case .found(let annotated) = try catalog.descriptor(of: key, at: try #require(list.releases.first { $0.tag == "v0.0.2" })) else {
            Issue.record("no descriptor at v0.0.2")
            return
        }
        #expect(annotated.dependencies.map(\.requirementText) == ["v1.8.6"])
        #expect(annotated.packageName == "flowspace")
        guard case .missing = try catalog.descriptor(of: key, at: try #require(list.releases.last)) else {
            Issue.record("v0.0.3-dev has no package.json")
            return
        }
    }

    @Test("fetches a file:// URL into a cached bare repository and then works offline")
    func fileURLAndOffline() throws {
        let fixture = try GitFixture()
        let path = try fixture.package("oauth-package", [("v1.0.0", [(.service, "http", "v1.7.0")]), ("v1.0.1", [])])
        let source = GitSource(name: "oauth", location: "file://" + path, baseDirectory: "/")
        #expect(!source.isLocalPath)
        let key = DependencyKey(.package, "oauth")

        let online = ReleaseCatalog(registry: nil, gitSources: [source], reader: reader(fixture, .preferCache), decoder: PackageDescriptor.dependencies(of:))
        let first = try #require(try online.releases(of: key)?.releases.first)
        guard case .found(let descriptor) = try online.descriptor(of: key, at: first) else {
            Issue.record("no descriptor through file://")
            return
        }
        #expect(descriptor.dependencies.map(\.key.name) == ["http"])
        let cache = GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem)
        #expect(fixture.fileSystem.isFile(cache.tagFile(for: source)))
        #expect(fixture.fileSystem.isDirectory(cache.repository(for: source)))
        // Nothing half-written is left next to the cache entries.
        #expect(try fixture.fileSystem.contentsOfDirectory(PathName.join(cache.directory, "tags")).allSatisfy { !$0.hasPrefix(".") })
        #expect(try fixture.fileSystem.contentsOfDirectory(PathName.join(cache.directory, "repos")).allSatisfy { !$0.hasPrefix(".") })

        // The origin disappears: offline still answers from the cache.
        try fixture.fileSystem.removeItem(path)
        let offline = ReleaseCatalog(registry: nil, gitSources: [source], reader: reader(fixture, .offline), decoder: PackageDescriptor.dependencies(of:))
        #expect(try offline.releases(of: key)?.versions.map(\.description) == ["v1.0.0", "v1.0.1"])
        guard case .found = try offline.descriptor(of: key, at: first) else {
            Issue.record("offline descriptor not served from the cached repository")
            return
        }
        // Refreshing needs the origin, and says which source failed.
        let refreshing = ReleaseCatalog(registry: nil, gitSources: [source], reader: reader(fixture, .refresh), decoder: PackageDescriptor.dependencies(of:))
        #expect(throws: VersionSourceError.self) { try refreshing.releases(of: key) }
    }

    @Test("offline without a cache names the source")
    func offlineWithoutCache() throws {
        let fixture = try GitFixture()
        let path = try fixture.package("a", [("v1.0.0", [])])
        let source = GitSource(name: "a", location: "file://" + path, baseDirectory: "/")
        do {
            _ = try reader(fixture, .offline).tags(source)
            Issue.record("expected an error")
        } catch {
            #expect(error.sourceName == "a")
            #expect(error.description == "cannot read source 'a' at 'file://\(path)': its tags are not in the cache; run once without '--offline'")
        }
        // A repository on disk needs no network: offline reads it directly.
        #expect(try reader(fixture, .offline).tags(GitSource(name: "a", location: path, baseDirectory: "/")).map(\.tag) == ["v1.0.0"])
    }

    @Test("an unreachable source is an error naming it, with git's reason")
    func unreachable() throws {
        let fixture = try GitFixture()
        let missing = PathName.join(fixture.root, "no-such-repo")
        do {
            _ = try reader(fixture, .preferCache).tags(GitSource(name: "ghost", location: missing, baseDirectory: "/"))
            Issue.record("expected an error")
        } catch {
            #expect(error.sourceName == "ghost")
            #expect(error.detail.contains("does not appear to be a git repository"))
        }
    }

    @Test("refuses transports that could run commands")
    func refusesExtTransport() throws {
        let fixture = try GitFixture()
        let marker = PathName.join(fixture.root, "pwned")
        do {
            _ = try reader(fixture, .preferCache).tags(GitSource(name: "evil", location: "ext::sh -c touch% \(marker)", baseDirectory: "/"))
            Issue.record("expected an error")
        } catch {
            #expect(error.sourceName == "evil")
        }
        #expect(!fixture.fileSystem.exists(marker))
    }

    @Test("ignores a corrupt cache file with a warning and reads the source again")
    func corruptCache() throws {
        let fixture = try GitFixture()
        let path = try fixture.package("a", [("v1.0.0", []), ("v1.1.0", [])])
        let source = GitSource(name: "a", location: "file://" + path, baseDirectory: "/")
        let cache = GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem)
        for garbage in ["{\"format\": 1, \"location\": ", "[]", "{\"format\": 1, \"location\": \"elsewhere\", \"tags\": []}", "\u{0}\u{1}binary"] {
            try fixture.fileSystem.createDirectory(PathName.parent(cache.tagFile(for: source)))
            try fixture.fileSystem.writeFileAtomically(cache.tagFile(for: source), Array(garbage.utf8))
            let reader = reader(fixture, .preferCache)
            #expect(try reader.tags(source).map(\.tag) == ["v1.0.0", "v1.1.0"])
            #expect(reader.warnings.count == 1)
            #expect(reader.warnings.first?.severity == .warning)
            #expect(reader.warnings.first?.message.hasPrefix("ignoring cache file '\(cache.tagFile(for: source))' for 'a'") == true)
            // ... and the cache is repaired.
            #expect(cache.read(source).tags?.map(\.tag) == ["v1.0.0", "v1.1.0"])
        }
    }

    @Test("a FIFO or a link leading out of the cache folder is ignored with a warning, never waited on or read")
    func hostileCache() throws {
        let fixture = try GitFixture()
        let path = try fixture.package("a", [("v1.0.0", [])])
        let source = GitSource(name: "a", location: "file://" + path, baseDirectory: "/")
        let cache = GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem)
        let tagFile = cache.tagFile(for: source)
        try fixture.fileSystem.createDirectory(PathName.parent(tagFile))
        mkfifo(tagFile, 0o644)
        let offline = reader(fixture, .offline)
        #expect(throws: VersionSourceError.self) { try offline.tags(source) }
        #expect(offline.warnings.map(\.message) == ["ignoring cache file '\(tagFile)' for 'a': it is a named pipe (FIFO), not a regular file"])
        // A link to a tag list outside the cache folder (here a valid one) is not read either,
        // and the cache is not written through it.
        let outside = PathName.join(fixture.root, "outside.json")
        try fixture.fileSystem.writeFileAtomically(outside, Array(#"{"format": 1, "location": "file://\#(path)", "tags": [{"tag": "v9.9.9", "object": "0"}]}"#.utf8))
        unlink(tagFile)
        symlink(outside, tagFile)
        let linked = reader(fixture, .preferCache)
        #expect(try linked.tags(source).map(\.tag) == ["v1.0.0"])
        #expect(linked.warnings.map(\.message) == [
            "ignoring cache file '\(tagFile)' for 'a': 'tags/\(source.cacheKey).json' is a symbolic link that leads outside the cache folder",
            "cannot write the tag cache: '\(tagFile)' is a symbolic link, which is not followed",
        ])
        #expect(try fixture.fileSystem.readFile(outside).count > 0)
    }

    @Test("reads descriptors at any number of tags, batched within the output limit; a too large one is named, not read")
    func manyAndLargeDescriptors() throws {
        let fixture = try GitFixture()
        func descriptor(_ version: String, padding: Int) -> String {
            #"{"name": "big", "label": "Big", "description": "\#(String(repeating: "x", count: padding))", "dependencies": [], "configuration": []}"#
        }
        var tags = (0..<60).map { GitFixture.Tag(name: "v1.0.\($0)", descriptor: descriptor("v1.0.\($0)", padding: 2_000)) }
        tags.append(GitFixture.Tag(name: "v2.0.0", descriptor: descriptor("v2.0.0", padding: 40_000)))
        let path = try fixture.repository("big", tags)
        // Runs may print 16 KB, so the 60 descriptors (120 KB) take several batches of at most
        // 8 KB, and files over 8 KB are not read. In one batch the output would be cut short.
        let client = GitClient(runner: ProcessRunner(outputLimit: 16 << 10), fileLimit: 20 << 10)
        let reader = GitSourceReader(client: client, cache: GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem),
                                     policy: .preferCache)
        let source = GitSource(name: "big", location: path, baseDirectory: "/")
        let listed = try reader.tags(source)
        #expect(listed.count == 61)
        let contents = try reader.files("package.json", of: source, at: listed.map(\.object))
        let found = contents.compactMap { content -> [UInt8]? in
            if case .found(let bytes) = content { return bytes }
            return nil
        }
        #expect(found.count == 60)
        #expect(found.allSatisfy { $0.count > 2_000 })
        let large = listed.firstIndex { $0.tag == "v2.0.0" }.map { contents[$0] }
        #expect(large == .tooLarge(size: descriptor("v2.0.0", padding: 40_000).utf8.count))
        // Resolution cannot use that release, and says why.
        let catalog = ReleaseCatalog(registry: nil, gitSources: [source], reader: reader, decoder: PackageDescriptor.dependencies(of:))
        let key = DependencyKey(.package, "big")
        let release = try #require(try catalog.releases(of: key)?.releases.first { $0.tag == "v2.0.0" })
        if case .unreadable(let why) = try catalog.descriptor(of: key, at: release) {
            #expect(why == "\(descriptor("v2.0.0", padding: 40_000).utf8.count) bytes, over the limit of 8192 bytes")
        } else {
            Issue.record("expected v2.0.0 to be unreadable")
        }
        // A client printing too much for its limit says so instead of reading part of it.
        let tiny = GitClient(runner: ProcessRunner(outputLimit: 1 << 10))
        #expect(throws: GitError("git ls-remote printed more than 1024 bytes")) { try tiny.remoteTags(path) }
    }

    @Test("uses the cached tag list of a URL until asked to refresh; a path is always read live")
    func cacheThenRefresh() throws {
        let fixture = try GitFixture()
        let path = try fixture.package("a", [("v1.0.0", [])])
        let source = GitSource(name: "a", location: "file://" + path, baseDirectory: "/")
        #expect(try reader(fixture, .preferCache).tags(source).map(\.tag) == ["v1.0.0"])
        try fixture.git(["-C", path, "tag", "v1.1.0", "v1.0.0"])
        #expect(try reader(fixture, .preferCache).tags(source).map(\.tag) == ["v1.0.0"])
        #expect(try reader(fixture, .preferCache).tags(GitSource(name: "a", location: path, baseDirectory: "/")).map(\.tag) == ["v1.0.0", "v1.1.0"])
        #expect(try reader(fixture, .refresh).tags(source).map(\.tag) == ["v1.0.0", "v1.1.0"])
        #expect(try reader(fixture, .offline).tags(source).map(\.tag) == ["v1.0.0", "v1.1.0"])
    }

    @Test("recognises URLs and makes relative paths absolute", arguments: [
        ("https://github.com/slingr-stack/oauth-package.git", true, "https://github.com/slingr-stack/oauth-package.git"),
        ("git@github.com:slingr-stack/oauth-package.git", true, "git@github.com:slingr-stack/oauth-package.git"),
        ("file:///srv/git/a", true, "file:///srv/git/a"),
        ("../repos/a", false, "/work/repos/a"),
        ("/abs/a", false, "/abs/a"),
    ])
    func locations(location: String, isURL: Bool, resolved: String) {
        let source = GitSource(name: "a", location: location, baseDirectory: "/work/pkg")
        #expect(source.isLocalPath == !isURL)
        #expect(source.location == resolved)
    }

    @Test("names cache entries readably and uniquely")
    func cacheKeys() {
        let one = GitSource(name: "a", location: "https://host/org/oauth-package.git", baseDirectory: "/")
        let two = GitSource(name: "a", location: "https://other/org/oauth-package.git", baseDirectory: "/")
        #expect(one.cacheKey.hasPrefix("oauth-package-"))
        #expect(one.cacheKey != two.cacheKey)
        #expect(GitSource(name: "a", location: "/", baseDirectory: "/").cacheKey.hasPrefix("repo-"))
    }
}
