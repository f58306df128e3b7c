import SlingrDiagnostics

/// A cross-file check of a package repository. Each rule is one file: its description (id,
/// default severity, explanation, examples), its message factories and its `check`. The
/// examples are its documentation and its tests.
public protocol LintRule: RuleDeclaration, Sendable {
    init()
    func check(_ context: LintContext)
}

extension RuleExample {
    /// A repository whose `package.json` has the six sections, each given as JSON text (markers
    /// allowed anywhere), plus other files.
    public static func package(_ caption: String, name: String = #""sample""#, label: String = #""Sample""#,
                               dependencies: String = "[]", configuration: String = "[]", events: String = "[]",
                               metadata: String = "[]", configurationBuilder: String? = nil,
                               files: [String: ExampleFile] = [:], expected: [Expectation] = [], command: Command = .lint,
                               fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) -> RuleExample {
        var descriptor = "{\n  \"name\": \(name),\n  \"label\": \(label),\n  \"dependencies\": \(dependencies),\n"
        if let configurationBuilder { descriptor += "  \"configurationBuilder\": \(configurationBuilder),\n" }
        descriptor += "  \"configuration\": \(configuration),\n  \"events\": \(events),\n  \"metadata\": \(metadata)\n}\n"
        var all = files
        all["package.json"] = ExampleFile(stringLiteral: descriptor)
        return RuleExample(caption, files: all, expected: expected, command: command,
                           fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// A real PNG of the given size (one solid colour), encoded by the scaffolding's encoder.
    public static func png(width: Int, height: Int) -> ExampleFile {
        let pixels = Array(repeating: PNGEncoder.Pixel(red: 34, green: 110, blue: 200), count: width * height)
        return ExampleFile(bytes: PNGEncoder.encode(width: width, height: height, pixels: pixels) ?? [],
                           description: "PNG image, \(width)x\(height) pixels")
    }

    public static let iconPNG = png(width: 18, height: 18)

    /// Bytes that are not an image, described as what they are.
    public static func binary(_ bytes: [UInt8], description: String) -> ExampleFile {
        ExampleFile(bytes: bytes, description: description)
    }
}
