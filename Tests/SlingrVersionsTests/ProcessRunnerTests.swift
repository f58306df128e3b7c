import Testing
@testable import SlingrVersions

@Suite("Process runner")
struct ProcessRunnerTests {
    let runner = ProcessRunner(timeoutMilliseconds: 20_000)

    @Test("captures stdout, stderr and the exit status separately")
    func captures() throws {
        let output = try runner.run("/bin/sh", ["-c", "printf out; printf err >&2; exit 3"])
        #expect(output.stdoutText == "out")
        #expect(output.stderrText == "err")
        #expect(output.status == 3)
        #expect(!output.timedOut)
    }

    @Test("passes arguments verbatim, never through a shell")
    func noShell() throws {
        let hostile = "x; echo injected $(id) `id` | cat > /dev/null"
        let output = try runner.run("printf", ["%s", hostile])
        #expect(output.stdoutText == hostile)
    }

    @Test("feeds large input while draining large output, without deadlock")
    func largeInput() throws {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        let output = try runner.run("cat", [], input: input)
        #expect(output.status == 0)
        #expect(output.stdout.count == input.count)
    }

    @Test("applies environment overrides on top of the inherited environment")
    func environment() throws {
        let output = try runner.run("/bin/sh", ["-c", "printf '%s' \"$SLINGR_TEST_VALUE\""], environment: ["SLINGR_TEST_VALUE": "it works"])
        #expect(output.stdoutText == "it works")
    }

    @Test("kills a child that runs past the time limit")
    func timeout() throws {
        let output = try ProcessRunner(timeoutMilliseconds: 200).run("sleep", ["30"])
        #expect(output.timedOut)
        #expect(output.status == 128 + 9)
    }

    @Test("reports a missing executable as an error")
    func missingExecutable() {
        #expect(throws: ProcessRunnerError.self) { try runner.run("slingr-no-such-program-\(UInt32.random(in: 0...UInt32.max))", []) }
    }

    @Test("survives a child that exits without reading its input")
    func childIgnoresInput() throws {
        let output = try runner.run("true", [], input: [UInt8](repeating: 0, count: 4 << 20))
        #expect(output.status == 0)
    }
}
