import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrPackage

/// Runs the JavaScript of every generated package through `node --check`, all in one node
/// process (which checks each file with a child `node --check`), and every icon through
/// Python's zlib, in one python process. Skipped with a message when the tool is absent.
@Suite("Generated packages pass external checkers")
struct GeneratedScriptChecks {
    static func generatedTree() throws -> (root: String, files: [String]) {
        let root = try ScaffoldTestSupport.temporaryDirectory()
        // node looks for the nearest package.json above a script to tell its module type; stop
        // the search here, whatever the folders above hold.
        try ScaffoldTestSupport.write([GeneratedFile(path: "package.json", text: "{}\n")], under: root)
        var paths: [String] = []
        for (name, options) in ScaffoldTestSupport.optionCombinations {
            let files = try Scaffolder.newPackage(options)
            try ScaffoldTestSupport.write(files, under: PathName.join(root, name))
            paths += files.map { PathName.join(PathName.join(root, name), $0.path) }
        }
        // `add` output too: every kind, into a copy of one fixture.
        let fileSystem = InMemoryFileSystem(files: ["/pkg/package.json": try String(contentsOfFile: ScaffoldTestSupport.fixture("indent-4/package.json"), encoding: .utf8)])
        let adder = PackageAdder(fileSystem: fileSystem, directory: "/pkg", displayDirectory: "pkg")
        for request in [AddRequest.flowStep(name: "addedStep", label: nil), .uiService(name: "addedService", label: "Added 'service'"),
                        .script(name: "addedScript"), .listener(name: "addedListener", label: "Added */ listener")] {
            let change = try adder.plan(request)
            try ScaffoldTestSupport.write(change.createdFiles + [GeneratedFile(path: "package.json", bytes: change.descriptor)],
                                          under: PathName.join(root, "added"))
            paths += change.createdFiles.map { PathName.join(PathName.join(root, "added"), $0.path) }
        }
        return (root, paths)
    }

    @Test("every generated .js file passes node --check")
    func nodeCheck() throws {
        guard let node = ScaffoldTestSupport.executable("node") else {
            print("skipped: node not found, generated scripts not checked")
            return
        }
        let (root, paths) = try Self.generatedTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let scripts = paths.filter { $0.hasSuffix(".js") }
        #expect(scripts.count >= 17)
        let checker = """
        const { spawnSync } = require('child_process');
        for (const file of process.argv.slice(1)) {
            const result = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
            console.log((result.status === 0 ? 'ok ' : 'FAILED ') + file + (result.status === 0 ? '' : '\\n' + result.stderr));
        }
        """
        let result = try ScaffoldTestSupport.run(node, ["-e", checker] + scripts)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").filter { $0.hasPrefix("ok ") || $0.hasPrefix("FAILED ") }
        #expect(lines.count == scripts.count, "\(result.output)")
        #expect(!result.output.contains("FAILED"), "\(result.output)")
    }

    @Test("every generated icon.png decodes with python's zlib")
    func iconsDecode() throws {
        guard let python = ScaffoldTestSupport.executable("python3") else {
            print("skipped: python3 not found, generated icons not decoded")
            return
        }
        let (root, paths) = try Self.generatedTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let icons = paths.filter { $0.hasSuffix(".png") }
        let result = try ScaffoldTestSupport.run(python, ["-c", PNGCheckScript.source] + icons)
        #expect(result.status == 0, "\(result.output)")
        let sizes = result.output.split(separator: "\n")
        #expect(sizes.count == icons.count)
        for (path, size) in zip(icons, sizes) {
            #expect(size == (path.hasSuffix("icon48.png") ? "ok 48x48" : "ok 18x18"), "\(path)")
        }
    }
}
