import Foundation
import SlingrDiagnostics
import SlingrPackage
import SlingrScript
import Testing
@testable import SlingrRuntime

/// `slingr-pkg test`'s runner and reports on the fixture packages.
@Suite("Test runner")
struct TestRunnerTests {
    static func fixture(_ name: String) -> PackageRepository {
        let path = PathName.join(RuntimeTestSupport.root, "Fixtures/runtime/" + name)
        return PackageRepository(root: path, displayRoot: "Fixtures/runtime/" + name, fileSystem: LocalFileSystem())
    }

    static func failingReport() throws -> TestRunReport {
        let repository = fixture("failing")
        return try PackageTestRunner.run(repository, files: PackageTestRunner.testFiles(repository), options: RuntimeOptions())
    }

    @Test("test files are found under test/ in path order")
    func discovery() {
        #expect(PackageTestRunner.testFiles(Self.fixture("acme")) == ["test/api.test.js", "test/webhook.test.js"])
        #expect(PackageTestRunner.testFiles(Self.fixture("failing")) == ["test/broken.test.js", "test/math.test.js"])
    }

    @Test("outcomes: passed, failed with the failure located in the test or package file, load errors")
    func outcomes() throws {
        let report = try Self.failingReport()
        #expect((report.passed, report.failed, report.skipped) == (1, 4, 0))
        #expect(report.files[0].loadFailure?.description == "ReferenceError: undefinedHelper is not defined")
        let math = report.files[1].tests
        #expect(math.map(\.status) == [.passed, .failed, .failed, .failed])
        #expect(math[1].failure?.frames.map(\.description) == ["at Fixtures/runtime/failing/test/math.test.js:7:9"])
        #expect(math[2].failure?.frames.first?.path == "Fixtures/runtime/failing/scripts/math.js")
        #expect(math[2].logs.map(\.message) == ["about to average nothing"])
    }

    @Test("--grep keeps the tests whose full name contains the text")
    func grep() throws {
        let repository = Self.fixture("failing")
        let report = try PackageTestRunner.run(repository, files: ["test/math.test.js"], options: RuntimeOptions(), grep: "math > adds")
        #expect(report.files[0].tests.map(\.name) == ["math > adds", "math > adds strings as JavaScript does"])
    }

    @Test("JUnit output parses with Python's xml.etree and has the counts")
    func junitParses() throws {
        let xml = TestReportRenderer().renderJUnit(try Self.failingReport())
        guard let python = CryptoDifferentialTests.python else {
            print("skipped: python3 is not installed; JUnit XML not parsed with xml.etree")
            return
        }
        let script = """
        import sys, xml.etree.ElementTree as ET
        root = ET.fromstring(sys.stdin.read())
        assert root.tag == 'testsuites'
        cases = root.findall('./testsuite/testcase')
        print(root.get('tests'), root.get('failures'), root.get('errors'), len(cases),
              len(root.findall('.//failure')), len(root.findall('.//error')), cases[2].get('name'))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(xml.utf8))
        try input.fileHandleForWriting.close()
        let answer = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(answer == "5 3 1 5 3 1 math > adds strings as JavaScript does\n")
    }

    @Test("XML escaping keeps markup and control characters out")
    func escaping() {
        #expect(TestReportRenderer.escape("a<b>&\"c'\n\u{1}") == "a&lt;b&gt;&amp;&quot;c&apos;&#10;\u{FFFD}")
    }

    @Test("expect matchers", arguments: [
        ("expect(1).toBe(1)", nil),
        ("expect({a: [1, {b: undefined}]}).toEqual({a: [1, {}]})", nil),
        ("expect([1, 2]).toContain(2); expect('abc').toContain('b'); expect('abc').toMatch(/b/)", nil),
        ("expect(null).toBeNull(); expect(undefined).toBeUndefined(); expect(0).toBeFalsy(); expect('x').toBeTruthy()", nil),
        ("expect(2).toBeGreaterThan(1); expect(1).toBeLessThanOrEqual(1); expect([1]).toHaveLength(1)", nil),
        ("expect({a: 1}).toHaveProperty('a', 1); expect(NaN).toEqual(NaN); expect(new Date(5)).toEqual(new Date(5))", nil),
        ("expect(function () { throw new TypeError('bad x'); }).toThrow(TypeError)", nil),
        ("expect(function () {}).not.toThrow()", nil),
        ("expect(1).toBe('1')", "expected 1 to be \"1\""),
        ("expect([1]).toEqual([1, 2])", "expected [1] to equal [1,2]"),
        ("expect(function () {}).toThrow('x')", "expected the function to throw \"x\", it did not throw"),
        ("expect(function () { throw new Error('a'); }).toThrow(/b/)", "expected the function to throw /b/, it threw Error: a"),
        ("expect(3).not.toBe(3)", "expected 3 not to be 3"),
    ] as [(String, String?)])
    func matchers(_ body: String, _ failure: String?) throws {
        let repository = RuntimeTestSupport.memoryPackage([
            "package.json": "{\"name\": \"m\", \"label\": \"M\"}",
            "test/m.test.js": "test('t', function () { \(body); });",
        ])
        let report = try PackageTestRunner.run(repository, files: ["test/m.test.js"], options: RuntimeOptions())
        #expect(report.files[0].loadFailure == nil)
        #expect(report.files[0].tests.first?.failure?.description == failure.map { "AssertionError: " + $0 })
    }

    @Test("hooks run around each test, inner describe after outer")
    func hooks() throws {
        let repository = RuntimeTestSupport.memoryPackage([
            "package.json": "{\"name\": \"m\", \"label\": \"M\"}",
            "test/h.test.js": """
            var order = [];
            beforeEach(function () { order.push('outer before'); });
            afterEach(function () { order.push('outer after'); });
            describe('inner', function () {
                beforeEach(function () { order.push('inner before'); });
                test('one', function () { order.push('one'); });
                afterEach(function () { order.push('inner after'); });
            });
            test('check', function () {
                expect(order).toEqual(['outer before', 'inner before', 'one', 'inner after', 'outer after', 'outer before']);
            });
            """,
        ])
        let report = try PackageTestRunner.run(repository, files: ["test/h.test.js"], options: RuntimeOptions())
        #expect(report.files[0].tests.map(\.status) == [.passed, .passed])
    }

    @Test("the tests new and add flow-step write pass", arguments: [false, true])
    func scaffoldedTestsPass(_ withOAuth: Bool) throws {
        var options = NewPackageOptions(name: "demo")
        options.flowSteps = ["send", "fetchItems"]
        options.listener = true
        if withOAuth { options.oauth = true; options.http = true }
        let fileSystem = InMemoryFileSystem()
        for file in try Scaffolder.newPackage(options) {
            let path = PathName.join("/demo", file.path)
            try fileSystem.createDirectory(PathName.parent(path))
            try fileSystem.writeFileAtomically(path, file.bytes)
        }
        let repository = PackageRepository(root: "/demo", displayRoot: "demo", fileSystem: fileSystem)
        let files = PackageTestRunner.testFiles(repository)
        #expect(files == ["test/api.test.js", "test/fetchItems.test.js", "test/send.test.js"])
        let report = try PackageTestRunner.run(repository, files: files, options: RuntimeOptions())
        #expect((report.passed, report.failed) == (4, 0), "\(report.files.flatMap(\.tests).compactMap(\.failure?.description))")
    }
}
