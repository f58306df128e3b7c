import SlingrDiagnostics
import SlingrJSON

/// The rule ids descriptor validation reports under, with their default severities.
///
/// Severity follows FORMAT.md section 6: what breaks a package is an error; drift that real,
/// working packages show is a warning. Lint can re-map severities per rule.
public enum DescriptorRule: String, CaseIterable, Sendable {
    case jsonSyntax = "json-syntax"
    case byteOrderMark = "json-bom"
    case duplicateKey = "duplicate-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case booleanAsString = "boolean-as-string"
    case unknownKey = "unknown-key"
    case invalidValue = "invalid-value"
    case unknownFieldType = "unknown-field-type"
    case invalidName = "invalid-name"
    case duplicateName = "duplicate-name"
    case invalidVersion = "version-syntax"
    case buttonMultiplicity = "button-multiplicity"
    case labelDefaultValue = "label-default-value"
    case labelWithoutValue = "label-without-value"
    case missingLabel = "missing-label"
    case emptyPossibleValues = "empty-possible-values"
    case defaultValueNotAllowed = "default-value-not-allowed"
    case unknownInputType = "unknown-input-type"
    case packageNameStyle = "package-name-style"
    case duplicateMetadata = "duplicate-metadata"

    public var id: String { rawValue }

    public var defaultSeverity: Severity {
        switch self {
        case .byteOrderMark, .booleanAsString, .unknownKey, .labelDefaultValue, .labelWithoutValue,
             .missingLabel, .defaultValueNotAllowed, .unknownInputType, .packageNameStyle, .duplicateMetadata:
            return .warning
        case .jsonSyntax, .duplicateKey, .missingKey, .wrongType, .invalidValue, .unknownFieldType,
             .invalidName, .duplicateName, .invalidVersion, .buttonMultiplicity, .emptyPossibleValues:
            return .error
        }
    }

    /// One line for `slingr-pkg rules`.
    public var summary: String {
        switch self {
        case .jsonSyntax: return "The file is not valid JSON (trailing commas, comments, quotes, escapes, UTF-8, ...)."
        case .byteOrderMark: return "The JSON file starts with a UTF-8 byte-order mark."
        case .duplicateKey: return "The same key appears twice in one JSON object; one of the values is silently lost."
        case .missingKey: return "A key the platform needs is missing (package name, field type, dependency version, ...)."
        case .wrongType: return "A value has the wrong JSON type (a string where an array is expected, ...)."
        case .booleanAsString: return "A boolean is written as the string \"true\" or \"false\"."
        case .unknownKey: return "A key the format does not define; often a typo such as 'visible' for 'visibility'."
        case .invalidValue: return "A value outside its enumeration (dependency type, multiplicity, alert type, colour, ...)."
        case .unknownFieldType: return "A field or input type the platform does not know, such as 'dropdown' for 'dropDown'."
        case .invalidName: return "A name that cannot be used as an identifier in scripts and expressions."
        case .duplicateName: return "Two siblings share a name (fields, inputs, events, dependencies, possible values, ...)."
        case .invalidVersion: return "A dependency version that is not 'vX.Y.Z', '^vX.Y.Z' or '~vX.Y.Z'."
        case .buttonMultiplicity: return "A 'button' field with multiplicity 'many', which the platform does not allow."
        case .labelDefaultValue: return "A 'label' field uses 'defaultValue'; labels show their 'value'."
        case .labelWithoutValue: return "A 'label' field has no 'value' to show."
        case .missingLabel: return "A field or input without a 'label' (shown with an empty caption)."
        case .emptyPossibleValues: return "A drop-down or buttons group without any possible value."
        case .defaultValueNotAllowed: return "A 'defaultValue' on a type that stores nothing (button, info, fieldsGroup)."
        case .unknownInputType: return "A flow-step input type not seen in the docs or in real steps."
        case .packageNameStyle: return "A package name with characters other than letters and digits (it is used as pkg.<name>)."
        case .duplicateMetadata: return "A metadata entry listed twice, or two entries sharing a namespace."
        }
    }
}

extension Diagnostic {
    /// A descriptor finding at a JSON value, under its rule's default severity.
    init(_ rule: DescriptorRule, _ message: String, in source: SourceFile, range: SourceRange,
         pointer: JSONPointer, notes: [Note] = [], fixIt: FixIt? = nil) {
        self.init(ruleId: rule.id, severity: rule.defaultSeverity, message: message, in: source,
                  range: range, pointer: pointer.description, notes: notes, fixIt: fixIt)
    }
}
