import SlingrDiagnostics
import SlingrJSON
@testable import SlingrVersions

/// Real git repositories in a temporary folder: one commit and tag per release, each with its
/// own `package.json`. Built with `git fast-import` (one process per repository) and fixed
/// commit dates, so object ids are the same on every run.
final class GitFixture {
    let root: String
    let fileSystem = LocalFileSystem()
    let runner = ProcessRunner(timeoutMilliseconds: 30_000)

    init() throws {
        root = try fileSystem.makeTemporaryDirectory(in: "/tmp", prefix: "slingr-versions-test")
    }

    deinit { try? fileSystem.removeItem(root) }

    struct Tag {
        var name: String
        /// `nil` makes a release without a `package.json`.
        var descriptor: String?
        var annotated = false
    }

    /// Creates `root/<directory>` with the given tags, in order; returns its path.
    @discardableResult
    func repository(_ directory: String, _ tags: [Tag]) throws -> String {
        let path = PathName.join(root, directory)
        try git(["init", "--quiet", "--", path])
        var stream = ""
        var mark = 0
        for (index, tag) in tags.enumerated() {
            mark += 1
            let commitMark = mark
            stream += "commit refs/heads/main\nmark :\(commitMark)\ncommitter t <t@t> \(1_600_000_000 + index) +0000\n"
            stream += Self.data("release \(tag.name)")
            stream += "deleteall\n"
            if let descriptor = tag.descriptor {
                stream += "M 100644 inline package.json\n" + Self.data(descriptor)
            } else {
                stream += "M 100644 inline README.md\n" + Self.data("no descriptor")
            }
            stream += "\n"
            if tag.annotated {
                stream += "tag \(tag.name)\nfrom :\(commitMark)\ntagger t <t@t> \(1_600_000_000 + index) +0000\n" + Self.data("annotated")
            } else {
                stream += "reset refs/tags/\(tag.name)\nfrom :\(commitMark)\n\n"
            }
        }
        try git(["-C", path, "fast-import", "--quiet"], input: stream)
        return path
    }

    /// A package with releases `versions`, each with the same dependencies.
    @discardableResult
    func package(_ name: String, _ releases: [(String, [(DependencyKind, String, String)])]) throws -> String {
        try repository(name, releases.map { Tag(name: $0.0, descriptor: Self.descriptor(name, $0.1)) })
    }

    static func descriptor(_ name: String, _ dependencies: [(DependencyKind, String, String)]) -> String {
        JSONOutput.object([
            ("label", .string(name)),
            ("name", .string(name)),
            ("dependencies", .array(dependencies.map { dependency in
                .object([("type", .string(dependency.0.rawValue)), ("name", .string(dependency.1)), ("version", .string(dependency.2))])
            })),
            ("configuration", .array([])),
        ]).rendered(indent: 2) + "\n"
    }

    func git(_ arguments: [String], input: String = "") throws {
        let output = try runner.run("git", arguments, input: Array(input.utf8), environment: ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"])
        guard output.status == 0 else { throw GitError("git \(arguments.joined(separator: " ")): \(output.stderrText)") }
    }

    private static func data(_ text: String) -> String {
        "data \(text.utf8.count)\n\(text)\n"
    }
}
