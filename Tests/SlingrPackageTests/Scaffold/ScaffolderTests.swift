import Foundation
import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrPackage

@Suite("Scaffolding new packages")
struct ScaffolderTests {
    static let combinations = ScaffoldTestSupport.optionCombinations.map(\.0)

    static func generate(_ combination: String) throws -> (NewPackageOptions, [String: [UInt8]]) {
        let options = try #require(ScaffoldTestSupport.optionCombinations.first { $0.0 == combination }?.1)
        let files = try Scaffolder.newPackage(options)
        return (options, Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) }))
    }

    static func text(_ files: [String: [UInt8]], _ path: String) -> String {
        String(decoding: files[path] ?? [], as: UTF8.self)
    }

    @Test("every descriptor validates with zero findings", arguments: combinations)
    func descriptorsValidate(_ combination: String) throws {
        let (_, files) = try Self.generate(combination)
        for (path, bytes) in files {
            guard let kind = DescriptorKind(fileName: PathName.lastComponent(path)) else { continue }
            let result = DescriptorValidator.validate(SourceFile(path: path, bytes: bytes), kind: kind)
            #expect(result.diagnostics.isEmpty, "\(path): \(result.diagnostics.map(\.message))")
        }
    }

    @Test("package.json has every section, and metadata matches the files", arguments: combinations)
    func metadataMatchesFiles(_ combination: String) throws {
        let (options, files) = try Self.generate(combination)
        let bytes = try #require(files["package.json"])
        #expect(bytes.last == 0x0A)
        let descriptor = try #require(JSONParser.parse(SourceFile(path: "package.json", bytes: bytes)).value)
        let keys = (descriptor.members ?? []).map(\.key)
        let expectedKeys = ["name", "label"] + (options.description == nil ? [] : ["description"]) + ["dependencies"]
            + (options.oauth ? ["configurationBuilder"] : []) + ["configuration", "events", "metadata"]
        #expect(keys == expectedKeys)
        #expect(JSONTextStyle.detect(in: bytes, document: descriptor).indentUnit == "    ")
        var listed: Set<String> = []
        for entry in descriptor["metadata"]?.array ?? [] {
            let type = try #require(entry["type"]?.string)
            let namespace = try #require(entry["namespace"]?.string)
            let path = try #require(entry["path"]?.string)
            #expect(path.hasPrefix("/"))
            let relative = String(path.dropFirst())
            switch type {
            case "script", "listener":
                #expect(files[relative] != nil, "\(path) is listed but not generated")
                #expect(PathName.lastComponent(relative) == namespace + ".js")
            case "flowStep":
                #expect(PathName.lastComponent(relative) == namespace)
                for file in ["step.json", "step.js", "icon.png"] { #expect(files["\(relative)/\(file)"] != nil) }
                let step = try #require(JSONParser.parse(Self.text(files, "\(relative)/step.json")).value)
                #expect(step["name"]?.string == namespace)
                #expect(Self.text(files, "\(relative)/step.js").contains("step.\(namespace) = function (inputs) {"))
            case "uiService":
                #expect(PathName.lastComponent(relative) == namespace)
                let service = try #require(JSONParser.parse(Self.text(files, "\(relative)/uiService.json")).value)
                #expect(service["name"]?.string == namespace)
                let script = Self.text(files, "\(relative)/uiService.js")
                for function in service["functions"]?.array ?? [] {
                    #expect(script.contains("service.\(function["name"]?.string ?? "?") = function (message) {"))
                }
            default:
                Issue.record("unexpected metadata type \(type)")
            }
            listed.insert(relative)
        }
        // Every script, listener, step and service generated is listed.
        for path in files.keys where path.hasPrefix("scripts/") || path.hasPrefix("listeners/") {
            #expect(listed.contains(path), "\(path) has no metadata entry")
        }
        for path in files.keys where path.hasPrefix("flowSteps/") || path.hasPrefix("uiServices/") {
            #expect(listed.contains(PathName.parent(path)), "\(path) has no metadata entry")
        }
        #expect(Set(options.flowSteps.map { "flowSteps/\($0)" }).isSubset(of: listed))
        #expect(Set(options.uiServices.map { "uiServices/\($0)" }).isSubset(of: listed))
    }

    @Test("a listener brings the http dependency and the event it triggers")
    func listenerImpliesHTTP() throws {
        let (_, files) = try Self.generate("listener")
        let descriptor = try #require(JSONParser.parse(Self.text(files, "package.json")).value)
        let dependencies = descriptor["dependencies"]?.array ?? []
        #expect(dependencies.map { $0["name"]?.string } == ["http"])
        #expect(dependencies.first?["version"]?.string == "^v1.9.1")
        #expect(descriptor["events"]?.array?.map { $0["name"]?.string } == ["webhook"])
        let listener = Self.text(files, "listeners/webhook.js")
        #expect(listener.contains("listeners.webhook = {"))
        #expect(listener.contains("service: 'http',"))
        #expect(listener.contains("event: 'webhook',"))
        #expect(listener.contains("path: '/hooks'"))
        #expect(listener.contains("sys.events.triggerEvent('hooks:webhook', {"))
    }

    @Test("OAuth adds the oauth package, its fields and a configuration builder")
    func oauth() throws {
        let (_, files) = try Self.generate("oauth")
        let descriptor = try #require(JSONParser.parse(Self.text(files, "package.json")).value)
        #expect(descriptor["configurationBuilder"]?.string == "/configurationBuilder.js")
        #expect(descriptor["dependencies"]?.array?.first?["name"]?.string == "oauth")
        #expect(descriptor["dependencies"]?.array?.first?["version"]?.string == "^v1.0.36")
        let fields = (descriptor["configuration"]?.array ?? []).compactMap { $0["name"]?.string }
        #expect(fields == ["clientId", "clientSecret", "scope", "state", "oauthCallback"])
        let builder = Self.text(files, "configurationBuilder.js")
        #expect(builder.hasPrefix("/**"))
        #expect(builder.contains("let configurationBuilder = function (config) {"))
        for line in ["id: sys.context.getCurrentUserRecord().id(),", "clientId: config.clientId,", "clientSecret: config.clientSecret,",
                     "oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback'", "return config;"] {
            #expect(builder.contains(line))
        }
        #expect(Self.text(files, "scripts/api.js").contains("dependencies.oauth.functions.connectUser()"))
        #expect(Self.text(files, "LICENSE").hasPrefix("MIT License\n"))
    }

    @Test("the README documents fields, events, steps and services; labels are escaped")
    func readme() throws {
        let (_, files) = try Self.generate("full")
        let readme = Self.text(files, "README.md")
        #expect(readme.hasPrefix("# Shop 2\n"))
        for needle in ["| Base URL | `baseUrl` | text | yes |", "| Webhook | `shop2:webhook` |", "### Create order (`createOrder`)",
                       "| Cart banner | `cartBanner` | `showMessage` |", "| service | `http` | `^v1.9.1` |", "Apache License 2.0"] {
            #expect(readme.contains(needle), "README lacks \(needle)")
        }
        let (_, quoted) = try Self.generate("http")
        #expect(Self.text(quoted, "README.md").hasPrefix("# Weather \"Now\" | Co\n"))
        #expect(Self.text(quoted, "scripts/api.js").contains(" * Script library 'api' of the Weather \"Now\" | Co package."))
        #expect(!Self.text(quoted, "README.md").contains("| Co |"))
        #expect(Self.text(quoted, "README.md").contains("it's 'quoted' * / safely."))
        let (_, plain) = try Self.generate("plain")
        #expect(plain["LICENSE"] == nil)
        #expect(Self.text(plain, "README.md").contains("No license has been chosen yet."))
        #expect(Self.text(plain, ".gitignore").contains("node_modules/"))
    }

    @Test("generation is deterministic")
    func deterministic() throws {
        for (_, options) in ScaffoldTestSupport.optionCombinations {
            #expect(try Scaffolder.newPackage(options) == (try Scaffolder.newPackage(options)))
        }
    }

    @Test("invalid names and texts are refused with a clear message", arguments: [
        ("my-package", "invalid package name 'my-package': use only letters and digits, starting with a letter; did you mean 'myPackage'?"),
        ("9lives", "invalid package name '9lives': use only letters and digits, starting with a letter; did you mean 'lives'?"),
        ("", "an empty package name: use only letters and digits, starting with a letter"),
        ("my_pkg", "invalid package name 'my_pkg': use only letters and digits, starting with a letter; did you mean 'myPkg'?"),
        ("--", "invalid package name '--': use only letters and digits, starting with a letter"),
        ("café", "invalid package name 'café': use only letters and digits, starting with a letter; did you mean 'caf'?"),
    ])
    func invalidNames(_ name: String, _ message: String) {
        #expect(throws: ScaffoldError(.invalidInput, message)) { try Scaffolder.newPackage(NewPackageOptions(name: name)) }
    }

    @Test("step and service names, duplicates and multi-line labels are refused")
    func invalidParts() {
        var options = NewPackageOptions(name: "demo")
        options.flowSteps = ["send", "send"]
        #expect(throws: ScaffoldError(.invalidInput, "flow step 'send' is given more than once")) { try Scaffolder.newPackage(options) }
        options.flowSteps = ["send-mail"]
        #expect(throws: ScaffoldError(.invalidInput, "invalid flow step name 'send-mail': use only letters and digits, starting with a letter; did you mean 'sendMail'?")) {
            try Scaffolder.newPackage(options)
        }
        options.flowSteps = []
        options.uiServices = ["1x"]
        #expect(throws: ScaffoldError.self) { try Scaffolder.newPackage(options) }
        options.uiServices = []
        options.label = "two\nlines"
        #expect(throws: ScaffoldError(.invalidInput, "the label must be one line without control characters")) { try Scaffolder.newPackage(options) }
        options.label = nil
        options.http = true
        options.versions = DependencyVersions(defaults: [:])
        #expect(throws: ScaffoldError(.invalidInput, "no version is known for the 'http' dependency")) { try Scaffolder.newPackage(options) }
    }

    @Test("names become labels and suggestions the way authors write them")
    func names() {
        #expect(ScaffoldName.humanize("sendMessage") == "Send message")
        #expect(ScaffoldName.humanize("HTTPClient") == "HTTP client")
        #expect(ScaffoldName.humanize("apiCall2Gmail") == "Api call 2 gmail")
        #expect(ScaffoldName.humanize("x") == "X")
        #expect(ScaffoldName.suggestion(for: "My Package") == "myPackage")
        #expect(ScaffoldName.suggestion(for: "---") == nil)
        #expect(ScaffoldName.isValid("googleDrive2"))
        #expect(!ScaffoldName.isValid("google-drive"))
    }
}
