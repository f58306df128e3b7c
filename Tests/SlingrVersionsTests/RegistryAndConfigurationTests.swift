import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrPackage
@testable import SlingrVersions

@Suite("Registry files, configuration and descriptor dependencies")
struct RegistryAndConfigurationTests {
    private func registry(_ name: String) throws -> (RegistryFile?, [Diagnostic]) {
        let path = TestSupport.fixture("registry/\(name)")
        return RegistryFile.parse(try LocalFileSystem().sourceFile(path, displayPath: name))
    }

    @Test("reads packages and services, leniently per tag")
    func readsRegistry() throws {
        let (file, diagnostics) = try registry("registry.json")
        #expect(diagnostics.isEmpty)
        let registry = try #require(file)
        #expect(registry.releases(of: DependencyKey(.service, "http"))?.latest?.version.description == "v1.9.1")
        #expect(registry.releases(of: DependencyKey(.package, "http")) == nil)
        let flowspace = try #require(registry.releases(of: DependencyKey(.package, "flowspace")))
        #expect(flowspace.versions.map(\.description) == ["v0.0.1", "v0.0.2"])
        #expect(flowspace.skipped.map(\.tag) == ["develop", "v.0.0.5"])
        let endicia = try #require(registry.packages["endicia"])
        #expect(endicia.versions.map(\.description) == ["v2.0.0", "v2.0.1-dev", "v2.0.9-dev", "v2.0.10-dev", "v3.0.0"])
        #expect(registry.packages["beta"]?.latest?.version.description == "v0.1.0-rc.2", "only pre-releases: the highest is shown")
        #expect(registry.packages["empty"]?.latest == nil)
    }

    @Test("locates every type error in a registry file and keeps the good entries")
    func malformedRegistry() throws {
        let (file, diagnostics) = try registry("malformed-registry.json")
        #expect(diagnostics.map(\.message) == [
            "tags of 'oauth' must be an array of strings; found string",
            "tag 1 of 'utils' must be a string; found number",
            "tag 2 of 'utils' must be a string; found null",
            "'services' must be an object mapping names to tag lists; found array",
        ])
        #expect(diagnostics.map { $0.location?.description ?? "" } == ["3:14", "4:25", "4:28", "6:15"])
        #expect(diagnostics.map { $0.pointer ?? "" } == ["/packages/oauth", "/packages/utils/1", "/packages/utils/2", "/services"])
        #expect(file?.packages["utils"]?.versions.map(\.description) == ["v1.0.0"])
    }

    @Test("reads registry and sources from .slingr-pkg.json, ignoring lint keys")
    func configuration() throws {
        let text = """
        {
          "rules": {"unknown-field-type": "warning"},
          "registry": "registry.json",
          "sources": {"oauth": "https://github.com/slingr-stack/oauth-package.git", "utils": "../utils", "bad": 3},
          "ignore": ["scripts/vendor/**"]
        }
        """
        let source = SourceFile(path: ".slingr-pkg.json", text: text)
        let (configuration, diagnostics) = ProjectSettings.read(source).sourceConfiguration()
        #expect(configuration.registry == "registry.json")
        #expect(configuration.sources.map(\.name) == ["oauth", "utils"])
        #expect(configuration.sources.map(\.location) == ["https://github.com/slingr-stack/oauth-package.git", "../utils"])
        #expect(diagnostics.map(\.message) == ["source 'bad' must be a non-empty string (a git URL or path), not a number"])
        #expect(diagnostics.first?.location == SourceLocation(line: 4, column: 105))
        #expect(diagnostics.first?.pointer == "/sources/bad")
    }

    @Test("reports wrong types of registry and sources", arguments: [
        (#"{"registry": 1}"#, "'registry' must be a non-empty string (a path inside the package), not a number"),
        (#"{"registry": ""}"#, "'registry' must be a non-empty string (a path inside the package), not an empty string"),
        (#"{"sources": ["a"]}"#, "'sources' must be an object mapping dependency names to git URLs or paths, not an array"),
        (#"[]"#, "the settings file must hold a JSON object, not an array"),
    ])
    func configurationErrors(text: String, message: String) throws {
        let source = SourceFile(path: ".slingr-pkg.json", text: text)
        #expect(ProjectSettings.read(source).sourceConfiguration().diagnostics.map(\.message) == [message])
    }

    @Test("reads dependencies with their locations and reports unreadable entries as validation does")
    func dependencies() throws {
        let text = """
        {
          "name": "sharepoint",
          "dependencies": [
            {"type": "service", "name": "http", "version": "v1.2.6", "instanceId": "shared"},
            {"type": "package", "name": "oauth", "version": "v^1.0.19"},
            {"type": "widget", "name": "x", "version": "v1.0.0"},
            {"type": "package", "name": "y"},
            {"type": "package", "name": "z", "version": 1},
            "oops"
          ]
        }
        """
        let source = SourceFile(path: "package.json", text: text)
        let read = PackageDescriptor.dependencies(of: source)
        #expect(read.packageName == "sharepoint")
        #expect(read.dependencies.map(\.key) == [DependencyKey(.service, "http"), DependencyKey(.package, "oauth")])
        #expect(read.dependencies.map(\.pointer.description) == ["/dependencies/0", "/dependencies/1"])
        #expect(read.dependencies[0].parsedRequirement?.description == "v1.2.6")
        #expect(read.dependencies[1].parsedRequirement == nil)
        #expect(read.diagnostics.map(\.message) == [
            "malformed version 'v^1.0.19'; the prefix goes before the 'v': '^v1.0.19'",
            "invalid type 'widget' in dependency 'x'; expected one of: service, package",
            "dependency 'y' is missing required key 'version'",
            "'version' of dependency 'z' must be a string, not a number",
            "dependency must be an object, not a string",
        ])
        #expect(read.diagnostics.map(\.ruleId) == ["version-syntax", "invalid-value", "missing-key", "wrong-type", "wrong-type"])
        let versionRange = try #require(read.dependencies[1].versionRange)
        #expect(String(decoding: source.bytes[versionRange.start..<versionRange.end], as: UTF8.self) == "\"v^1.0.19\"")
        #expect(read.diagnostics[0].location == SourceLocation(line: 5, column: 54))
    }
}
