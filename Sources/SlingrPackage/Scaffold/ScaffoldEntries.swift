import SlingrDiagnostics

// The entries `new` writes into a fresh package.json and `add` inserts into an existing one,
// each with the key order real descriptors use. Small value types of one kind, kept together.

/// One `dependencies[]` object.
public struct ScaffoldDependency: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case service, package }

    public var kind: Kind
    public var name: String
    public var version: String

    public init(kind: Kind, name: String, version: String) {
        self.kind = kind
        self.name = name
        self.version = version
    }

    /// Services are shared between packages of an app unless asked otherwise, which is what
    /// real descriptors spell out with `"instanceId": "shared"`.
    public var json: JSONOutput {
        var members: [(String, JSONOutput)] = [("type", .string(kind.rawValue)), ("name", .string(name)), ("version", .string(version))]
        if kind == .service { members.append(("instanceId", .string("shared"))) }
        return .object(members)
    }
}

/// One `events[]` object.
public struct ScaffoldEvent: Sendable, Hashable {
    public var name: String
    public var label: String
    public var description: String

    public init(name: String, label: String, description: String) {
        self.name = name
        self.label = label
        self.description = description
    }

    public var json: JSONOutput {
        .object([("label", .string(label)), ("name", .string(name)), ("description", .string(description))])
    }
}

/// One `metadata[]` object; the namespace always equals the file stem or folder name.
public struct ScaffoldMetadata: Sendable, Hashable {
    public enum Kind: String, Sendable { case script, listener, flowStep, uiService }

    public var kind: Kind
    public var namespace: String

    public init(kind: Kind, namespace: String) {
        self.kind = kind
        self.namespace = namespace
    }

    /// `/scripts/api.js`, `/listeners/webhook.js`, `/flowSteps/send`, `/uiServices/banner`.
    public var path: String {
        switch kind {
        case .script: return "/scripts/\(namespace).js"
        case .listener: return "/listeners/\(namespace).js"
        case .flowStep: return "/flowSteps/\(namespace)"
        case .uiService: return "/uiServices/\(namespace)"
        }
    }

    public var json: JSONOutput {
        .object([("type", .string(kind.rawValue)), ("namespace", .string(namespace)), ("path", .string(path))])
    }
}

/// One `configuration[]` field.
public struct ScaffoldField: Sendable, Hashable {
    public var name: String
    public var label: String
    public var type: FieldType
    public var required: Bool
    public var description: String?
    public var defaultValue: JSONOutput?
    /// For `label` and `info` fields: a JavaScript expression whose value is shown.
    public var value: String?
    public var typeOptions: JSONOutput?

    public init(name: String, label: String, type: FieldType, required: Bool = false, description: String? = nil,
                defaultValue: JSONOutput? = nil, value: String? = nil, typeOptions: JSONOutput? = nil) {
        self.name = name
        self.label = label
        self.type = type
        self.required = required
        self.description = description
        self.defaultValue = defaultValue
        self.value = value
        self.typeOptions = typeOptions
    }

    /// Field types `add field` offers: the documented ones (rule unknown-field-type).
    public static let offeredTypes: [FieldType] = FieldType.allCases.filter { $0.origin == .documented }

    /// A field of `type` with what the type needs to be valid: options for drop-downs and button
    /// groups, a shown value for labels and notes, an action for buttons, a child for groups.
    public static func skeleton(name: String, label: String, type: FieldType, required: Bool) -> ScaffoldField {
        var field = ScaffoldField(name: name, label: label, type: type, required: required)
        let option: (String, String) -> JSONOutput = { .object([("label", .string($0)), ("name", .string($1))]) }
        switch type {
        case .dropDown, .buttonsGroup:
            field.typeOptions = .object([("possibleValues", .array([option("Option 1", "option1"), option("Option 2", "option2")]))])
            field.defaultValue = .string("option1")
        case .label:
            field.value = ScriptText.quoted("Describe \(label) here")
        case .info:
            field.value = ScriptText.quoted("Explain here what the app developer needs to know")
            field.typeOptions = .object([("alertType", .string("info"))])
        case .button:
            field.typeOptions = .object([("color", .string("primary")), ("action", .string("console.log(\(ScriptText.quoted(label)) + ' clicked');"))])
        case .fieldsGroup:
            field.typeOptions = .object([("fields", .array([ScaffoldField(name: "value", label: "Value", type: .text).json]))])
        default:
            break
        }
        return field
    }

    public var json: JSONOutput {
        var members: [(String, JSONOutput)] = [("label", .string(label)), ("name", .string(name)), ("type", .string(type.rawValue))]
        if required { members.append(("required", .bool(true))) }
        if let description { members.append(("description", .string(description))) }
        if let defaultValue { members.append(("defaultValue", defaultValue)) }
        if let value { members.append(("value", .string(value))) }
        if let typeOptions { members.append(("typeOptions", typeOptions)) }
        return .object(members)
    }
}
