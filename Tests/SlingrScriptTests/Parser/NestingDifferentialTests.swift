import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// Chains and nestings of every kind, generated at sizes up to the documented nesting limit:
/// every program node accepts must parse here, and one level beyond the limit must give the
/// documented error at the token that opens that level. The node half is skipped, with a
/// message, when node is not installed.
@Suite("Nesting and chains against node", .serialized)
struct NestingDifferentialTests {
    static let limit = JavaScriptParser.Options().maximumNestingDepth
    static let depths = [1, 2, 10, 100, limit]

    static let programs: [NestingProgram] = NestingPrograms.kinds.indices.flatMap { kind in
        depths.map { NestingPrograms.program(kind: kind, depth: $0) }
    }

    /// Our first error for each program, parsed on a large stack (debug builds need it).
    static func firstErrors(_ sources: [String]) -> [SyntaxError?] {
        LargeStack.run { sources.map { JavaScriptParser.parseProgram($0).errors.first } }
    }

    @Test("nesting up to the limit parses, and node accepts it too")
    func upToTheLimit() throws {
        let ours = Self.firstErrors(Self.programs.map(\.source))
        for (program, error) in zip(Self.programs, ours) {
            #expect(error == nil, "\(program.kind) at depth \(program.depth): \(error.map(\.description) ?? "")")
        }
        guard NodeRunner.isAvailable else {
            print("skipped the node comparison: node not found")
            return
        }
        let verdicts = try NodeDifferentialTests.nodeVerdicts(Self.programs.map(\.source))
        #expect(verdicts.count == Self.programs.count)
        for (index, program) in Self.programs.enumerated() where index < verdicts.count {
            // The documented limit promises that node accepts every kind this deep.
            #expect(verdicts[index] == nil, "node rejects \(program.kind) at depth \(program.depth): \(verdicts[index] ?? "")")
            if verdicts[index] == nil {
                #expect(ours[index] == nil, "node accepts \(program.kind) at depth \(program.depth), we do not")
            }
        }
    }

    @Test("one level beyond the limit is the nesting error, at the token that opens that level")
    func beyondTheLimit() {
        let programs = NestingPrograms.kinds.indices.map { NestingPrograms.program(kind: $0, depth: Self.limit + 1) }
        let errors = LargeStack.run { programs.map { JavaScriptParser.parseProgram($0.source).errors } }
        for (program, found) in zip(programs, errors) {
            let expected = SyntaxError(
                message: JavaScriptParser.nestingMessage(limit: Self.limit), offset: program.deepestOpening,
                in: SourceFile(path: "nesting", text: program.source))
            #expect(found == [expected], "\(program.kind): \(found.prefix(2).map(\.description)), expected \(expected)")
        }
    }

    @Test("chains node accepts parse, however long")
    func chains() throws {
        let sources = NestingPrograms.chains.map(\.source)
        let ours = sources.map { JavaScriptParser.parseProgram($0).errors.first }
        for (chain, error) in zip(NestingPrograms.chains, ours) {
            #expect(error == nil, "\(chain.name): \(error.map(\.description) ?? "")")
        }
        guard NodeRunner.isAvailable else {
            print("skipped the node comparison: node not found")
            return
        }
        let verdicts = try NodeDifferentialTests.nodeVerdicts(sources)
        for (index, chain) in NestingPrograms.chains.enumerated() where index < verdicts.count {
            #expect(verdicts[index] == nil, "node rejects the \(chain.name): \(verdicts[index] ?? "")")
        }
    }
}
