/// Every field type a descriptor may use, where it comes from, and the `typeOptions` it takes.
///
/// Documented types come first; `oauth2` is used by real packages though undocumented; the
/// `entity*`/`script` family survives in the skeleton from the older service format; the last
/// group are flow-step input types (rules unknown-field-type and unknown-input-type).
public enum FieldType: String, CaseIterable, Sendable {
    case text, password, toggle, buttonsGroup, dropDown, label, info, button, fieldsGroup
    case oauth2
    case script, entity, entityField, entityAction, entityFilters, entityEvents, entityMapper
    case boolean, keyValue, urlParams, json, choice, number

    public enum Origin: Sendable {
        case documented, realWorld, legacy, stepInput
    }

    public var origin: Origin {
        switch self {
        case .text, .password, .toggle, .buttonsGroup, .dropDown, .label, .info, .button, .fieldsGroup: return .documented
        case .oauth2: return .realWorld
        case .script, .entity, .entityField, .entityAction, .entityFilters, .entityEvents, .entityMapper: return .legacy
        case .boolean, .keyValue, .urlParams, .json, .choice, .number: return .stepInput
        }
    }

    /// Types accepted in `package.json` `configuration` (and nested groups).
    public static let configurationTypes: [FieldType] = allCases.filter { $0.origin != .stepInput }

    /// Types accepted as flow-step inputs: the step-specific ones plus those real steps share
    /// with configuration forms.
    public static let stepInputTypes: [FieldType] = [.text, .boolean, .keyValue, .dropDown, .urlParams, .json, .fieldsGroup, .choice, .number, .password, .toggle, .buttonsGroup]

    /// What the type shows and stores, for completion, hover and the JSON Schemas.
    public var meaning: String {
        switch self {
        case .text: return "A single-line text input (or a text area); options validate it as email, number or URL."
        case .password: return "A text input whose value is masked."
        case .toggle: return "An on/off switch holding a boolean."
        case .buttonsGroup: return "A row of buttons to pick one of the possible values (several with multiplicity 'many')."
        case .dropDown: return "A drop-down list of possible values."
        case .label: return "Read-only text shown from 'value' (an expression or plain text); stores nothing."
        case .info: return "An information box whose 'value' may hold HTML; stores nothing."
        case .button: return "A button that runs the JavaScript statements of typeOptions.action; stores nothing."
        case .fieldsGroup: return "A group of nested fields, read as config.<group>.<field>; stores nothing itself."
        case .oauth2: return "OAuth 2.0 authorization (used by real packages, undocumented): each option is a JavaScript expression."
        case .script: return "A script editor (older service format)."
        case .entity: return "An entity of the app (older service format)."
        case .entityField: return "A field of an entity (older service format)."
        case .entityAction: return "An action of an entity (older service format)."
        case .entityFilters: return "Filters over an entity (older service format)."
        case .entityEvents: return "Events of an entity (older service format)."
        case .entityMapper: return "A mapping between entity fields (older service format)."
        case .boolean: return "A flow-step input holding a boolean."
        case .keyValue: return "A flow-step input holding key-value pairs."
        case .urlParams: return "A flow-step input holding URL query parameters."
        case .json: return "A flow-step input holding a JSON value."
        case .choice: return "A flow-step input choosing one of the possible values."
        case .number: return "A flow-step input holding a number."
        }
    }

    /// The `typeOptions` this type takes in a configuration form: keys, their shapes and the
    /// keys it needs (validation reads the key lists from here, so do the schemas).
    public var typeOptions: ObjectShape {
        let what = "typeOptions of a '\(rawValue)' field"
        switch self {
        case .text:
            return ObjectShape(what, meaning: "Validation and representation of the text input.", keys: [
                KeyShape("validation", .named(FieldShapes.textValidation), "'email', 'number' or 'url', or {function, message} with a JavaScript validation function."),
                KeyShape("representation", .enumeration(EnumerationShape([
                    .init("inputText", "A single line (the default)."), .init("textArea", "Several lines; see numberOfRows."),
                ])), "How the text is entered."),
                KeyShape("numberOfRows", .integer, "Rows of a textArea."),
            ])
        case .buttonsGroup, .dropDown:
            return ObjectShape(what, meaning: "The values to choose from.", keys: [
                KeyShape("possibleValues", .array(of: .named(FieldShapes.possibleValue)), "The options, as {label, name} objects; 'name' is what config holds."),
                KeyShape("allowCustom", .flag, "Whether a value outside possibleValues may be entered."),
            ])
        case .info:
            return ObjectShape(what, meaning: "How the box looks.", keys: [
                KeyShape("alertType", .oneOf(Self.alertTypes), "The colour of the box."),
            ])
        case .button:
            return ObjectShape(what, meaning: "What the button does and how it looks.", keys: [
                KeyShape("color", .oneOf(Self.buttonColors), "The button's colour."),
                KeyShape("action", .text, "JavaScript statements run when the button is pressed; they may change config."),
                KeyShape("icon", .text, "An icon name (used by real packages)."),
            ])
        case .fieldsGroup:
            return ObjectShape(what, meaning: "The nested fields.", keys: [
                KeyShape("fields", .array(of: .named(FieldShapes.configurationField)), "The fields of the group, read as config.<group>.<field>."),
            ], required: ["fields"])
        case .oauth2:
            return ObjectShape(what, meaning: "OAuth 2.0 options, each a JavaScript expression such as \"'https://...'\" or \"config.clientId\".",
                               keys: Self.oauth2Options.map { KeyShape($0, .text, "A JavaScript expression giving the \($0).") })
        case .script:
            return ObjectShape(what, meaning: "The script's parameters.", keys: [
                KeyShape("parameters", .array(of: .text), "Names of the parameters the script receives."),
            ])
        case .entityField:
            return ObjectShape(what, meaning: "The entity and the field types offered.", keys: [
                KeyShape("entity", .anything, "The entity, often '@config.<field>'."),
                KeyShape("filterTypes", .anything, "The field types offered."),
            ])
        case .entity, .entityAction, .entityFilters, .entityEvents:
            return ObjectShape(what, meaning: "The entity.", keys: [KeyShape("entity", .anything, "The entity, often '@config.<field>'.")])
        case .entityMapper:
            return ObjectShape(what, meaning: "The mapping.", keys: [
                KeyShape("fields", .anything, "The mapped fields."),
                KeyShape("hooks", .anything, "Hooks run while mapping."),
                KeyShape("recordNameField", .anything, "The field that names a record."),
                KeyShape("allowToCreateEntity", .anything, "Whether an entity may be created."),
                KeyShape("allowToSelectDirection", .anything, "Whether the direction may be chosen."),
                KeyShape("allowToSelectInitialSync", .anything, "Whether the initial synchronisation may be chosen."),
            ], acceptedPrefixes: ["allowTo"])
        case .password, .toggle, .label, .boolean, .keyValue, .urlParams, .json, .choice, .number:
            return ObjectShape(what, meaning: "This type takes no options.", keys: [])
        }
    }

    /// Keys allowed in `typeOptions` for this type in a configuration form.
    public var typeOptionKeys: [String] { typeOptions.keyNames }

    /// `oauth2` options; each holds a JavaScript expression (`"'https://...'"`, `"config.clientId"`).
    public static let oauth2Options = ["clientId", "clientSecret", "authUrl", "accessTokenUrl", "scope", "grantType",
                                       "accessToken", "refreshToken", "codeVerifier", "redirectUri"]

    /// Whether a value of this type is stored in the configuration (and so may have a default).
    public var storesValue: Bool {
        switch self {
        case .label, .info, .button, .fieldsGroup: return false
        default: return true
        }
    }

    /// Types whose options come from `possibleValues`.
    public var hasPossibleValues: Bool { self == .dropDown || self == .buttonsGroup || self == .choice }

    /// The named kinds of text validation (the other form is a {function, message} object).
    public static var textValidations: [String] {
        FieldShapes.textValidationShape.alternatives.compactMap(\.enumeration).first?.names ?? []
    }
    public static var textRepresentations: [String] { text.typeOptions.enumerationNames("representation") }
    public static let alertTypes = ["info", "success", "warning", "danger"]
    public static let buttonColors = ["info", "default", "primary", "success", "warning", "danger"]
    public static let multiplicities = ["one", "many"]
}
