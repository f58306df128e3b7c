import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// Our syntax errors against node 20's: wherever both report their first error at the same
/// place, the messages must be the same (`Unexpected token ';'`, `Unexpected end of input`,
/// `Invalid left-hand side in assignment`, ...). Broken programs of the usual kinds, the
/// broken fixtures and the mutants of the differential corpus. Skipped, with a message, when
/// node is not installed.
@Suite("Syntax messages against node", .serialized)
struct SyntaxMessageDifferentialTests {
    /// node's first error for each source (nil when it compiles): message, 1-based line and
    /// 0-based column (where the caret of its report starts; the end of the line for EOF).
    static let errorScript = """
        const vm = require('vm');
        const fs = require('fs');
        const sources = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const out = sources.map(source => {
          try { new vm.Script(source); return null; } catch (error) {
            const lines = String(error.stack).split('\\n');
            const line = Number((lines[0].match(/:(\\d+)$/) || [0, 0])[1]);
            const caret = lines[2] || '';
            let column = caret.indexOf('^');
            if (column < 0) column = caret.length;
            return [String(error.message), line, column];
          }
        });
        process.stdout.write(JSON.stringify(out));
        """

    struct Comparison {
        var sameLocation = 0
        var differentLocation = 0
        var problems: [String] = []
    }

    /// Compares our first error with node's for every source.
    static func compare(_ sources: [String]) throws -> Comparison {
        let output = try NodeRunner.run(script: errorScript, input: NodeRunner.jsonArray(sources))
        let decoded = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any] ?? []
        #expect(decoded.count == sources.count, "node answered for \(decoded.count) of \(sources.count) programs")
        var comparison = Comparison()
        for (index, source) in sources.enumerated() where index < decoded.count {
            guard let theirs = decoded[index] as? [Any], theirs.count == 3, let message = theirs[0] as? String,
                  let line = theirs[1] as? Int, let column = theirs[2] as? Int,
                  let ours = JavaScriptParser.parseProgram(source).errors.first else { continue }
            guard ours.line == line, ours.column == column else {
                comparison.differentLocation += 1
                continue
            }
            comparison.sameLocation += 1
            // V8 names a sloppy-mode future reserved word (`a implements`) 'undefined'; we name it.
            if message == "Unexpected identifier 'undefined'", !ours.message.contains("undefined") { continue }
            if ours.message != message {
                comparison.problems.append("at \(line):\(column) ours '\(ours.message)', node '\(message)' in:\n\(source)")
            }
        }
        return comparison
    }

    @Test("broken programs of the usual kinds: same messages as node, and mostly at the same place")
    func brokenPrograms() throws {
        guard NodeRunner.isAvailable else {
            print("skipped: node not found")
            return
        }
        let comparison = try Self.compare(BrokenPrograms.all)
        #expect(comparison.problems.isEmpty, "\(comparison.problems.count) messages differ; first: \(comparison.problems.first ?? "")")
        // The comparison only means something where the locations agree: they must, mostly.
        #expect(comparison.sameLocation * 10 >= BrokenPrograms.all.count * 9,
                "only \(comparison.sameLocation) of \(BrokenPrograms.all.count) errors at node's location")
    }

    @Test("broken fixtures and mutants: same messages as node where the location agrees")
    func fixturesAndMutants() throws {
        guard NodeRunner.isAvailable else {
            print("skipped: node not found")
            return
        }
        let sources = SyntaxFixtures.all.filter { $0.expectedErrors != nil }.map(\.source) + NodeDifferentialTests.corpus.mutants
        let comparison = try Self.compare(sources)
        #expect(comparison.problems.isEmpty, "\(comparison.problems.count) messages differ; first: \(comparison.problems.first ?? "")")
        #expect(comparison.sameLocation >= comparison.differentLocation * 5,
                "\(comparison.sameLocation) errors at node's location, \(comparison.differentLocation) elsewhere")
    }

    @Test("one mistake, one error: no cascade after the first")
    func noCascades() {
        var cascades: [String] = []
        for source in BrokenPrograms.all {
            let errors = JavaScriptParser.parseProgram(source).errors
            if errors.count > 1 { cascades.append("\(source.debugDescription): \(errors.map(\.description))") }
        }
        #expect(cascades.isEmpty, "\(cascades.count) programs with one mistake give several errors; first: \(cascades.first ?? "")")
    }
}
