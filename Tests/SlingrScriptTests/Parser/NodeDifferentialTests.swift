import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// The parser against node 20: V8 (`vm.Script`) decides which programs are valid, acorn (inside
/// node) what their trees look like. Skipped, with a message, when node is not installed.
@Suite("Differential tests against node", .serialized)
struct NodeDifferentialTests {
    static let generatedCount = 2_000
    static let mutantCount = 3_000

    /// The generated programs and mutants with our parse results, computed once for all tests.
    struct Corpus: Sendable {
        var generated: [String] = []
        var mutants: [String] = []
        /// Our first error for each of `generated + mutants` (nil when valid).
        var firstErrors: [SyntaxError?] = []
        /// ESTree JSON of each valid ASCII generated program, by index into `generated`.
        var trees: [Int: String] = [:]
    }

    /// Valid-by-construction programs from seeds 1...count, plus mutants of them and of the
    /// fixtures (seeded too, so failures reproduce).
    static let corpus: Corpus = {
        var corpus = Corpus()
        for seed in 1...generatedCount {
            var generator = ProgramGenerator(seed: UInt64(seed))
            corpus.generated.append(generator.program())
        }
        let originals = corpus.generated + SyntaxFixtures.all.map(\.source)
        var mutator = ProgramMutator(seed: 20_240_601)
        var random = SplitMix64(seed: 7)
        for _ in 0..<mutantCount {
            var program = random.pick(originals)
            for _ in 0..<(1 + random.below(2)) { program = mutator.mutate(program) }
            corpus.mutants.append(program)
        }
        for (index, program) in (corpus.generated + corpus.mutants).enumerated() {
            let source = SourceFile(path: "generated", text: program)
            let result = JavaScriptParser.parseProgram(source)
            corpus.firstErrors.append(result.errors.first)
            if index < corpus.generated.count, result.isValid, program.utf8.allSatisfy({ $0 < 0x80 }) {
                corpus.trees[index] = ESTreeDumper.json(of: result.tree, source: source)
            }
        }
        return corpus
    }()

    /// V8's verdicts: nil when `vm.Script` compiles the source, else its message.
    ///
    /// node 20 aborts on a few invalid programs (an assertion while decorating the SyntaxError,
    /// e.g. for `class A { static ...*m() {} }`). The error path is the only one that decorates,
    /// so such a program counts as rejected; when a batch crashes it is split to find it, which
    /// costs a few extra node processes only in that case.
    static func nodeVerdicts(_ sources: [String]) throws -> [String?] {
        guard !sources.isEmpty else { return [] }
        let output = try NodeRunner.run(script: NodeRunner.verdictScript, input: NodeRunner.jsonArray(sources))
        if let decoded = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any], decoded.count == sources.count {
            return decoded.map { $0 as? String }
        }
        if sources.count == 1 { return ["node crashed while reporting a syntax error"] }
        let middle = sources.count / 2
        return try nodeVerdicts(Array(sources[..<middle])) + nodeVerdicts(Array(sources[middle...]))
    }

    /// Compares our valid/invalid verdict (`ours[i]` is our first error) with V8's for every
    /// source; describes each disagreement.
    static func disagreements(_ sources: [String], ours: [SyntaxError?], label: String) throws -> [String] {
        let verdicts = try nodeVerdicts(sources)
        #expect(verdicts.count == sources.count, "node returned \(verdicts.count) verdicts for \(sources.count) programs")
        var problems: [String] = []
        for (index, source) in sources.enumerated() where index < verdicts.count {
            let theirs = verdicts[index]
            if (ours[index] == nil) != (theirs == nil) {
                problems.append("""
                    \(label) #\(index): ours \(ours[index].map { "rejects: \($0)" } ?? "accepts"), \
                    node \(theirs.map { "rejects: \($0)" } ?? "accepts")
                    ---
                    \(source)
                    ---
                    """)
            }
        }
        return problems
    }

    @Test("valid/invalid verdicts of the fixtures match node")
    func fixtureVerdicts() throws {
        guard NodeRunner.isAvailable else {
            print("skipped: node not found")
            return
        }
        let sources = SyntaxFixtures.all.map(\.source)
        let ours = sources.map { JavaScriptParser.parseProgram($0).errors.first }
        let problems = try Self.disagreements(sources, ours: ours, label: "fixture")
        if let first = problems.first {
            Issue.record("\(problems.count) disagreements with node; first:\n\(first)")
        }
    }

    @Test("verdicts on 2,000 generated programs and 3,000 mutants match node")
    func generatedVerdicts() throws {
        guard NodeRunner.isAvailable else {
            print("skipped: node not found")
            return
        }
        let corpus = Self.corpus
        let problems = try Self.disagreements(corpus.generated + corpus.mutants, ours: corpus.firstErrors, label: "program")
        if let first = problems.first {
            Issue.record("\(problems.count) disagreements with node; first:\n\(first)")
        }
        // The corpus must exercise both outcomes substantially.
        let validGenerated = corpus.firstErrors.prefix(corpus.generated.count).filter { $0 == nil }.count
        let invalidMutants = corpus.firstErrors.suffix(corpus.mutants.count).filter { $0 != nil }.count
        #expect(validGenerated >= corpus.generated.count / 2)
        #expect(invalidMutants >= corpus.mutants.count / 3)
    }

    @Test("trees of valid fixtures and generated programs equal acorn's")
    func treesMatchAcorn() throws {
        guard NodeRunner.isAvailable else {
            print("skipped: node not found")
            return
        }
        var pairs: [String] = []
        var labels: [String] = []
        // Offsets are UTF-8 in our trees and UTF-16 in acorn's: compare ASCII sources only.
        for fixture in SyntaxFixtures.valid where fixture.isASCII && !fixture.acornRejects {
            let source = SourceFile(path: fixture.name, text: fixture.source)
            let result = JavaScriptParser.parseProgram(source)
            pairs.append("[\(NodeRunner.jsonString(fixture.source)),\(NodeRunner.jsonString(ESTreeDumper.json(of: result.tree, source: source)))]")
            labels.append(fixture.name)
        }
        let fixtureCount = pairs.count
        let corpus = Self.corpus
        for index in corpus.trees.keys.sorted() {
            guard let tree = corpus.trees[index] else { continue }
            pairs.append("[\(NodeRunner.jsonString(corpus.generated[index])),\(NodeRunner.jsonString(tree))]")
            labels.append("generated #\(index)")
        }
        #expect(pairs.count - fixtureCount >= corpus.generated.count / 2)
        let output = try NodeRunner.run(script: NodeRunner.astScript, input: "[" + pairs.joined(separator: ",") + "]")
        let results = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any] ?? []
        #expect(results.count == pairs.count)
        var problems: [String] = []
        for (index, result) in results.enumerated() {
            if let difference = result as? String { problems.append("\(labels[index]): \(difference)") }
        }
        #expect(fixtureCount >= 20)
        if let first = problems.first {
            Issue.record("\(problems.count) trees differ from acorn's; first: \(first)")
        }
    }
}
