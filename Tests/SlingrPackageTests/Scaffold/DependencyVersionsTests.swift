import SlingrDiagnostics
import Testing
@testable import SlingrPackage

@Suite("Dependency versions for scaffolding")
struct DependencyVersionsTests {
    static func fixtureFileSystem() throws -> InMemoryFileSystem {
        let local = LocalFileSystem()
        let fileSystem = InMemoryFileSystem()
        for relative in [".slingr-pkg.json", "package.json", "versions/registry.json"] {
            try fileSystem.createDirectory(PathName.parent("/work/pkg/\(relative)"))
            try fileSystem.writeFileAtomically("/work/pkg/\(relative)", try local.readFile(ScaffoldTestSupport.fixture("with-registry/\(relative)")))
        }
        return fileSystem
    }

    @Test("the latest release in the registry wins over the defaults; pre-releases and non-versions never")
    func registryVersions() throws {
        let versions = try DependencyVersions.configured(forPackageAt: "/work/pkg", displayDirectory: "pkg", fileSystem: try Self.fixtureFileSystem())
        #expect(versions.registryPath == "pkg/versions/registry.json")
        #expect(versions.version(for: "http", kind: .service) == "^v2.0.0")
        #expect(versions.version(for: "oauth", kind: .package) == "^v1.1.0")
        #expect(versions.version(for: "pdf", kind: .service) == "^v1.4.2")
        // A registry lists services and packages apart; an unknown name falls back to the
        // defaults, which are for services (http, pdf, ftp) or packages (oauth) only.
        #expect(versions.version(for: "pdf", kind: .package) == nil)
        #expect(versions.version(for: "ftp", kind: .service) == "^v1.0.4")
        #expect(versions.version(for: "ftp", kind: .package) == nil)
        #expect(versions.version(for: "nothing", kind: .package) == nil)
        #expect(DependencyVersions.defaults.version(for: "http", kind: .service) == "^v1.9.1")
        #expect(DependencyVersions.defaults.version(for: "oauth", kind: .package) == "^v1.0.36")
    }

    @Test("add dependency takes its version from the configured registry")
    func addUsesRegistry() throws {
        let fileSystem = try Self.fixtureFileSystem()
        let versions = try DependencyVersions.configured(forPackageAt: "/work/pkg", displayDirectory: "pkg", fileSystem: fileSystem)
        let change = try PackageAdder(fileSystem: fileSystem, directory: "/work/pkg", displayDirectory: "pkg", versions: versions)
            .plan(.dependency(name: "oauth", type: nil, version: nil))
        #expect(String(decoding: change.descriptor, as: UTF8.self).contains("\"version\": \"^v1.1.0\""))
        #expect(change.summary == ["added dependency 'oauth' ^v1.1.0 to 'dependencies' in pkg/package.json"])
    }

    @Test("no configuration means the defaults; broken configuration or registry is refused")
    func configurationProblems() throws {
        let empty = InMemoryFileSystem(files: ["/work/pkg/package.json": "{}"])
        #expect(try DependencyVersions.configured(forPackageAt: "/work/pkg", displayDirectory: "pkg", fileSystem: empty).registry == nil)
        let cases: [(String, String?, String)] = [
            (#"{"registry": 3}"#, nil, "'pkg/.slingr-pkg.json': 'registry' must be a non-empty string (a path inside the package), not a number"),
            (#"{"registry": "missing.json"}"#, nil, "cannot read registry 'pkg/missing.json': no such file or directory"),
            (#"{"registry": "../r.json"}"#, nil, "'pkg/.slingr-pkg.json': 'registry' must name a file inside the repository ('..' leads outside the repository); a registry elsewhere can only be given on the command line (--registry)"),
            (#"{"registry": "/work/r.json"}"#, nil, "'pkg/.slingr-pkg.json': 'registry' must name a file inside the repository (an absolute path outside the repository); a registry elsewhere can only be given on the command line (--registry)"),
            (#"{"registry": "r.json""#, nil, "'pkg/.slingr-pkg.json' is not valid JSON; fix it or give the version with --version"),
            (#"{"registry": "r.json"}"#, #"{"services": {"http": [1]}}"#, "registry 'pkg/r.json' has errors (1:24: tag 0 of 'http' must be a string; found number)"),
        ]
        for (configuration, registry, message) in cases {
            var files = ["/work/pkg/package.json": "{}", "/work/pkg/.slingr-pkg.json": configuration]
            if let registry { files["/work/pkg/r.json"] = registry }
            #expect(throws: ScaffoldError(.conflict, message)) {
                try DependencyVersions.configured(forPackageAt: "/work/pkg", displayDirectory: "pkg", fileSystem: InMemoryFileSystem(files: files))
            }
        }
    }

    @Test("new takes http and oauth versions from a registry")
    func newUsesRegistry() throws {
        var options = NewPackageOptions(name: "billing")
        options.http = true
        options.oauth = true
        options.versions = try DependencyVersions.loading(registry: "/work/pkg/versions/registry.json", displayPath: "registry.json",
                                                          fileSystem: try Self.fixtureFileSystem())
        let descriptor = try #require(try Scaffolder.newPackage(options).first { $0.path == "package.json" })
        let text = String(decoding: descriptor.bytes, as: UTF8.self)
        #expect(text.contains("\"version\": \"^v2.0.0\""))
        #expect(text.contains("\"version\": \"^v1.1.0\""))
    }
}
