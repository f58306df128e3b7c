import Foundation
import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime
import Testing
@testable import slingr_pkg

/// The completion scripts in the real shells: each is loaded the way its install line says and
/// asked to complete the same command lines, in the sample package with the built tool on PATH
/// (so flow step names come from `slingr-pkg completion --list steps` as they would for a user).
/// bash through its programmable completion (COMP_WORDS split at '=' as bash splits them,
/// `_slingr_pkg`, COMPREPLY), fish through `complete -C`, zsh through its completion system
/// in an interactive shell on a pseudo-terminal. A shell that is not installed is skipped with
/// a message.
@Suite("Shell completion scripts")
struct CompletionScriptTests {
    /// A command line completed with the cursor at its end, and the words the shells offer.
    struct Case: Sendable {
        var line: String
        var offered: Set<String>
    }

    static let sample = PathName.join(PackageRoot.path, "Fixtures/packages/sample")

    /// A text with what quoting must survive: quotes, backslashes, a dollar, a glob.
    static let awkward = #"the package's \ path: "$HOME" \n *.js"#

    static var cases: [Case] {
        let severities: Set<String> = ["off", "note", "warning", "error"]
        return [
            Case(line: "slingr-pkg li", offered: ["lint"]),
            Case(line: "slingr-pkg co", offered: ["configure", "completion"]),
            Case(line: "slingr-pkg -", offered: ["--help", "-h", "--version"]),
            Case(line: "slingr-pkg help li", offered: ["lint"]),
            Case(line: "slingr-pkg help r", offered: ["rules", "resolve", "run", "runtime"]),
            Case(line: "slingr-pkg lint --f", offered: ["--format", "--fail-level", "--fix"]),
            Case(line: "slingr-pkg lint --format ", offered: Set(FindingsFormat.names)),
            Case(line: "slingr-pkg lint --format=j", offered: ["json"]),
            Case(line: "slingr-pkg lint --fail-level w", offered: ["warning"]),
            Case(line: "slingr-pkg lint --rule step-icon-s", offered: severities),
            Case(line: "slingr-pkg lint --rule step-icon-size=w", offered: ["warning"]),
            Case(line: "slingr-pkg lint --config pack", offered: ["package.json"]),
            Case(line: "slingr-pkg rules step-icon", offered: Set(RuleCatalogue.complete.ids.filter { $0.hasPrefix("step-icon") })),
            Case(line: "slingr-pkg run ", offered: ["step", "function", "listener"]),
            Case(line: "slingr-pkg run step ", offered: ["createContact"]),
            Case(line: "slingr-pkg run --format json step c", offered: ["createContact"]),
            Case(line: "slingr-pkg run -C . step ", offered: ["createContact"]),
            Case(line: "slingr-pkg run function ", offered: ["api.createContact", "api.getContact"]),
            Case(line: "slingr-pkg run listener d", offered: ["defaultWebhookAcmecrm"]),
            Case(line: "slingr-pkg run --format json function api.g", offered: ["api.getContact"]),
            Case(line: "slingr-pkg run -C fl", offered: ["flowSteps"]),
            Case(line: "slingr-pkg run -C ../../runtime/acme function u", offered: ["utils.basicAuth", "utils.verifySignature"]),
            Case(line: "slingr-pkg run --package=../../runtime/acme function api.r", offered: ["api.renameContact"]),
            Case(line: "slingr-pkg preview ../../runtime/acme --step ", offered: ["createContact"]),
            Case(line: "slingr-pkg preview ../../lint --step ", offered: []),
            Case(line: "slingr-pkg preview --step ", offered: ["createContact"]),
            Case(line: "slingr-pkg validate --kind ", offered: ["package", "step", "ui-service"]),
            Case(line: "slingr-pkg add ", offered: Set(AddCommand.kinds)),
            Case(line: "slingr-pkg add field x --type dr", offered: ["dropDown"]),
            Case(line: "slingr-pkg outdated --policy b", offered: ["bugfix", "bug-fixes"]),
            Case(line: "slingr-pkg schema ", offered: Set(SchemaKind.allCases.map(\.rawValue))),
            Case(line: "slingr-pkg completion ", offered: ["bash", "zsh", "fish"]),
            Case(line: "slingr-pkg validate --color a", offered: ["auto", "always"]),
        ]
    }

    /// What a word comes to once offered: bash offers what replaces the text after the last
    /// '=' of the word, fish and zsh may offer the whole word; folders may end with '/'.
    static func normalized(_ word: String) -> String {
        var text = word
        if let equals = text.lastIndex(of: "=") { text = String(text[text.index(after: equals)...]) }
        if text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Runs a program found on PATH with the built tool's folder first on PATH; nil when the
    /// program is not installed or the tool is not built.
    static func run(_ arguments: [String], in directory: String = sample, environment extra: [String: String] = [:]) -> (status: Int32, stdout: String, stderr: String)? {
        guard let binary = TerminalDriver.binary else { return nil }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = PathName.parent(binary) + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        for (key, value) in extra { environment[key] = value }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { return nil }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: problem, as: UTF8.self))
    }

    /// A new temporary folder holding the script of `shell`; the caller removes the folder.
    static func scratch(_ shell: String) throws -> (folder: String, script: String) {
        let folder = try LocalFileSystem().makeTemporaryDirectory(in: NSTemporaryDirectory(), prefix: "completion-" + shell)
        let printed = CLIHarness.run(["completion", shell])
        #expect(printed.status == 0 && printed.stderr.isEmpty, "\(printed.stderr)")
        let path = PathName.join(folder, "slingr-pkg." + shell)
        try LocalFileSystem().writeFileAtomically(path, Array(printed.stdout.utf8))
        return (folder, path)
    }

    /// Splits the output of a driver into the words offered per case (`== <label>` lines start
    /// a case).
    static func offered(_ output: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        var current: String?
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("== ") {
                current = String(line.dropFirst(3))
                result[current ?? ""] = []
            } else if let current, !line.isEmpty {
                result[current, default: []].insert(line)
            }
        }
        return result
    }

    static func check(_ shell: String, _ results: [String: Set<String>], label: (Int) -> String) {
        for (index, item) in cases.enumerated() {
            guard let words = results[label(index)] else {
                Issue.record("\(shell): no answer for '\(item.line)'")
                continue
            }
            #expect(Set(words.map(normalized)) == item.offered, "\(shell) completing '\(item.line)' offers \(words.sorted())")
        }
    }

    /// A command line as bash's COMP_WORDS holds it: split at blanks, and at '=' (which is in
    /// COMP_WORDBREAKS), the '=' a word of its own; a final blank gives an empty last word.
    static func bashWords(_ line: String) -> [String] {
        var words: [String] = []
        for blankSeparated in line.split(separator: " ", omittingEmptySubsequences: false) {
            var piece = ""
            for character in blankSeparated {
                if character == "=" {
                    if !piece.isEmpty { words.append(piece) }
                    words.append("=")
                    piece = ""
                } else {
                    piece.append(character)
                }
            }
            if !piece.isEmpty || blankSeparated.isEmpty { words.append(piece) }
        }
        return words
    }

    @Test("bash: complete -p registers the function, which fills COMPREPLY for each command line")
    func bash() throws {
        let fileSystem = LocalFileSystem()
        let (folder, script) = try Self.scratch("bash")
        defer { try? fileSystem.removeItem(folder) }
        func call(_ words: [String]) -> String {
            "COMP_WORDS=(" + words.map(CompletionScript.quoted).joined(separator: " ") + "); COMP_CWORD=\(words.count - 1); COMPREPLY=(); _slingr_pkg\n"
        }
        var driver = "source \(CompletionScript.quoted(script))\necho \"== complete -p\"\ncomplete -p slingr-pkg\n"
        for (index, item) in Self.cases.enumerated() {
            driver += call(Self.bashWords(item.line)) + "echo \"== \(index)\"\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
        }
        // What bash puts in place of the text after '=', exactly; and the whole word when '='
        // does not break words.
        driver += call(Self.bashWords("slingr-pkg lint --format=j")) + "echo '== exact format'\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
        driver += call(Self.bashWords("slingr-pkg lint --rule=step-icon-size=w")) + "echo '== exact rule'\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
        driver += "COMP_WORDBREAKS=${COMP_WORDBREAKS//=}\n" + call(["slingr-pkg", "lint", "--format=j"])
            + "echo '== without = breaks'\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
        driver += "echo '== quoting'\nprintf '%s\\n' \(CompletionScript.quoted(Self.awkward))\n"
        let driverPath = PathName.join(folder, "driver.bash")
        try fileSystem.writeFileAtomically(driverPath, Array(driver.utf8))
        guard let result = Self.run(["bash", "--norc", "--noprofile", driverPath]) else {
            print("skipped: bash or the built slingr-pkg not found; bash completion not checked")
            return
        }
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let results = Self.offered(result.stdout)
        #expect(results["complete -p"] == ["complete -F _slingr_pkg slingr-pkg"])
        Self.check("bash", results) { String($0) }
        #expect(results["exact format"] == ["json"])
        #expect(results["exact rule"] == ["warning"])
        #expect(results["without = breaks"] == ["--format=json"])
        #expect(results["quoting"] == [Self.awkward], "bash reads a quoted text back as \(results["quoting"] ?? [])")
    }

    @Test("fish: complete -C offers the same words")
    func fish() throws {
        let fileSystem = LocalFileSystem()
        let (folder, script) = try Self.scratch("fish")
        defer { try? fileSystem.removeItem(folder) }
        var driver = "source \(CompletionScript.quoted(script))\n"
        for (index, item) in Self.cases.enumerated() {
            driver += "echo '== \(index)'\ncomplete -C \(CompletionScript.fishQuoted(item.line))\n"
        }
        driver += "echo '== quoting'\necho \(CompletionScript.fishQuoted(Self.awkward))\n"
        let driverPath = PathName.join(folder, "driver.fish")
        try fileSystem.writeFileAtomically(driverPath, Array(driver.utf8))
        guard let result = Self.run(["fish", "--no-config", driverPath], environment: ["HOME": folder, "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder]) else {
            print("skipped: fish not installed (apt-get install fish); fish completion not checked")
            return
        }
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        // fish prints 'word<TAB>description'.
        let words = Self.offered(result.stdout).mapValues { Set($0.map { String($0.split(separator: "\t", maxSplits: 1).first ?? "") }) }
        Self.check("fish", words) { String($0) }
        #expect(words["quoting"] == [Self.awkward], "fish reads a quoted text back as \(words["quoting"] ?? [])")
    }

    @Test("zsh: the completion system offers the same words, autoloaded from fpath and sourced")
    func zsh() throws {
        let fileSystem = LocalFileSystem()
        let (folder, script) = try Self.scratch("zsh")
        defer { try? fileSystem.removeItem(folder) }
        let capture = PathName.join(PackageRoot.path, "Fixtures/completion/zsh-capture.zsh")
        guard let result = Self.run(["zsh", "-f", capture, script] + Self.cases.map(\.line), environment: ["TMPDIR": folder]) else {
            print("skipped: zsh not installed (apt-get install zsh); zsh completion not checked")
            return
        }
        #expect(result.status == 0, "zsh-capture.zsh exited with \(result.status): \(result.stderr)")
        Self.check("zsh", Self.offered(result.stdout)) { Self.cases[$0].line }

        // Installed the other way: as _slingr-pkg in a folder of fpath, autoloaded by compinit.
        let functions = PathName.join(folder, "functions")
        try fileSystem.createDirectory(functions)
        try fileSystem.writeFileAtomically(PathName.join(functions, "_slingr-pkg"), try fileSystem.readFile(script))
        let loader = PathName.join(folder, "fpath.zsh")
        let dump = CompletionScript.quoted(PathName.join(folder, "fpath-zcompdump"))
        try fileSystem.writeFileAtomically(loader, Array("fpath=(\(CompletionScript.quoted(functions)) $fpath)\ncompinit -u -d \(dump)\n".utf8))
        guard let autoloaded = Self.run(["zsh", "-f", capture, loader, "slingr-pkg li", "slingr-pkg run step "], environment: ["TMPDIR": folder]) else { return }
        #expect(autoloaded.status == 0, "\(autoloaded.stderr)")
        let words = Self.offered(autoloaded.stdout)
        #expect(words["slingr-pkg li"] == ["lint"] && words["slingr-pkg run step "] == ["createContact"], "\(autoloaded.stdout)")
    }

    @Test("every command and visible option is in every script; the hidden --list is in none, nor in help")
    func everyOptionCovered() {
        let bash = CLIHarness.run(["completion", "bash"]).stdout
        let zsh = CLIHarness.run(["completion", "zsh"]).stdout
        let fish = CLIHarness.run(["completion", "fish"]).stdout
        for command in SlingrPkg.commands.map({ $0.spec }) {
            #expect(bash.contains("        \(command.name)) echo '"), "bash lacks \(command.name)")
            #expect(zsh.contains("    (\(command.name))\n"), "zsh lacks \(command.name)")
            #expect(fish.contains("-a \(command.name) -d"), "fish lacks \(command.name)")
            for option in command.visibleOptions {
                #expect(bash.contains("'\(command.name) --\(option.name)'") || !option.takesValue, "bash lacks \(command.name) --\(option.name)")
                #expect(fish.contains("'__slingr_pkg_using \(command.name)'" + (option.short.map { " -s \($0)" } ?? "") + " -l \(option.name)"),
                        "fish lacks \(command.name) --\(option.name)")
                #expect(zsh.contains("--\(option.name)"), "zsh lacks --\(option.name)")
            }
        }
        #expect(bash.contains("        completion) echo '--color --help -h' ;;\n") && !bash.contains("'completion --list'"))
        #expect(!fish.contains(" -l list ") && !zsh.contains("'--list="))
        #expect(!CLIHarness.run(["completion", "--help"]).stdout.contains("--list"))
    }

    @Test("completion --list: the package's flow steps, functions and listeners from a subfolder, the catalogue's rule ids, nothing outside a package")
    func lists() throws {
        let steps = CLIHarness.run(["completion", "--list", "steps"], currentDirectory: PathName.join(Self.sample, "flowSteps"))
        #expect(steps.stdout == "createContact\n" && steps.status == 0)
        let fileSystem = InMemoryFileSystem()
        try fileSystem.createDirectory("/work/empty")
        let outside = CLIHarness.run(["completion", "--list", "steps"], currentDirectory: "/work/empty", fileSystem: fileSystem)
        #expect(outside.stdout.isEmpty && outside.status == 0)
        let rules = CLIHarness.run(["completion", "--list", "rules"])
        #expect(rules.stdout == RuleCatalogue.complete.ids.map { $0 + "\n" }.joined())
        let settings = CLIHarness.run(["completion", "--list", "rule-settings"]).stdout.split(separator: "\n")
        #expect(settings.count == RuleCatalogue.complete.ids.count * 4 && settings.contains("step-icon-size=off"))

        // Library functions as exported (what is built at run time left out) and listeners as
        // the listener files assign them.
        let files: [String: String] = [
            "package.json": #"{"name": "demo", "label": "Demo", "dependencies": [], "configuration": [], "metadata": []}"#,
            "scripts/util.js": "exports.format = function () {};\nmodule.exports.parse = function () {};\n",
            "scripts/dynamic.js": "var name = 'x';\nexports[name] = function () {};\n",
            "scripts/object.js": "module.exports = { first: 1, second: function () {} };\n",
            "listeners/hooks.js": "listeners.onOrder = { label: 'Order', type: 'service', options: {}, callback: function () {} };\nlisteners.onRefund = { label: 'Refund', type: 'service', options: {}, callback: function () {} };\n",
        ]
        for (path, text) in files {
            try fileSystem.createDirectory(PathName.parent("/work/demo/" + path))
            try fileSystem.writeFileAtomically("/work/demo/" + path, Array(text.utf8))
        }
        let functions = CLIHarness.run(["completion", "--list", "functions"], currentDirectory: "/work/demo/scripts", fileSystem: fileSystem)
        #expect(functions.stdout == "object.first\nobject.second\nutil.format\nutil.parse\n", "\(functions.stdout)")
        let listeners = CLIHarness.run(["completion", "--list", "listeners"], currentDirectory: "/work/demo", fileSystem: fileSystem)
        #expect(listeners.stdout == "onOrder\nonRefund\n", "\(listeners.stdout)")
    }
}
