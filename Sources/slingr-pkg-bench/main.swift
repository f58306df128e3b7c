import Foundation
import SlingrDiagnostics

/// `slingr-pkg-bench <workload>`: measures the tool in a release build and, where a peer
/// exists on the machine (Foundation's JSONSerialization, node), runs it on the same data in
/// the same run and prints the ratio. Workloads register here with one line.
let workloads: [(name: String, summary: String, run: ([String]) -> Int32)] = [
    ("json", "located JSON parser vs JSONSerialization on a large descriptor; validate wall time", JSONBenchmark.run),
    ("lint", "lint a typical package from a cold process; a 500-package monorepo on one and all cores", LintBenchmark.run),
    ("script", "interpreter one-shot/repeated evaluation and parse throughput vs node", ScriptBenchmark.run),
    ("preview", "preview the sample package from a cold process (text, json, --build)", PreviewBenchmark.run),
    ("run", "run a typical flow step from a cold process vs node with the same stubs", RunBenchmark.run),
    ("versions", "1,000 requirements against 10,000 versions vs npm semver maxSatisfying", VersionsBenchmark.run),
    ("linear", "inputs that used to take quadratic time, at 1x and 10x their size", LinearBenchmark.run),
    ("lsp", "language server: didChange to publishDiagnostics for a typical package, 100 edits", LanguageServerBenchmark.run),
    ("test262", "the test262 subset in process on every core: pass rates per folder (or node's)", Test262Benchmark.run),
]

ProcessMemory.retainFreedMemory()
// A peer (node) that exits early must not kill the benchmark while it writes the peer's input.
signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let workload = workloads.first(where: { $0.name == name }) else {
    print("usage: slingr-pkg-bench <workload> [options]\n\nworkloads:")
    for workload in workloads { print("  \(workload.name.padding(toLength: 10, withPad: " ", startingAt: 0))\(workload.summary)") }
    exit(arguments.isEmpty ? 0 : 2)
}
exit(workload.run(Array(arguments.dropFirst())))
