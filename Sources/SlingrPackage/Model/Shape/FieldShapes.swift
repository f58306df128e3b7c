import SlingrDiagnostics

/// The shapes of configuration fields and flow-step inputs, which `FieldValidator` reads and
/// the schemas describe. Fields nest (a group holds fields), so they are declared under names
/// that shapes refer to with `.named`.
public enum FieldShapes {
    public static let configurationField = "configurationField"
    public static let stepInput = "stepInput"
    public static let possibleValue = "possibleValue"
    /// A possible value of a `urlParams` input, for which only the label is needed.
    public static let labelledValue = "labelledValue"
    public static let textValidation = "textValidation"

    /// Every named shape of descriptors, by name.
    public static func named(_ name: String) -> ValueShape? {
        switch name {
        case configurationField: return .object(configurationFieldShape)
        case stepInput: return .object(stepInputShape)
        case possibleValue: return .object(possibleValueShape(nameRequired: true))
        case labelledValue: return .object(possibleValueShape(nameRequired: false))
        case textValidation: return textValidationShape
        default: return nil
        }
    }

    /// Keys both kinds of fields share, in the order real descriptors write them.
    private static func common(types: [FieldType], what: String, typeRule: any RuleDeclaration.Type) -> [String: KeyShape] {
        let typeValues = types.map { EnumerationShape.Value($0.rawValue, $0.meaning) }
        let shapes = [
            KeyShape("label", .text, "The caption shown next to the \(what); without it the \(what) shows an empty caption (missing-label)."),
            KeyShape("name", .string(ShapePatterns.identifier), "The name scripts and expressions use (config.<name>): letters, digits, '_' and '$', not starting with a digit."),
            KeyShape("type", .enumeration(EnumerationShape(typeValues, ruleId: typeRule.description.id)), "What the \(what) shows and stores."),
            KeyShape("multiplicity", .oneOf(FieldType.multiplicities), "'many' holds a list of values; 'one' (the default) a single value."),
            KeyShape("required", .booleanOrExpression, "Whether a value is needed: a boolean, or a JavaScript expression over config."),
            KeyShape("visibility", .booleanOrExpression, "Whether the \(what) is shown: a boolean, or a JavaScript expression over config."),
            KeyShape("defaultValue", .anything, "The value until one is entered."),
            KeyShape("description", .text, "Help text shown under the \(what)."),
        ]
        return Dictionary(uniqueKeysWithValues: shapes.map { ($0.name, $0) })
    }

    private static func keys(_ names: [String], from shapes: [String: KeyShape]) -> [KeyShape] {
        names.compactMap { shapes[$0] }
    }

    /// A field of `package.json` `configuration` (and of a group).
    public static let configurationFieldShape: ObjectShape = {
        var shapes = common(types: FieldType.configurationTypes, what: "field", typeRule: UnknownFieldTypeRule.self)
        shapes["showLabel"] = KeyShape("showLabel", .flag, "Whether the label is shown (default true).")
        shapes["value"] = KeyShape("value", .anything, "What a read-only field (label, info) shows: an expression, or plain text or HTML.")
        shapes["typeOptions"] = KeyShape("typeOptions", .object(ObjectShape("typeOptions", meaning: "Options of the field's type.", keys: [], isClosed: false)),
                                         "Options of the field's type (possible values, validation, nested fields ...).")
        let order = ["label", "name", "type", "multiplicity", "required", "visibility", "showLabel", "defaultValue", "value", "description", "typeOptions"]
        let variants = FieldType.configurationTypes.map { type -> ObjectShape.Variant in
            var refined = [KeyShape("typeOptions", .object(type.typeOptions), type.typeOptions.meaning)]
            if type == .toggle { refined.append(KeyShape("defaultValue", .flag, "The initial state of the switch.")) }
            if type == .button { refined.append(KeyShape("multiplicity", .oneOf(["one"]), "A button cannot have multiplicity 'many'.")) }
            return ObjectShape.Variant(value: type.rawValue, keys: refined, required: type == .fieldsGroup ? ["typeOptions"] : [])
        }
        return ObjectShape("configuration field", meaning: "One field of the configuration form apps fill in when they install the package.",
                           keys: keys(order, from: shapes), required: ["name", "type"], variantKey: "type", variants: variants,
                           snippets: [
                               .init("New field", meaning: "A configuration field with a label, a name and a type.", body: [
                                   ("label", .text("${1:Label}")), ("name", .text("${2:name}")),
                                   ("type", .text("${3|" + FieldType.configurationTypes.map(\.rawValue).joined(separator: ",") + "|}")),
                                   ("required", .bool(false)),
                               ]),
                           ])
    }()

    /// An input of a flow step's `step.json`: options live under `options` (real steps also use
    /// `typeOptions` for validation).
    public static let stepInputShape: ObjectShape = {
        var shapes = common(types: FieldType.stepInputTypes, what: "input", typeRule: UnknownInputTypeRule.self)
        shapes["options"] = KeyShape("options", .object(stepInputOptions(possibleValue: possibleValue)),
                                     "Options of the input: possible values, validation, representation, nested fields.")
        shapes["typeOptions"] = KeyShape("typeOptions", .object(ObjectShape("typeOptions of an input", meaning: "Validation of the input.", keys: [
            KeyShape("validation", .named(textValidation), "'email', 'number' or 'url', or {function, message} with a JavaScript validation function."),
            KeyShape("representation", .anything, "How the input is entered."),
            KeyShape("numberOfRows", .anything, "Rows of a text area."),
        ])), "Validation of the input (real steps write {validation: {function, message}} here).")
        shapes["representation"] = KeyShape("representation", .anything, "How the input is entered.")
        let order = ["label", "name", "type", "description", "required", "defaultValue", "visibility", "multiplicity", "options", "typeOptions", "representation"]
        let variants = [
            ObjectShape.Variant(value: FieldType.boolean.rawValue, keys: [KeyShape("defaultValue", .flag, "The initial value.")]),
            ObjectShape.Variant(value: FieldType.toggle.rawValue, keys: [KeyShape("defaultValue", .flag, "The initial state of the switch.")]),
            ObjectShape.Variant(value: FieldType.urlParams.rawValue, keys: [
                KeyShape("options", .object(stepInputOptions(possibleValue: labelledValue)), "Options of the input; its possible values need only a label."),
            ]),
        ]
        return ObjectShape("flow-step input", meaning: "One input of the flow step, filled in where the step is used.",
                           keys: keys(order, from: shapes), required: ["name", "type"], variantKey: "type", variants: variants,
                           snippets: [
                               .init("New input", meaning: "A flow-step input with a label, a name and a type.", body: [
                                   ("label", .text("${1:Label}")), ("name", .text("${2:name}")),
                                   ("type", .text("${3|" + FieldType.stepInputTypes.map(\.rawValue).joined(separator: ",") + "|}")),
                                   ("required", .bool(false)), ("description", .text("${4:What the step needs.}")),
                               ]),
                           ])
    }()

    /// `options` of a step input.
    static func stepInputOptions(possibleValue: String) -> ObjectShape {
        ObjectShape("options of an input", meaning: "Options of the input.", keys: [
            KeyShape("allowContextSelector", .boolean(quotedIsDrift: false), "Whether a value may come from the flow's context (real steps write \"true\" or \"false\")."),
            KeyShape("possibleValues", .array(of: .named(possibleValue)), "The options, as {label, name} objects."),
            KeyShape("validation", .named(textValidation), "'email', 'number' or 'url', or {function, message}."),
            KeyShape("representation", .text, "How the input is entered (textArea for several lines)."),
            KeyShape("type", .text, "The kind of value held."),
            KeyShape("fields", .array(of: .named(stepInput)), "Nested inputs of a fieldsGroup input."),
        ])
    }

    /// One of `possibleValues`.
    static func possibleValueShape(nameRequired: Bool) -> ObjectShape {
        ObjectShape("possible value", meaning: "An option: the label shown and the name stored.", keys: [
            KeyShape("label", .text, "What the option shows."),
            KeyShape("name", .text, "What config holds when the option is chosen."),
        ], required: nameRequired ? ["label", "name"] : ["label"],
           snippets: [.init("New possible value", meaning: "An option with a label and a name.", body: [("label", .text("${1:Label}")), ("name", .text("${2:name}"))])])
    }

    /// `validation` of a text field or input.
    static let textValidationShape = ValueShape.either([
        .enumeration(EnumerationShape([
            .init("email", "An email address."), .init("number", "A number."), .init("url", "A URL."),
        ])),
        .object(ObjectShape("validation function", meaning: "A JavaScript function that checks the value, and the message shown when it fails.", keys: [
            KeyShape("function", .text, "JavaScript: a function body or expression that returns whether the value is valid."),
            KeyShape("message", .text, "The message shown when the value is not valid."),
        ], required: ["function"])),
    ])
}
