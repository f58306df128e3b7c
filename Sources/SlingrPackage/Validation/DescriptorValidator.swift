import SlingrDiagnostics
import SlingrJSON

/// Validates one descriptor file: parses it (JSON errors are findings too), then checks its
/// structure against FORMAT.md. Every problem is reported; nothing stops at the first.
public enum DescriptorValidator {
    /// The parsed document (when it could be read) and every finding, in report order.
    public struct Result: Sendable {
        public var document: JSONValue?
        public var diagnostics: [Diagnostic]
    }

    public static func validate(_ source: SourceFile, kind: DescriptorKind) -> Result {
        let parsed = JSONParser.parse(source)
        guard let document = parsed.value else { return Result(document: nil, diagnostics: parsed.diagnostics) }
        let context = ValidationContext(source: source)
        context.checkDuplicateKeys(document)
        validate(document, kind: kind, context: context)
        let diagnostics = (parsed.diagnostics + context.diagnostics).sorted(by: Diagnostic.reportOrder)
        return Result(document: document, diagnostics: diagnostics)
    }

    /// Structure checks on an already-parsed document (lint parses once and shares the tree).
    static func validate(_ document: JSONValue, kind: DescriptorKind, context: ValidationContext) {
        switch kind {
        case .package: PackageDescriptorValidator(context: context).validate(document)
        case .step: StepDescriptorValidator(context: context).validate(document)
        case .uiService: UIServiceDescriptorValidator(context: context).validate(document)
        }
    }
}
