import SlingrDiagnostics

/// What a JSON value in a descriptor may be, declared once: the validators read these
/// declarations for their key lists, required keys and enumerations, and the JSON Schema
/// generator and the language server read the same ones, so the three cannot drift apart.
///
/// A shape says what is accepted without a structural finding (missing-key, wrong-type,
/// unknown-key, invalid-value, invalid-name, unknown-field-type, version-syntax). Checks that
/// need more than the value itself (duplicate names, files that must exist) stay in the
/// validators and lint rules.
public indirect enum ValueShape: Sendable {
    /// Any string, or one matching `pattern`.
    case string(TextPattern?)
    /// One of a list of strings.
    case enumeration(EnumerationShape)
    /// `true` or `false`; the strings `"true"` and `"false"` work too, reported as
    /// boolean-as-string when `quotedIsDrift` (flow-step options write them quoted by design).
    case boolean(quotedIsDrift: Bool)
    /// A boolean or a string holding a JavaScript expression (`required`, `visibility`).
    case booleanOrExpression
    case integer
    /// Anything (`defaultValue`, `value`, options the format leaves open).
    case anything
    case array(of: ValueShape, minimumCount: Int = 0)
    case object(ObjectShape)
    /// Whichever of these the value is (a label as a string or as translations).
    case either([ValueShape])
    /// A shape declared once under a name, used where shapes nest in themselves (the fields
    /// of a group are fields).
    case named(String)

    /// Plain text, no constraint.
    public static let text = ValueShape.string(nil)
    /// A boolean, whose quoted form is drift.
    public static let flag = ValueShape.boolean(quotedIsDrift: true)

    /// `.enumeration` of plain values.
    public static func oneOf(_ values: [String], ignoringCase: Bool = false) -> ValueShape {
        .enumeration(EnumerationShape(values.map { EnumerationShape.Value($0) }, ignoringCase: ignoringCase))
    }

    /// The enumeration this shape is, if it is one.
    public var enumeration: EnumerationShape? {
        if case .enumeration(let shape) = self { return shape }
        return nil
    }

    /// The forms of an `either` shape; the shape itself otherwise.
    public var alternatives: [ValueShape] {
        if case .either(let forms) = self { return forms }
        return [self]
    }

    /// The object this shape is, if it is one.
    public var object: ObjectShape? {
        if case .object(let shape) = self { return shape }
        return nil
    }
}

/// A constraint on a string, with the rule that reports a string that breaks it.
public struct TextPattern: Sendable {
    /// An ECMAScript regular expression (what JSON Schema's `pattern` means).
    public var expression: String
    /// What a matching string is, for messages and documentation (`a JavaScript identifier`).
    public var meaning: String
    /// The rule id of the finding for a string that does not match.
    public var ruleId: String

    public init(expression: String, meaning: String, ruleId: String) {
        self.expression = expression
        self.meaning = meaning
        self.ruleId = ruleId
    }
}

/// The strings a key accepts, each with what it means.
public struct EnumerationShape: Sendable {
    public struct Value: Sendable {
        public var name: String
        /// One sentence for completion and hover; empty when the name says it all.
        public var meaning: String

        public init(_ name: String, _ meaning: String = "") {
            self.name = name
            self.meaning = meaning
        }
    }

    public var values: [Value]
    /// `APP` and `app` both accepted (documentation and real files disagree on case).
    public var ignoringCase: Bool
    /// The rule reporting a value outside the list (invalid-value unless said otherwise).
    public var ruleId: String

    public init(_ values: [Value], ignoringCase: Bool = false, ruleId: String? = nil) {
        self.values = values
        self.ignoringCase = ignoringCase
        self.ruleId = ruleId ?? InvalidValueRule.description.id
    }

    public var names: [String] { values.map(\.name) }

    public func accepts(_ text: String) -> Bool {
        ignoringCase ? names.contains { $0.lowercased() == text.lowercased() } : names.contains(text)
    }
}

/// One key of an object: its shape and what it is for.
public struct KeyShape: Sendable {
    public var name: String
    public var shape: ValueShape
    /// One or two sentences for hover, completion and the schema's descriptions.
    public var meaning: String

    public init(_ name: String, _ shape: ValueShape, _ meaning: String) {
        self.name = name
        self.shape = shape
        self.meaning = meaning
    }
}

/// A JSON object of a descriptor: its keys, which of them must be there, and the variants
/// chosen by the value of one key (a field's `type` decides its `typeOptions`).
public struct ObjectShape: Sendable {
    /// How the object is named in documentation (`configuration field`).
    public var title: String
    public var meaning: String
    public var keys: [KeyShape]
    /// Keys whose absence is a missing-key error (`null` counts as absent in descriptors).
    public var required: [String]
    /// Key prefixes accepted beyond `keys` (entity mappers' `allowTo...` options).
    public var acceptedPrefixes: [String]
    /// Whether a key outside `keys` is an unknown-key finding.
    public var isClosed: Bool
    /// The shape of values under keys outside `keys`, in an object that is not closed
    /// (`nil`: anything).
    public var otherValues: ValueShape?
    /// Whether `null` reads as absent, as the platform's descriptor reader treats it.
    public var nullMeansAbsent: Bool
    /// Refinements chosen by the value of `variantKey`.
    public var variantKey: String?
    public var variants: [Variant]
    /// Skeletons offered in an editor when a new object of this kind is started.
    public var snippets: [Snippet]

    public init(_ title: String, meaning: String, keys: [KeyShape], required: [String] = [], acceptedPrefixes: [String] = [],
                isClosed: Bool = true, otherValues: ValueShape? = nil, nullMeansAbsent: Bool = true, variantKey: String? = nil, variants: [Variant] = [],
                snippets: [Snippet] = []) {
        self.title = title
        self.meaning = meaning
        self.keys = keys
        self.required = required
        self.acceptedPrefixes = acceptedPrefixes
        self.isClosed = isClosed
        self.otherValues = otherValues
        self.nullMeansAbsent = nullMeansAbsent
        self.variantKey = variantKey
        self.variants = variants
        self.snippets = snippets
    }

    public var keyNames: [String] { keys.map(\.name) }

    public func key(_ name: String) -> KeyShape? { keys.first { $0.name == name } }

    /// The values of an enumeration key (empty when the key is not one).
    public func enumerationNames(_ name: String) -> [String] { key(name)?.shape.enumeration?.names ?? [] }

    /// Whether `name` is a key of this object (listed, or under an accepted prefix).
    public func accepts(key name: String) -> Bool {
        !isClosed || keyNames.contains(name) || acceptedPrefixes.contains { name.hasPrefix($0) }
    }

    /// The variant for a value of `variantKey`.
    public func variant(for value: String) -> Variant? { variants.first { $0.value == value } }

    /// The shape of `name` once the variant is known: the variant's refinement, or the key's own.
    public func shape(of name: String, variant: Variant?) -> ValueShape? {
        variant?.keys.first { $0.name == name }?.shape ?? key(name)?.shape
    }

    /// What an object of this kind must hold when `variantKey` has a given value.
    public struct Variant: Sendable {
        public var value: String
        /// Keys whose shape differs for this variant (replacing the general one).
        public var keys: [KeyShape]
        /// Keys required in addition to the object's own.
        public var required: [String]

        public init(value: String, keys: [KeyShape] = [], required: [String] = []) {
            self.value = value
            self.keys = keys
            self.required = required
        }
    }

    /// An editor snippet: a label and the object to insert, with `${1:...}` placeholders in
    /// its strings as editors understand them.
    public struct Snippet: Sendable {
        public var label: String
        public var meaning: String
        public var body: [(String, SnippetValue)]

        public init(_ label: String, meaning: String, body: [(String, SnippetValue)]) {
            self.label = label
            self.meaning = meaning
            self.body = body
        }
    }

    /// A value inside a snippet body.
    public indirect enum SnippetValue: Sendable {
        case text(String)
        case bool(Bool)
        case array([SnippetValue])
        case object([(String, SnippetValue)])
    }
}
