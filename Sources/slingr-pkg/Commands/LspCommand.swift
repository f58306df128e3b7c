import SlingrDiagnostics
import SlingrLanguageServer
import SlingrRuntime

/// `slingr-pkg lsp`: the language server on standard input and output, for editors. Everything
/// it does is in SlingrLanguageServer; this only connects it to the process's streams.
enum LspCommand: Command {
    static let spec = CommandSpec(
        name: "lsp",
        abstract: "Run the language server (Language Server Protocol over standard input and output).",
        discussion: "Editors start this command and talk to it; it is not meant to be typed. It reports lint findings as you type (unsaved text included, cross-file rules too), offers the fixes as quick fixes and a \"fix all\" for the file, completes descriptor keys and values (typeOptions keys for the field's type), config.<field> and utils. in expression strings, dependencies., pkg.<package>.<library>., config. and sys. in scripts and rule ids in .slingr-pkg.json, explains findings, keys and values on hover (an expression with its value under the default configuration), and goes to the definition of metadata paths, config fields, library functions and steps. Each document belongs to the package found from its folder as git finds a repository, so a workspace may hold several packages. Exit status: 0 after the client's shutdown and exit, 1 when input ends or exit comes without shutdown.",
        options: [
            OptionSpec("stdio", help: "Talk over standard input and output (the default and only transport; accepted because editors pass it)."),
            OptionSpec("debounce", valueName: "ms", help: "Quiet time after a change before the package is linted again.", defaultValue: "5"),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let text = arguments.value("debounce") ?? "5"
        guard let debounce = Int(text), debounce >= 0, debounce <= 10_000 else {
            return SlingrPkg.usageError("'--debounce' needs a number of milliseconds from 0 to 10000, not '\(text)'", command: spec, context: context)
        }
        let output = FrameWriter(context.stdout)
        let server = LanguageServer(options: .init(catalogue: .complete, debounceMilliseconds: debounce, version: SlingrPkg.version),
                                    fileSystem: context.fileSystem, send: { output.write($0) })
        var whole: [UInt8]? = context.readStandardInputPiece == nil ? context.readStandardInput() : nil
        let readPiece: () -> [UInt8]? = context.readStandardInputPiece ?? {
            defer { whole = nil }
            return whole
        }
        while let piece = readPiece() {
            if case .exited(let code) = server.receive(piece) {
                server.waitUntilIdle()
                return code == 0 ? .success : .failure
            }
        }
        return server.endOfInput() == 0 ? .success : .failure
    }
}

/// Standard output as the server's writer. The server calls it from its one queue only, one
/// whole frame at a time, so frames never interleave.
private final class FrameWriter: @unchecked Sendable {
    private let sink: OutputSink

    init(_ sink: OutputSink) { self.sink = sink }

    func write(_ bytes: [UInt8]) { sink.write(bytes: bytes) }
}
