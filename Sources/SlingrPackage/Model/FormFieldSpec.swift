import SlingrJSON

/// One field of a configuration form (or flow-step input) as the descriptor declares it, decoded
/// by `FieldValidator` while it checks the field: missing or mistyped keys become `nil` after
/// being reported, so any descriptor that parses as JSON can be previewed.
public struct FormFieldSpec: Sendable {
    /// The field object in the descriptor, and its pointer, for findings about the field.
    public var object: JSONValue
    public var pointer: JSONPointer
    /// The `name`, or `field<N>` when the descriptor has none.
    public var name: String
    /// Dotted path from the form root (`advanced.timeout`).
    public var path: String
    /// The declared type as written (`dropDown`, or an unknown type such as `phone`).
    public var typeName: String
    public var type: FieldType?
    public var label: String?
    public var showLabel: Bool
    public var isMany: Bool
    public var description: String?
    /// `required` and `visibility`: a boolean, or a string expression (`"true"` included).
    public var required: JSONValue?
    public var visibility: JSONValue?
    public var defaultValue: JSONValue?
    /// `value` of read-only fields (a string, or an array of strings for `many` labels).
    public var value: JSONValue?
    public var possibleValues: [PossibleValue]
    public var allowCustom: Bool
    public var validation: Validation?
    /// `textArea` representation and its rows.
    public var isTextArea: Bool
    public var numberOfRows: Int?
    public var alertType: String?
    public var color: String?
    public var action: String?
    /// `oauth2` options in the order of `FieldType.oauth2Options` (expression strings).
    public var oauth2Options: [(key: String, source: String)]
    /// Children of a `fieldsGroup`.
    public var children: [FormFieldSpec]

    /// One `possibleValues` entry.
    public struct PossibleValue: Sendable, Hashable {
        public var label: String
        public var name: String
    }

    /// A `text` validation: one of the named kinds, or a function with its message.
    public enum Validation: Sendable, Hashable {
        case email, number, url
        /// A kind this tool does not know (kept to show it).
        case other(String)
        case function(source: String, message: String?)
    }

    /// Whether the field holds a value in `config` (labels, info boxes, buttons and groups do
    /// not; unknown types are assumed to).
    public var storesValue: Bool { type?.storesValue ?? true }
    public var isGroup: Bool { type == .fieldsGroup }
}

extension FormFieldSpec {
    /// A boolean, also when written as the string `"true"`/`"false"` (real-world drift).
    static func boolean(_ value: JSONValue?) -> Bool? {
        guard let value else { return nil }
        if let flag = value.bool { return flag }
        switch value.string {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }
}
