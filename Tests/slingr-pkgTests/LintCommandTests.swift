#if canImport(Glibc)
import Glibc
#endif
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// Lint end to end on real directories: fixes written to disk, symbolic links, several
/// repositories at once.
@Suite("lint on disk")
struct LintCommandTests {
    /// A copy of a fixture repository in a fresh temporary directory.
    static func copy(_ fixture: String) throws -> String {
        let fileSystem = LocalFileSystem()
        let directory = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-lint")
        func copyTree(_ from: String, _ to: String) throws {
            try fileSystem.createDirectory(to)
            for name in try fileSystem.contentsOfDirectory(from) {
                let source = PathName.join(from, name)
                if fileSystem.isDirectory(source) {
                    try copyTree(source, PathName.join(to, name))
                } else {
                    try fileSystem.writeFileAtomically(PathName.join(to, name), try fileSystem.readFile(source))
                }
            }
        }
        let target = PathName.join(directory, "repo")
        try copyTree(PathName.join(PackageRoot.path, fixture), target)
        return target
    }

    @Test("--fix writes the fixes and the second run no longer reports them")
    func fixWrites() throws {
        let repository = try Self.copy("Fixtures/lint/broken")
        defer { try? LocalFileSystem().removeItem(PathName.parent(repository)) }
        let before = CLIHarness.run(["lint", "--format", "json", repository])
        #expect(before.stdout.contains("\"boolean-as-string\""))
        let fixed = CLIHarness.run(["lint", "--fix", repository])
        #expect(fixed.stderr.contains("applied 4 fixes in 2 files"), "\(fixed.stderr)")
        let after = CLIHarness.run(["lint", "--format", "json", repository])
        for rule in ["boolean-as-string", "version-syntax", "\"unreferenced-component\",\n      \"severity\": \"warning\",\n      \"message\": \"flowStep"] {
            #expect(!after.stdout.contains(rule), "\(rule) still reported")
        }
        let descriptor = String(decoding: try LocalFileSystem().readFile(PathName.join(repository, "package.json")), as: UTF8.self)
        #expect(descriptor.contains(#""version": "^v1.0.34""#))
        #expect(descriptor.contains(#""path": "/flowSteps/orphan""#))
    }

    @Test("--fix --dry-run changes nothing on disk")
    func dryRun() throws {
        let repository = try Self.copy("Fixtures/lint/broken")
        defer { try? LocalFileSystem().removeItem(PathName.parent(repository)) }
        let original = try LocalFileSystem().readFile(PathName.join(repository, "package.json"))
        let result = CLIHarness.run(["lint", "--fix", "--dry-run", repository])
        #expect(result.stdout.contains("+++ b/"))
        #expect(try LocalFileSystem().readFile(PathName.join(repository, "package.json")) == original)
    }

    @Test("a symbolic link out of the repository is reported and never read")
    func symlinkEscape() throws {
        let repository = try Self.copy("Fixtures/packages/sample")
        defer { try? LocalFileSystem().removeItem(PathName.parent(repository)) }
        let outside = PathName.join(PathName.parent(repository), "outside")
        try LocalFileSystem().createDirectory(outside)
        try LocalFileSystem().writeFileAtomically(PathName.join(outside, "api.js"), Array("MARKER-NOT-READ(".utf8))
        try LocalFileSystem().removeItem(PathName.join(repository, "scripts"))
        symlink(outside, PathName.join(repository, "scripts"))
        let result = CLIHarness.run(["lint", "--format", "json", repository])
        #expect(result.stdout.contains("\"path-escapes-repository\""))
        #expect(result.stdout.contains("'scripts' is a symbolic link that leads outside the repository"))
        #expect(!(result.stdout + result.stderr).contains("MARKER"))
        // The metadata entry reports the link; the folder is not reported a second time.
        #expect(!result.stdout.contains("unreadable-file"))
        #expect(result.status == 1)
    }

    @Test("a step folder that is a link out of the repository is one finding, not also an unlisted component")
    func oneFindingPerCause() throws {
        let repository = try Self.copy("Fixtures/packages/sample")
        defer { try? LocalFileSystem().removeItem(PathName.parent(repository)) }
        let outside = PathName.join(PathName.parent(repository), "outside-step")
        try LocalFileSystem().createDirectory(outside)
        try LocalFileSystem().writeFileAtomically(PathName.join(outside, "step.json"), Array(#"{"label": "MARKER", "name": "createContact"}"#.utf8))
        try LocalFileSystem().removeItem(PathName.join(repository, "flowSteps/createContact"))
        symlink(outside, PathName.join(repository, "flowSteps/createContact"))
        let result = CLIHarness.run(["lint", "--format", "json", repository])
        #expect(result.stdout.components(separatedBy: "\"path-escapes-repository\"").count == 2, "one finding for the link")
        #expect(!result.stdout.contains("\"unreferenced-component\""))
        #expect(!result.stdout.contains("\"step-files\""))
        #expect(!(result.stdout + result.stderr).contains("MARKER"))
    }

    @Test("several repositories are reported in the order given, whatever the scheduling")
    func severalRepositories() {
        let one = CLIHarness.run(["lint", "--format", "json", "Fixtures/lint/broken", "Fixtures/packages/sample", "Fixtures/lint/configured"])
        for _ in 0..<5 {
            #expect(CLIHarness.run(["lint", "--format", "json", "Fixtures/lint/broken", "Fixtures/packages/sample", "Fixtures/lint/configured"]).stdout == one.stdout)
        }
    }

    @Test("exit status follows --fail-level and --max-warnings")
    func exitStatus() {
        #expect(CLIHarness.run(["lint", "Fixtures/packages/sample"]).status == 0)
        #expect(CLIHarness.run(["lint", "Fixtures/lint/broken"]).status == 1)
        #expect(CLIHarness.run(["lint", "--config", "Fixtures/lint/warnings-only.json", "Fixtures/lint/broken"]).status == 0)
        #expect(CLIHarness.run(["lint", "--config", "Fixtures/lint/warnings-only.json", "--fail-level", "warning", "Fixtures/lint/broken"]).status == 1)
        #expect(CLIHarness.run(["lint", "--config", "Fixtures/lint/warnings-only.json", "--max-warnings", "100", "Fixtures/lint/broken"]).status == 0)
        #expect(CLIHarness.run(["lint", "--config", "Fixtures/lint/warnings-only.json", "--max-warnings", "1", "Fixtures/lint/broken"]).status == 1)
        #expect(CLIHarness.run(["lint", "Fixtures/nope"]).status == 2)
    }
}
