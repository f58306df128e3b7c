import SlingrDiagnostics
import SlingrJSON

/// Reads one descriptor file into its typed model: parses it (JSON errors are findings too),
/// then decodes it, reporting every problem against the format on the way. This is the only
/// place descriptors are read; validate, lint, forms, add and the version commands all use it.
public enum DescriptorValidator {
    /// The parsed document and typed model (when they could be read) and every finding, in
    /// report order.
    public struct Result: Sendable {
        public var document: JSONValue?
        public var descriptor: DecodedDescriptor?
        public var diagnostics: [Diagnostic]
    }

    public static func validate(_ source: SourceFile, kind: DescriptorKind) -> Result {
        let parsed = JSONParser.parse(source)
        guard let document = parsed.value else { return Result(document: nil, descriptor: nil, diagnostics: parsed.diagnostics) }
        let context = ValidationContext(source: source)
        context.checkDuplicateKeys(document)
        let descriptor = decode(document, kind: kind, context: context)
        let diagnostics = (parsed.diagnostics + context.diagnostics).sorted(by: Diagnostic.reportOrder)
        return Result(document: document, descriptor: descriptor, diagnostics: diagnostics)
    }

    static func decode(_ document: JSONValue, kind: DescriptorKind, context: ValidationContext) -> DecodedDescriptor? {
        switch kind {
        case .package: return PackageDescriptorValidator(context: context).decode(document).map(DecodedDescriptor.package)
        case .step: return StepDescriptorValidator(context: context).decode(document).map(DecodedDescriptor.step)
        case .uiService: return UIServiceDescriptorValidator(context: context).decode(document).map(DecodedDescriptor.uiService)
        }
    }
}

extension PackageDescriptor {
    /// Decodes package.json bytes (a file, or `git show` of a tag): the model, when the JSON
    /// could be read, and every finding.
    public static func decode(_ source: SourceFile) -> (descriptor: PackageDescriptor?, diagnostics: [Diagnostic]) {
        let result = DescriptorValidator.validate(source, kind: .package)
        return (result.descriptor?.package, result.diagnostics)
    }
}
