import SlingrDiagnostics

/// Descriptor checks as lint rules: their documentation and examples. Validation produces the
/// findings; the examples here run through lint in the registry test like every other rule's.
extension DescriptorRule {
    public var ruleDescription: RuleDescription {
        RuleDescription(id: id, severity: defaultSeverity, summary: summary, rationale: rationale,
                        triggering: examples.triggering, nonTriggering: examples.nonTriggering,
                        isFixable: Self.fixable.contains(self))
    }

    /// Rules whose fix-its `lint --fix` applies (mechanical and safe).
    static let fixable: Set<DescriptorRule> = [.booleanAsString, .invalidVersion]

    var rationale: String {
        switch self {
        case .jsonSyntax, .byteOrderMark: return "The platform reads descriptors as strict JSON (RFC 8259)."
        case .duplicateKey: return "JSON readers keep one of the values, silently; the other is lost."
        case .missingKey, .wrongType: return "The platform reads these keys with these types; anything else breaks the package."
        case .booleanAsString: return "Real packages write \"true\" and it works, because the string is evaluated as an expression; a real boolean says what is meant."
        case .unknownKey: return "The platform ignores keys it does not know, so a misspelt key silently does nothing."
        case .invalidValue, .unknownFieldType: return "Values outside the documented set are rejected or ignored by the platform."
        case .unknownInputType: return "Flow-step input types are not fully documented; unknown ones are probably typos."
        case .invalidName: return "Names are used in scripts and expressions (config.<name>, step.<name>), so they must be identifiers."
        case .packageNameStyle: return "The package name is used as pkg.<name> and in event ids; letters and digits are safe everywhere."
        case .duplicateName: return "The platform keys these by name; the second one overwrites or hides the first."
        case .duplicateMetadata: return "A repeated entry imports the same thing twice; a shared namespace makes scripts ambiguous."
        case .invalidVersion: return "Versions are git tags vX.Y.Z with an optional ^ (compatible) or ~ (bug fixes) prefix."
        case .buttonMultiplicity: return "The documentation says buttons do not allow multiplicity 'many'."
        case .labelDefaultValue, .labelWithoutValue: return "A label shows its 'value'; it stores nothing, so a default is never shown."
        case .missingLabel: return "Without a label the field has an empty caption in the builder."
        case .emptyPossibleValues: return "A drop-down or buttons group with nothing to choose cannot be filled in."
        case .defaultValueNotAllowed: return "Buttons, info boxes and groups store no value, so a default is never used."
        }
    }

    /// One field in an otherwise minimal descriptor.
    private static func field(_ json: String) -> String { "[\(json)]" }

    var examples: (triggering: [RuleExample], nonTriggering: [RuleExample]) {
        let valid = RuleExample.package("a minimal valid package")
        switch self {
        case .jsonSyntax:
            return ([RuleExample("a trailing comma", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": [],}"#])], [valid])
        case .byteOrderMark:
            return ([RuleExample("a BOM", files: ["package.json": ExampleFile(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#.utf8))])], [valid])
        case .duplicateKey:
            return ([RuleExample("'label' twice", files: ["package.json": #"{"name": "a", "label": "A", "label": "B", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#])], [valid])
        case .missingKey:
            return ([RuleExample("no metadata", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": []}"#])], [valid])
        case .wrongType:
            return ([.package("events as a string", events: #""webhook""#)], [valid])
        case .booleanAsString:
            return ([.package("required as \"true\"", configuration: Self.field(#"{"label": "A", "name": "a", "type": "text", "required": "true"}"#))],
                    [.package("required as an expression", configuration: Self.field(#"{"label": "A", "name": "a", "type": "text", "required": "config.b == 'x'"}"#))])
        case .unknownKey:
            return ([.package("'visible' for 'visibility'", configuration: Self.field(#"{"label": "A", "name": "a", "type": "text", "visible": false}"#))],
                    [.package("'visibility'", configuration: Self.field(#"{"label": "A", "name": "a", "type": "text", "visibility": false}"#))])
        case .invalidValue:
            return ([.package("dependency type 'services'", dependencies: #"[{"type": "services", "name": "http", "version": "v1.0.0"}]"#)],
                    [.package("dependency type 'service'", dependencies: #"[{"type": "service", "name": "http", "version": "v1.0.0"}]"#)])
        case .unknownFieldType:
            return ([.package("type 'dropdown'", configuration: Self.field(#"{"label": "A", "name": "a", "type": "dropdown", "typeOptions": {"possibleValues": [{"label": "X", "name": "x"}]}}"#))],
                    [.package("type 'dropDown'", configuration: Self.field(#"{"label": "A", "name": "a", "type": "dropDown", "typeOptions": {"possibleValues": [{"label": "X", "name": "x"}]}}"#))])
        case .unknownInputType:
            return ([.package("a step input of type 'date'", files: ["flowSteps/a/step.json": #"{"label": "A", "name": "a", "inputs": [{"label": "D", "name": "d", "type": "date"}], "outputs": []}"#])],
                    [.package("a step input of type 'text'", files: ["flowSteps/a/step.json": #"{"label": "A", "name": "a", "inputs": [{"label": "D", "name": "d", "type": "text"}], "outputs": []}"#])])
        case .invalidName:
            return ([.package("field name 'api key'", configuration: Self.field(#"{"label": "A", "name": "api key", "type": "text"}"#))],
                    [.package("field name 'apiKey'", configuration: Self.field(#"{"label": "A", "name": "apiKey", "type": "text"}"#))])
        case .packageNameStyle:
            return ([.package("name 'my-package'", name: "my-package")], [.package("name 'mypackage'", name: "mypackage")])
        case .duplicateName:
            return ([.package("two events named 'e'", events: #"[{"label": "E", "name": "e"}, {"label": "E2", "name": "e"}]"#)],
                    [.package("two events with different names", events: #"[{"label": "E", "name": "e"}, {"label": "F", "name": "f"}]"#)])
        case .duplicateMetadata:
            return ([.package("the same entry twice", metadata: #"[{"type": "script", "namespace": "a", "path": "/scripts/a.js"}, {"type": "script", "namespace": "a", "path": "/scripts/a.js"}]"#,
                              files: ["scripts/a.js": "exports.a = 1;\n"])], [valid])
        case .invalidVersion:
            return ([.package("'v^1.2.0'", dependencies: #"[{"type": "package", "name": "oauth", "version": "v^1.2.0"}]"#)],
                    [.package("'^v1.2.0'", dependencies: #"[{"type": "service", "name": "http", "version": "^v1.2.0"}]"#)])
        case .buttonMultiplicity:
            return ([.package("a button with multiplicity 'many'", configuration: Self.field(#"{"label": "B", "name": "b", "type": "button", "multiplicity": "many", "typeOptions": {"action": "config.x = 1;"}}"#))],
                    [.package("a button", configuration: Self.field(#"{"label": "B", "name": "b", "type": "button", "typeOptions": {"action": "config.x = 1;"}}"#))])
        case .labelDefaultValue:
            return ([.package("a label with defaultValue", configuration: Self.field(#"{"label": "L", "name": "l", "type": "label", "defaultValue": "x"}"#))],
                    [.package("a label with value", configuration: Self.field(#"{"label": "L", "name": "l", "type": "label", "value": "x"}"#))])
        case .labelWithoutValue:
            return ([.package("a label without value", configuration: Self.field(#"{"label": "L", "name": "l", "type": "label"}"#))],
                    [.package("a label with value", configuration: Self.field(#"{"label": "L", "name": "l", "type": "label", "value": "x"}"#))])
        case .missingLabel:
            return ([.package("a field without label", configuration: Self.field(#"{"name": "a", "type": "text"}"#))],
                    [.package("no label but showLabel false", configuration: Self.field(#"{"name": "a", "type": "text", "showLabel": false}"#))])
        case .emptyPossibleValues:
            return ([.package("a drop-down without options", configuration: Self.field(#"{"label": "A", "name": "a", "type": "dropDown"}"#))],
                    [.package("a custom-only drop-down", configuration: Self.field(#"{"label": "A", "name": "a", "type": "dropDown", "typeOptions": {"allowCustom": true}}"#))])
        case .defaultValueNotAllowed:
            return ([.package("a button with a default", configuration: Self.field(#"{"label": "B", "name": "b", "type": "button", "defaultValue": "x", "typeOptions": {"action": "config.x = 1;"}}"#))],
                    [.package("a text field with a default", configuration: Self.field(#"{"label": "A", "name": "a", "type": "text", "defaultValue": "x"}"#))])
        }
    }
}
