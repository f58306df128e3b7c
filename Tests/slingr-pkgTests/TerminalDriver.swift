import Foundation
import SlingrDiagnostics

/// Runs the built `slingr-pkg` on a real pseudo-terminal, driven by Python's `pty` module, for
/// the commands that behave differently on a terminal (`configure`, interactive `new`).
enum TerminalDriver {
    /// The debug binary next to the test bundle (SwiftPM builds it with the tests).
    static var binary: String? {
        let fileSystem = LocalFileSystem()
        let candidates = [
            PathName.join(PathName.parent(CommandLine.arguments.first ?? ""), "slingr-pkg"),
            PathName.join(PackageRoot.path, ".build/debug/slingr-pkg"),
        ]
        return candidates.first { fileSystem.isFile($0) }
    }

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { LocalFileSystem().isFile($0) }
    }

    /// Runs the binary on a pseudo-terminal in `directory`; `script` is a list of (wait for this
    /// text, then send these bytes). Returns the exit status (negative: killed by that signal)
    /// and the terminal's output.
    static func run(_ arguments: [String], in directory: String = PackageRoot.path, script: [(String, String)]) throws -> (status: Int, output: String) {
        guard let python, let binary else { throw Skip() }
        let driver = """
        import json, os, pty, select, signal, sys, time
        argv = json.loads(sys.argv[1]); steps = json.loads(sys.argv[2])
        pid, fd = pty.fork()
        if pid == 0:
            # As from a shell: no signal blocked or ignored (the test runner's mask is inherited).
            signal.pthread_sigmask(signal.SIG_SETMASK, [])
            for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT, signal.SIGHUP):
                signal.signal(number, signal.SIG_DFL)
            os.chdir(argv[0]); os.execv(argv[1], argv[1:])
        out = b''
        deadline = time.time() + 20
        def read_until(text, start):
            global out
            while out.find(text.encode(), start) < 0 and time.time() < deadline:
                ready, _, _ = select.select([fd], [], [], 0.2)
                if ready:
                    try:
                        chunk = os.read(fd, 4096)
                    except OSError:
                        return
                    if not chunk:
                        return
                    out += chunk
        seen = 0
        for wait, send in steps:
            read_until(wait, seen)
            seen = max(seen, out.find(wait.encode(), seen) + len(wait))
            os.write(fd, send.encode())
        status = None
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            else:
                reaped, status = os.waitpid(pid, os.WNOHANG)
                if reaped != 0:
                    break
                status = None
        if status is None:
            for _ in range(10):
                reaped, status = os.waitpid(pid, os.WNOHANG)
                if reaped != 0:
                    break
                status = None
                time.sleep(0.1)
        if status is None:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
        print(json.dumps({"status": code, "output": out.decode("utf-8", "replace")}))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        let argv = try JSONSerialization.data(withJSONObject: [directory, binary] + arguments)
        let steps = try JSONSerialization.data(withJSONObject: script.map { [$0.0, $0.1] })
        process.arguments = ["-c", driver, String(decoding: argv, as: UTF8.self), String(decoding: steps, as: UTF8.self)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((result?["status"] as? Int) ?? 99, (result?["output"] as? String) ?? "")
    }

    struct Skip: Error {}
}
