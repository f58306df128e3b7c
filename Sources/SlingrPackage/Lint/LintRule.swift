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

    /// A real PNG of the given size (one solid colour), encoded by the scaffolding's encoder.
    public static func png(width: Int, height: Int) -> ExampleFile {
        let pixels = Array(repeating: PNGEncoder.Pixel(red: 34, green: 110, blue: 200), count: width * height)
        return ExampleFile(bytes: PNGEncoder.encode(width: width, height: height, pixels: pixels) ?? [])
    }

    public static let iconPNG = png(width: 18, height: 18)
}

/// The content of one example file: text written as a literal, or bytes (images).
public struct ExampleFile: Sendable, ExpressibleByStringLiteral {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(stringLiteral text: String) { bytes = Array(text.utf8) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Text files print as they are; others are described (`PNG image, 18x18 pixels`).
    public var isText: Bool {
        String(validating: bytes, as: UTF8.self).map { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" } } ?? false
    }

    public var binaryDescription: String {
        if case .success(let header) = PNGHeader.read(bytes) { return "PNG image, \(header.width)x\(header.height) pixels" }
        return "\(bytes.count) bytes of binary data"
    }
}
