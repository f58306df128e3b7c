import SlingrDiagnostics
import Testing
import SlingrPackage
@testable import SlingrVersions

/// Transitive resolution over real git repositories (local paths) built for each test.
@Suite("Resolver over git repositories", .enabled(if: TestSupport.gitIsAvailable()))
struct ResolverGitTests {
    typealias Dependencies = [(DependencyKind, String, String)]

    /// Builds the catalog the CLI would build: git sources by name, a cache in the fixture.
    private func resolve(_ fixture: GitFixture, root: String, _ dependencies: Dependencies, sources: [String: String],
                         registry: RegistryFile? = nil) throws -> Resolution {
        let cache = GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem)
        let reader = GitSourceReader(client: GitClient(), cache: cache, policy: .preferCache)
        let gitSources = sources.keys.sorted().map { GitSource(name: $0, location: sources[$0] ?? "", baseDirectory: fixture.root) }
        let catalog = ReleaseCatalog(registry: registry, gitSources: gitSources, reader: reader, decoder: PackageDescriptor.dependencies(of:))
        let declarations = PackageDescriptor.dependencies(of: SourceFile(path: "package.json", text: GitFixture.descriptor(root, dependencies))).dependencies
        return try Resolver(provider: catalog).resolve(rootName: root, dependencies: declarations)
    }

    private func selected(_ resolution: Resolution) -> [String: String] {
        var result: [String: String] = [:]
        for (key, release) in resolution.graph?.selections ?? [:] { result[key.name] = release.version.description }
        return result
    }

    @Test("resolves a diamond to the highest version both sides accept")
    func diamond() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "c", "^v1.0.0")]), ("v1.1.0", [(.package, "c", "^v1.0.0")])])
        try fixture.package("b", [("v1.0.0", [(.package, "c", "~v1.2.0")])])
        try fixture.package("c", [("v1.0.0", []), ("v1.2.0", []), ("v1.2.5", []), ("v1.3.0", []), ("v2.0.0", [])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "^v1.0.0"), (.package, "b", "^v1.0.0")],
                                     sources: ["a": "a", "b": "b", "c": "c"])
        #expect(resolution.succeeded)
        #expect(selected(resolution) == ["a": "v1.1.0", "b": "v1.0.0", "c": "v1.2.5"])
        #expect(resolution.conflict == nil && resolution.cycles.isEmpty)
        #expect(resolution.direct.map { $0.latest?.version.description } == ["v1.1.0", "v1.0.0"])
    }

    @Test("explains an unsatisfiable graph as a chain of facts")
    func conflict() throws {
        let fixture = try GitFixture()
        try fixture.package("versionTest", ["v1.0.0", "v1.0.1", "v1.0.2", "v1.0.3", "v1.0.4"].map { ($0, []) })
        try fixture.package("nesteddep1", ["v1.0.0", "v1.0.1", "v1.0.2", "v1.0.3", "v1.0.4"].map { ($0, [(.package, "versionTest", "v2.0.0")]) })
        let resolution = try resolve(fixture, root: "packageTest",
                                     [(.package, "versionTest", "v1.0.0"), (.package, "nesteddep1", "v1.0.4")],
                                     sources: ["versionTest": "versionTest", "nesteddep1": "nesteddep1"])
        #expect(!resolution.succeeded)
        #expect(resolution.graph == nil)
        let conflict = try #require(resolution.conflict)
        #expect(conflict.key.name == "versionTest")
        #expect(conflict.message == "packageTest depends on versionTest v1.0.0; nesteddep1 v1.0.4 depends on versionTest v2.0.0; "
            + "no version of versionTest satisfies both (versionTest has no release matching 'v2.0.0')")
        #expect(resolution.diagnostics.contains { $0.ruleId == "version-conflict" && $0.severity == .error && $0.message == conflict.message })
        // Each direct requirement is satisfiable on its own.
        #expect(resolution.direct.allSatisfy { $0.status == .resolved })
    }

    @Test("backtracks to an older release that fits the rest of the graph")
    func backtracks() throws {
        let fixture = try GitFixture()
        try fixture.package("versionTest", [("v1.0.0", []), ("v1.0.1", []), ("v2.0.0", [])])
        try fixture.package("nesteddep1", [
            ("v1.0.2", [(.package, "versionTest", "^v1.0.0")]),
            ("v1.0.3", [(.package, "versionTest", "^v1.0.0")]),
            ("v1.0.4", [(.package, "versionTest", "v2.0.0")]),
        ])
        let resolution = try resolve(fixture, root: "packageTest",
                                     [(.package, "nesteddep1", "^v1.0.0"), (.package, "versionTest", "~v1.0.0")],
                                     sources: ["versionTest": "versionTest", "nesteddep1": "nesteddep1"])
        #expect(resolution.succeeded)
        #expect(selected(resolution) == ["nesteddep1": "v1.0.3", "versionTest": "v1.0.1"])
        let nested = try #require(resolution.direct.first)
        #expect(nested.highest?.version.description == "v1.0.4")
        #expect(nested.selected?.version.description == "v1.0.3")
    }

    @Test("reports cycles between packages and back to the root")
    func cycles() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "b", "^v1.0.0")])])
        try fixture.package("b", [("v1.0.0", [(.package, "a", "^v1.0.0")])])
        try fixture.package("c", [("v1.0.0", [(.package, "app", "^v1.0.0")])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "v1.0.0"), (.package, "c", "v1.0.0")],
                                     sources: ["a": "a", "b": "b", "c": "c"])
        #expect(!resolution.succeeded)
        #expect(resolution.cycles == [["a v1.0.0", "b v1.0.0", "a v1.0.0"], ["app", "c v1.0.0", "app"]])
        #expect(resolution.diagnostics.contains { $0.message == "dependency cycle: a v1.0.0 -> b v1.0.0 -> a v1.0.0" })
    }

    @Test("treats services as leaves and warns when the graph asks for incompatible ones")
    func services() throws {
        let fixture = try GitFixture()
        try fixture.package("oauth", [("v1.0.32", [(.service, "http", "v1.7.0")])])
        let registry = RegistryFile(services: ["http": ReleaseList(tags: ["v1.3.7", "v1.7.0", "v1.8.5", "v1.9.1"])])
        let resolution = try resolve(fixture, root: "github", [(.service, "http", "v1.8.5"), (.package, "oauth", "v1.0.32")],
                                     sources: ["oauth": "oauth"], registry: registry)
        #expect(resolution.succeeded)
        let oauthEdges = try #require(resolution.graph?.edges[DependencyKey(.package, "oauth")])
        #expect(oauthEdges.map { $0.release?.version.description } == ["v1.7.0"])
        let warning = try #require(resolution.diagnostics.first { $0.ruleId == "service-versions-differ" })
        #expect(warning.message == "github depends on service http v1.8.5; oauth v1.0.32 depends on service http v1.7.0; no single release of http satisfies all of them")
    }

    @Test("rejects a candidate whose transitive service requirement cannot be met")
    func unsatisfiableService() throws {
        let fixture = try GitFixture()
        try fixture.package("oauth", [("v1.0.1", [(.service, "http", "v1.7.0")]), ("v1.0.2", [(.service, "http", "v9.0.0")])])
        let registry = RegistryFile(services: ["http": ReleaseList(tags: ["v1.7.0"])])
        let resolution = try resolve(fixture, root: "github", [(.package, "oauth", "^v1.0.0")], sources: ["oauth": "oauth"], registry: registry)
        #expect(resolution.succeeded)
        #expect(selected(resolution) == ["oauth": "v1.0.1"])
    }

    @Test("says which requirement has no release at all")
    func missingRelease() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "b", "^v3.0.0")])])
        try fixture.package("b", [("v1.0.0", []), ("v2.0.0", [])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "^v1.0.0")], sources: ["a": "a", "b": "b"])
        #expect(resolution.conflict?.message == "a v1.0.0 depends on b ^v3.0.0; no released version of b satisfies it; releases: v1.0.0, v2.0.0")
    }

    @Test("keeps a malformed transitive requirement from being chosen")
    func malformedTransitive() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "b", "^v1.0.0")]), ("v1.1.0", [(.package, "b", "v^1.0.0")])])
        try fixture.package("b", [("v1.0.0", [])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "^v1.0.0")], sources: ["a": "a", "b": "b"])
        #expect(resolution.succeeded)
        #expect(selected(resolution) == ["a": "v1.0.0", "b": "v1.0.0"])
    }
}
