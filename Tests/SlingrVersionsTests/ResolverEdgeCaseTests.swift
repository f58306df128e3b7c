import SlingrDiagnostics
import Testing
import SlingrPackage
@testable import SlingrVersions

/// Limits, unknown names, self-dependencies and the tree view, over real git repositories.
@Suite("Resolver edge cases", .enabled(if: TestSupport.gitIsAvailable()))
struct ResolverEdgeCaseTests {
    typealias Dependencies = [(DependencyKind, String, String)]

    private func resolve(_ fixture: GitFixture, root: String, _ dependencies: Dependencies, sources: [String],
                         stepLimit: Int = 100_000) throws -> Resolution {
        let cache = GitTagCache(directory: PathName.join(fixture.root, "cache"), fileSystem: fixture.fileSystem)
        let reader = GitSourceReader(client: GitClient(), cache: cache, policy: .preferCache)
        let catalog = ReleaseCatalog(registry: nil, gitSources: sources.map { GitSource(name: $0, location: $0, baseDirectory: fixture.root) }, reader: reader, decoder: PackageDescriptor.dependencies(of:))
        let declarations = PackageDescriptor.dependencies(of: SourceFile(path: "package.json", text: GitFixture.descriptor(root, dependencies))).dependencies
        return try Resolver(provider: catalog, stepLimit: stepLimit).resolve(rootName: root, dependencies: declarations)
    }

    @Test("a transitive dependency no source lists is a conflict naming it")
    func unknownTransitive() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "ghost", "^v1.0.0")])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "v1.0.0")], sources: ["a"])
        #expect(resolution.conflict?.message == "a v1.0.0 depends on ghost ^v1.0.0; no source lists 'ghost'")
        #expect(!resolution.succeeded)
    }

    @Test("gives up after the step limit with a clear reason")
    func stepLimit() throws {
        let fixture = try GitFixture()
        try fixture.package("a", (0..<6).map { ("v1.0.\($0)", [(.package, "b", "v9.0.0")]) })
        try fixture.package("b", [("v1.0.0", [])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "^v1.0.0")], sources: ["a", "b"], stepLimit: 3)
        #expect(resolution.conflict?.message == "gave up after trying 3 versions")
        let unlimited = try resolve(fixture, root: "app", [(.package, "a", "^v1.0.0")], sources: ["a", "b"])
        #expect(unlimited.conflict?.message.hasPrefix("a v1.0.5 depends on b v9.0.0; no released version of b satisfies it") == true)
        #expect(unlimited.conflict?.alsoTried.count == 5, "the other five releases of a are listed as notes")
    }

    @Test("a package that lists itself is a cycle")
    func selfDependency() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "a", "^v1.0.0")])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "v1.0.0")], sources: ["a"])
        #expect(resolution.cycles == [["a v1.0.0", "a v1.0.0"]])
    }

    @Test("prints a shared package's dependencies once and marks the repeat")
    func treeDeduplicates() throws {
        let fixture = try GitFixture()
        try fixture.package("a", [("v1.0.0", [(.package, "shared", "^v1.0.0")])])
        try fixture.package("b", [("v1.0.0", [(.package, "shared", "^v1.0.0")])])
        try fixture.package("shared", [("v1.2.0", [(.package, "leaf", "v1.0.0")])])
        try fixture.package("leaf", [("v1.0.0", [])])
        let resolution = try resolve(fixture, root: "app", [(.package, "a", "^v1.0.0"), (.package, "b", "^v1.0.0")],
                                     sources: ["a", "b", "shared", "leaf"])
        #expect(ResolveReport.tree(resolution) == """
        app
        ├── a ^v1.0.0 -> v1.0.0
        │   └── shared ^v1.0.0 -> v1.2.0
        │       └── leaf v1.0.0 -> v1.0.0
        └── b ^v1.0.0 -> v1.0.0
            └── shared ^v1.0.0 -> v1.2.0 (deduped)

        """)
    }

    @Test("explains a three-way conflict and keeps the root's requirement first")
    func threeWay() throws {
        let fixture = try GitFixture()
        try fixture.package("x", [("v1.0.0", [(.package, "c", "~v1.1.0")])])
        try fixture.package("y", [("v1.0.0", [(.package, "c", "~v1.2.0")])])
        try fixture.package("c", [("v1.1.0", []), ("v1.2.0", []), ("v1.3.0", [])])
        let resolution = try resolve(fixture, root: "app", [(.package, "c", "^v1.0.0"), (.package, "x", "v1.0.0"), (.package, "y", "v1.0.0")],
                                     sources: ["x", "y", "c"])
        #expect(resolution.conflict?.message == "app depends on c ^v1.0.0; x v1.0.0 depends on c ~v1.1.0; y v1.0.0 depends on c ~v1.2.0; no version of c satisfies all of them")
    }
}
