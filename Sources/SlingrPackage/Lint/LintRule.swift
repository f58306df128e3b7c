import SlingrDiagnostics

/// A cross-file check of a package repository. Each rule is one file: its description (id,
/// default severity, summary, examples) and its `check`. The examples are its documentation and
/// its tests: the registry test lints each one and asserts the rule fires or stays quiet.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: LintContext)
}

/// What `slingr-pkg rules` prints about a rule.
public struct RuleDescription: Sendable {
    public var id: String
    public var severity: Severity
    /// One line.
    public var summary: String
    /// Why it matters and what to do, a short paragraph.
    public var rationale: String
    /// Repositories in which the rule reports something.
    public var triggering: [RuleExample]
    /// Repositories in which it does not.
    public var nonTriggering: [RuleExample]
    /// Whether `lint --fix` can correct what it reports.
    public var isFixable: Bool

    public init(id: String, severity: Severity, summary: String, rationale: String,
                triggering: [RuleExample], nonTriggering: [RuleExample], isFixable: Bool = false) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.isFixable = isFixable
    }
}

/// A small repository given as its files (repository-relative path to content).
public struct RuleExample: Sendable {
    public var files: [String: ExampleFile]
    /// What the example shows, for `slingr-pkg rules ID`.
    public var caption: String

    public init(_ caption: String, files: [String: ExampleFile]) {
        self.caption = caption
        self.files = files
    }

    /// A repository whose `package.json` has `metadata` and other sections given as JSON text.
    public static func package(_ caption: String, name: String = "sample", dependencies: String = "[]",
                               configuration: String = "[]", events: String = "[]", metadata: String = "[]",
                               configurationBuilder: String? = nil, files: [String: ExampleFile] = [:]) -> RuleExample {
        var descriptor = "{\n  \"name\": \"\(name)\",\n  \"label\": \"Sample\",\n  \"dependencies\": \(dependencies),\n"
        if let configurationBuilder { descriptor += "  \"configurationBuilder\": \"\(configurationBuilder)\",\n" }
        descriptor += "  \"configuration\": \(configuration),\n  \"events\": \(events),\n  \"metadata\": \(metadata)\n}\n"
        var all = files
        all["package.json"] = ExampleFile(stringLiteral: descriptor)
        return RuleExample(caption, files: all)
    }

    /// A minimal PNG of the given size (signature, IHDR, IEND): enough for header checks.
    public static func png(width: Int, height: Int) -> ExampleFile {
        func bigEndian(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return bigEndian(data.count) + body + bigEndian(Int(CRC32.checksum(body)))
        }
        let header = bigEndian(width) + bigEndian(height) + [8, 6, 0, 0, 0]
        return ExampleFile(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IEND", []))
    }

    public static let iconPNG = png(width: 18, height: 18)
}

/// The content of one example file: text written as a literal, or bytes (images).
public struct ExampleFile: Sendable, ExpressibleByStringLiteral {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(stringLiteral text: String) { bytes = Array(text.utf8) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
