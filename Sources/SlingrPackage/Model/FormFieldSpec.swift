import SlingrJSON

/// One field of a configuration form (or flow-step input) as the descriptor declares it, read
/// tolerantly: missing or mistyped keys become `nil` rather than errors (validation and lint
/// report those), so any descriptor that parses as JSON can be previewed.
public struct FormFieldSpec: Sendable {
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
    /// Reads the fields of a configuration (`typeOptions`) or of step inputs (`options`, with
    /// `typeOptions` also honoured). Nesting deeper than `maximumDepth` is cut off.
    public static func fields(_ values: [JSONValue], stepInputs: Bool, parentPath: String = "", depth: Int = 0,
                              maximumDepth: Int = 32) -> [FormFieldSpec] {
        guard depth < maximumDepth else { return [] }
        var result: [FormFieldSpec] = []
        for (index, value) in values.enumerated() where value.members != nil {
            result.append(field(value, index: index, stepInputs: stepInputs, parentPath: parentPath, depth: depth, maximumDepth: maximumDepth))
        }
        return result
    }

    private static func field(_ value: JSONValue, index: Int, stepInputs: Bool, parentPath: String, depth: Int,
                              maximumDepth: Int) -> FormFieldSpec {
        let name = value["name"]?.string ?? "field\(index + 1)"
        let path = parentPath.isEmpty ? name : parentPath + "." + name
        let typeName = value["type"]?.string ?? "text"
        let type = FieldType(rawValue: typeName)
        // Step inputs keep their options in `options`; real ones also use `typeOptions`.
        let optionObjects = (stepInputs ? [value["options"], value["typeOptions"]] : [value["typeOptions"]]).compactMap { $0 }
        func option(_ key: String) -> JSONValue? {
            for object in optionObjects { if let found = object[key] { return found } }
            return nil
        }
        var spec = FormFieldSpec(
            name: name, path: path, typeName: typeName, type: type, label: value["label"]?.string,
            showLabel: boolean(value["showLabel"]) ?? true, isMany: value["multiplicity"]?.string == "many",
            description: value["description"]?.string, required: value["required"], visibility: value["visibility"],
            defaultValue: value["defaultValue"], value: value["value"], possibleValues: [], allowCustom: boolean(option("allowCustom")) ?? false,
            validation: nil, isTextArea: option("representation")?.string == "textArea", numberOfRows: option("numberOfRows")?.number?.integer,
            alertType: option("alertType")?.string, color: option("color")?.string, action: option("action")?.string,
            oauth2Options: [], children: [])
        // An old release used `values` instead of `typeOptions.possibleValues`.
        let possible = option("possibleValues")?.array ?? value["values"]?.array ?? []
        spec.possibleValues = possible.compactMap { item in
            if let text = item.string { return PossibleValue(label: text, name: text) }
            guard let name = item["name"]?.string ?? item["value"]?.string else { return nil }
            return PossibleValue(label: item["label"]?.string ?? name, name: name)
        }
        if let validation = option("validation") {
            if let kind = validation.string {
                switch kind {
                case "email": spec.validation = .email
                case "number": spec.validation = .number
                case "url": spec.validation = .url
                default: spec.validation = .other(kind)
                }
            } else if let function = validation["function"]?.string {
                spec.validation = .function(source: function, message: validation["message"]?.string)
            }
        }
        if type == .oauth2 {
            spec.oauth2Options = FieldType.oauth2Options.compactMap { key in option(key)?.string.map { (key, $0) } }
        }
        if type == .fieldsGroup, let children = option("fields")?.array {
            spec.children = fields(children, stepInputs: stepInputs, parentPath: path, depth: depth + 1, maximumDepth: maximumDepth)
        }
        return spec
    }

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
