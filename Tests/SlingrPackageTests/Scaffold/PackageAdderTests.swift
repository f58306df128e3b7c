import Foundation
import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrPackage

@Suite("Adding to packages")
struct PackageAdderTests {
    /// Fixture folder, its indentation unit and line ending.
    static let layouts: [(String, String, String)] = [("indent-2", "  ", "\n"), ("indent-3", "   ", "\n"), ("indent-4", "    ", "\n"), ("indent-tab", "\t", "\r\n")]
    static let layoutNames = layouts.map(\.0)

    /// A package in memory at `/work/pkg` holding the fixture's files.
    static func fileSystem(_ fixture: String) throws -> InMemoryFileSystem {
        let fileSystem = InMemoryFileSystem()
        let local = LocalFileSystem()
        let root = ScaffoldTestSupport.fixture(fixture)
        for relative in ["package.json", "scripts/api.js"] where local.isFile(PathName.join(root, relative)) {
            try fileSystem.createDirectory(PathName.parent("/work/pkg/\(relative)"))
            try fileSystem.writeFileAtomically("/work/pkg/\(relative)", try local.readFile(PathName.join(root, relative)))
        }
        return fileSystem
    }

    static func adder(_ fileSystem: InMemoryFileSystem) -> PackageAdder {
        PackageAdder(fileSystem: fileSystem, directory: "/work/pkg", displayDirectory: "pkg")
    }

    /// The lines an entry takes when appended after an object in a one-per-line array two
    /// levels down: the previous closing brace gains its comma, then the entry without its own
    /// closing brace (the diff pairs it with the old one).
    static func appendedEntry(_ members: [String], unit: String, eol: String) -> [String] {
        let cr = eol == "\r\n" ? "\r" : ""
        var lines = [unit + unit + "}," + cr, unit + unit + "{" + cr]
        for (index, member) in members.enumerated() {
            lines.append(unit + unit + unit + member + (index < members.count - 1 ? "," : "") + cr)
        }
        return lines
    }

    @Test("each kind inserts exactly its entry, in the file's own style", arguments: layoutNames)
    func insertsExactlyTheEntry(_ layout: String) throws {
        let (_, unit, eol) = try #require(Self.layouts.first { $0.0 == layout })
        let cases: [(AddRequest, [String])] = [
            (.event(name: "alertRaised", label: nil),
             [#""label": "Alert raised""#, #""name": "alertRaised""#, #""description": "Triggered by the package as 'weather:alertRaised'.""#]),
            (.field(name: "units", type: nil, label: "Units", required: true),
             [#""label": "Units""#, #""name": "units""#, #""type": "text""#, #""required": true"#]),
            (.dependency(name: "pdf", type: nil, version: "~v1.4.0"),
             [#""type": "service""#, #""name": "pdf""#, #""version": "~v1.4.0""#, #""instanceId": "shared""#]),
            (.dependency(name: "oauth", type: nil, version: nil),
             [#""type": "package""#, #""name": "oauth""#, #""version": "^v1.0.36""#]),
            (.script(name: "cities"), [#""type": "script""#, #""namespace": "cities""#, #""path": "/scripts/cities.js""#]),
            (.flowStep(name: "getForecast", label: nil), [#""type": "flowStep""#, #""namespace": "getForecast""#, #""path": "/flowSteps/getForecast""#]),
            (.uiService(name: "radar", label: nil), [#""type": "uiService""#, #""namespace": "radar""#, #""path": "/uiServices/radar""#]),
        ]
        for (request, members) in cases {
            let fileSystem = try Self.fileSystem(layout)
            let change = try Self.adder(fileSystem).plan(request)
            let blocks = try #require(ScaffoldTestSupport.insertedBlocks(old: change.originalDescriptor, new: change.descriptor), "\(request)")
            #expect(blocks == [Self.appendedEntry(members, unit: unit, eol: eol)], "\(request)")
            #expect(change.descriptor.last == change.originalDescriptor.last)
            let validation = DescriptorValidator.validate(SourceFile(path: "package.json", bytes: change.descriptor), kind: .package)
            #expect(validation.diagnostics.isEmpty, "\(validation.diagnostics.map(\.message))")
        }
    }

    @Test("new files follow the package's indentation and line endings")
    func newFilesFollowThePackage() throws {
        let change = try Self.adder(try Self.fileSystem("indent-tab")).plan(.flowStep(name: "getForecast", label: nil))
        let files = Dictionary(uniqueKeysWithValues: change.createdFiles.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let descriptor = try #require(files["flowSteps/getForecast/step.json"])
        #expect(descriptor.hasPrefix("{\r\n\t\"label\": \"Get forecast\",\r\n\t\"name\": \"getForecast\",\r\n"))
        #expect(descriptor.hasSuffix("\t]\r\n}\r\n"))
        let script = try #require(files["flowSteps/getForecast/step.js"])
        #expect(script.utf8.count == StepScriptTemplate.render(packageName: "weather", step: "getForecast", label: "Get forecast").utf8.count
            + script.utf8.filter { $0 == 0x0A }.count)
        #expect(!script.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let spaces = try Self.adder(try Self.fileSystem("indent-2")).plan(.uiService(name: "radar", label: nil))
        let service = String(decoding: spaces.createdFiles.first { $0.path.hasSuffix(".json") }?.bytes ?? [], as: UTF8.self)
        #expect(service.hasPrefix("{\n  \"name\": \"radar\",\n  \"label\": {\n    \"translation\": {\n"))
    }

    @Test("a listener also declares the event it triggers, each as a pure insertion", arguments: layoutNames)
    func listener(_ layout: String) throws {
        let (_, unit, eol) = try #require(Self.layouts.first { $0.0 == layout })
        let change = try Self.adder(try Self.fileSystem(layout)).plan(.listener(name: "alerts", label: nil))
        let blocks = try #require(ScaffoldTestSupport.insertedBlocks(old: change.originalDescriptor, new: change.descriptor))
        #expect(blocks == [
            Self.appendedEntry([#""label": "Alerts""#, #""name": "alerts""#, #""description": "Happens when the http service receives a webhook on '/weather'.""#], unit: unit, eol: eol),
            Self.appendedEntry([#""type": "listener""#, #""namespace": "alerts""#, #""path": "/listeners/alerts.js""#], unit: unit, eol: eol),
        ])
        #expect(change.createdFiles.map(\.path) == ["listeners/alerts.js"])
        let script = String(decoding: change.createdFiles[0].bytes, as: UTF8.self)
        #expect(script.contains("listeners.alerts = {") && script.contains("sys.events.triggerEvent('weather:alerts', {"))
        #expect(change.summary == ["created pkg/listeners/alerts.js", "added listener 'alerts' to 'metadata' in pkg/package.json",
                                   "added event 'alerts' to 'events' in pkg/package.json"])
    }

    @Test("missing sections are created in their usual place; empty ones open up")
    func emptySections() throws {
        let fileSystem = try Self.fileSystem("empty-sections")
        let adder = Self.adder(fileSystem)
        let script = try adder.plan(.script(name: "notes"))
        #expect(String(decoding: script.descriptor, as: UTF8.self) == """
        {
          "name": "notes",
          "label": "Notes",
          "dependencies": [],
          "configuration": [],
          "events": [],
          "metadata": [
            {
              "type": "script",
              "namespace": "notes",
              "path": "/scripts/notes.js"
            }
          ]
        }

        """)
        let listener = try adder.plan(.listener(name: "incoming", label: "Incoming notes"))
        let text = String(decoding: listener.descriptor, as: UTF8.self)
        #expect(text.contains("""
          "dependencies": [
            {
              "type": "service",
              "name": "http",
              "version": "^v1.9.1",
              "instanceId": "shared"
            }
          ],
        """))
        #expect(text.contains("""
          "events": [
            {
              "label": "Incoming",
              "name": "incoming",
        """))
        #expect(String(decoding: listener.createdFiles[0].bytes, as: UTF8.self).contains("label: 'Incoming notes',"))
    }

    @Test("duplicates and files in the way are refused")
    func duplicates() throws {
        let fileSystem = try Self.fileSystem("indent-4")
        try fileSystem.createDirectory("/work/pkg/flowSteps/orphan")
        try fileSystem.writeFileAtomically("/work/pkg/scripts/loose.js", Array("exports.a = 1;\n".utf8))
        let adder = Self.adder(fileSystem)
        let refusals: [(AddRequest, String)] = [
            (.event(name: "forecastChanged", label: nil), "event 'forecastChanged' is already in 'pkg/package.json' (/events/0)"),
            (.field(name: "apiKey", type: "text", label: nil, required: false), "field 'apiKey' is already in 'pkg/package.json' (/configuration/0)"),
            (.dependency(name: "http", type: nil, version: nil), "dependency 'http' is already in 'pkg/package.json' (/dependencies/0)"),
            (.script(name: "api"), "script 'api' is already in 'pkg/package.json' (/metadata/0)"),
            (.script(name: "loose"), "'pkg/scripts/loose.js' already exists"),
            (.flowStep(name: "orphan", label: nil), "'pkg/flowSteps/orphan' already exists"),
        ]
        for (request, message) in refusals {
            #expect(throws: ScaffoldError(.conflict, message)) { try adder.plan(request) }
        }
    }

    @Test("bad input is refused before anything is planned")
    func badInput() throws {
        let adder = Self.adder(try Self.fileSystem("indent-2"))
        let refusals: [(AddRequest, String)] = [
            (.event(name: "alert-raised", label: nil), "invalid event name 'alert-raised': use only letters and digits, starting with a letter; did you mean 'alertRaised'?"),
            (.field(name: "region", type: "dropdown", label: nil, required: false),
             "unknown field type 'dropdown'; did you mean 'dropDown'? (expected one of: text, password, toggle, buttonsGroup, dropDown, label, info, button, fieldsGroup)"),
            (.field(name: "token", type: "oauth2", label: nil, required: false),
             "'add field' does not create fields of type 'oauth2' (expected one of: text, password, toggle, buttonsGroup, dropDown, label, info, button, fieldsGroup)"),
            (.field(name: "connect", type: "button", label: nil, required: true), "a field of type 'button' stores no value, so it cannot be --required"),
            (.dependency(name: "pdf", type: nil, version: "1.4.0"),
             "malformed version '1.4.0'; versions start with 'v': 'v1.4.0'"),
            (.dependency(name: "pdf", type: nil, version: "v^1.2.0"),
             "malformed version 'v^1.2.0'; the prefix goes before the 'v': '^v1.2.0'"),
            (.dependency(name: "pdf", type: nil, version: "v1.2"),
             "malformed version 'v1.2'; a version has three numbers, MAJOR.MINOR.PATCH: 'v1.2.0'"),
            (.dependency(name: "slack", type: nil, version: nil), "no default version is known for 'slack'; give one with --version, such as '^v1.0.0'"),
            (.dependency(name: "slack", type: "library", version: "v1.0.0"), "invalid dependency type 'library' (expected one of: service, package)"),
            (.flowStep(name: "send", label: "two\nlines"), "the label must be one line without control characters"),
        ]
        for (request, message) in refusals {
            #expect(throws: ScaffoldError(.invalidInput, message)) { try adder.plan(request) }
        }
    }

    @Test("every offered field type produces a field that validates cleanly")
    func fieldTypes() throws {
        for type in ScaffoldField.offeredTypes {
            let change = try Self.adder(try Self.fileSystem("indent-4")).plan(.field(name: "sample", type: type.rawValue, label: nil, required: type.storesValue))
            let validation = DescriptorValidator.validate(SourceFile(path: "package.json", bytes: change.descriptor), kind: .package)
            #expect(validation.diagnostics.isEmpty, "\(type): \(validation.diagnostics.map(\.message))")
        }
    }

    @Test("unreadable or missing descriptors are refused")
    func unreadable() throws {
        let broken = InMemoryFileSystem(files: ["/work/pkg/package.json": try String(contentsOfFile: ScaffoldTestSupport.fixture("broken/package.json"), encoding: .utf8)])
        #expect(throws: ScaffoldError(.conflict, "'pkg/package.json' has JSON errors (4:17: trailing comma before '}' is not allowed in JSON); fix them before adding to it")) {
            try Self.adder(broken).plan(.event(name: "x", label: nil))
        }
        let empty = InMemoryFileSystem()
        try empty.createDirectory("/work/pkg")
        #expect(throws: ScaffoldError(.conflict, "no package.json in 'pkg'; select the package folder with --dir, or create one with 'slingr-pkg new'")) {
            try Self.adder(empty).plan(.event(name: "x", label: nil))
        }
        let array = InMemoryFileSystem(files: ["/work/pkg/package.json": "[]\n"])
        #expect(throws: ScaffoldError(.conflict, "'pkg/package.json' is not a JSON object")) { try Self.adder(array).plan(.event(name: "x", label: nil)) }
        let quoted = InMemoryFileSystem(files: ["/work/pkg/package.json": #"{"name": "it's", "metadata": []}"#])
        #expect(throws: ScaffoldError(.conflict, "the package name 'it's' in 'pkg/package.json' is not valid; fix it first (see 'slingr-pkg validate')")) {
            try Self.adder(quoted).plan(.listener(name: "x", label: nil))
        }
        let unnamed = InMemoryFileSystem(files: ["/work/pkg/package.json": #"{"metadata": []}"#])
        #expect(throws: ScaffoldError(.conflict, "'pkg/package.json' has no 'name'; the generated scripts need it")) {
            try Self.adder(unnamed).plan(.script(name: "x"))
        }
        let wrongSection = InMemoryFileSystem(files: ["/work/pkg/package.json": #"{"name": "x", "events": {}}"#])
        #expect(throws: ScaffoldError(.conflict, "'events' in 'pkg/package.json' is an object, not an array")) { try Self.adder(wrongSection).plan(.event(name: "x", label: nil)) }
    }
}
