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

    /// Keys allowed in `typeOptions` for this type in a configuration form.
    public var typeOptionKeys: [String] {
        switch self {
        case .text: return ["validation", "representation", "numberOfRows"]
        case .buttonsGroup, .dropDown: return ["possibleValues", "allowCustom"]
        case .info: return ["alertType"]
        case .button: return ["color", "action", "icon"]
        case .fieldsGroup: return ["fields"]
        case .oauth2: return Self.oauth2Options
        case .script: return ["parameters"]
        case .entityField: return ["entity", "filterTypes"]
        case .entity, .entityAction, .entityFilters, .entityEvents: return ["entity"]
        case .entityMapper: return ["fields", "hooks", "recordNameField", "allowToCreateEntity", "allowToSelectDirection", "allowToSelectInitialSync"]
        case .password, .toggle, .label, .boolean, .keyValue, .urlParams, .json, .choice, .number: return []
        }
    }

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

    public static let textValidations = ["email", "number", "url"]
    public static let textRepresentations = ["inputText", "textArea"]
    public static let alertTypes = ["info", "success", "warning", "danger"]
    public static let buttonColors = ["info", "default", "primary", "success", "warning", "danger"]
    public static let multiplicities = ["one", "many"]
}
