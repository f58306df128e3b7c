import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// The values a form is previewed with: an object tree keyed by field name (groups nested, as
/// `config.group.child`), and where each value came from.
///
/// Precedence, lowest first: `defaultValue`, then the `--values` file, then `--set`; a button
/// press replaces values with what its action left in `config`.
public struct ConfigurationValues: Sendable, Equatable {
    public enum Origin: String, Sendable {
        case defaultValue = "default"
        case file
        case commandLine = "set"
        case action
        case answer
    }

    public private(set) var root: HostValue = .object([])
    /// Origins by dotted path, for the values set explicitly or by default.
    public private(set) var origins: [String: Origin] = [:]

    public init() {}

    public init(root: HostValue, origin: Origin) {
        if case .object = root { self.root = root }
        for path in Self.leafPaths(self.root) { origins[path] = origin }
    }

    public static func == (lhs: ConfigurationValues, rhs: ConfigurationValues) -> Bool { lhs.root == rhs.root }

    /// The value at a dotted path, `nil` when nothing is set there.
    public func value(at path: String) -> HostValue? { value(at: path.split(separator: ".").map(String.init)) }

    public func value(at components: [String]) -> HostValue? {
        var current = root
        for component in components {
            guard let next = current[component] else { return nil }
            current = next
        }
        return current
    }

    public func origin(of path: String) -> Origin? { origins[path] }

    /// Deepest dotted path a value can be set at: groups nest a few levels in real forms, and a
    /// bound keeps every later walk over the values (comparison, rendering, release) shallow.
    public static let maximumDepth = 64

    /// Sets a value, creating the objects of the groups on the way (replacing non-objects).
    /// Paths deeper than `maximumDepth` are ignored; callers refuse them first with a message.
    public mutating func set(_ components: [String], _ value: HostValue, origin: Origin) {
        guard !components.isEmpty, components.count <= Self.maximumDepth else { return }
        root = Self.setting(root, components, value)
        let path = components.joined(separator: ".")
        origins = origins.filter { !$0.key.hasPrefix(path + ".") }
        origins[path] = origin
    }

    public mutating func set(_ path: String, _ value: HostValue, origin: Origin) {
        set(path.split(separator: ".", omittingEmptySubsequences: false).map(String.init), value, origin: origin)
    }

    /// The same values with `transform` applied to the whole tree, origins kept (to hide
    /// secrets before printing).
    public func mapping(_ transform: (HostValue) -> HostValue) -> ConfigurationValues {
        var copy = self
        copy.root = transform(root)
        return copy
    }

    /// Every value of `other` laid over these ones (objects merge member by member).
    public mutating func merge(_ other: ConfigurationValues) {
        for path in Self.leafPaths(other.root) {
            if let value = other.value(at: path.split(separator: ".").map(String.init)) {
                set(path, value, origin: other.origins[path] ?? .file)
            }
        }
    }

    /// `base` with `value` at `components`, built without recursion: down the path collecting
    /// the object at each level (a new one where there is none), then back up setting members.
    private static func setting(_ base: HostValue, _ components: [String], _ value: HostValue) -> HostValue {
        var objects: [HostValue] = []
        var node = base
        for component in components {
            let object: HostValue
            if case .object = node { object = node } else { object = .object([]) }
            objects.append(object)
            node = object[component] ?? .undefined
        }
        var rebuilt = value
        for (component, object) in zip(components, objects).reversed() {
            var copy = object
            copy.set(component, rebuilt)
            rebuilt = copy
        }
        return rebuilt
    }

    /// Dotted paths of the values that are not objects (objects are walked, to a bounded depth).
    static func leafPaths(_ value: HostValue, prefix: String = "", depth: Int = 0) -> [String] {
        guard case .object(let members) = value, depth < 64 else { return prefix.isEmpty ? [] : [prefix] }
        if members.isEmpty, !prefix.isEmpty { return [prefix] }
        return members.flatMap { member in
            leafPaths(member.value, prefix: prefix.isEmpty ? member.key : prefix + "." + member.key, depth: depth + 1)
        }
    }
}

extension ConfigurationValues {
    /// A `--values` file: a JSON object. Problems are located diagnostics.
    public static func read(_ source: SourceFile) -> (values: ConfigurationValues?, diagnostics: [Diagnostic]) {
        let result = JSONParser.parse(source)
        guard !result.hasErrors, let document = result.value else { return (nil, result.diagnostics) }
        guard document.members != nil else {
            let diagnostic = ValuesFileRule.description.diagnostic(ValuesFileRule.notAnObject(document.typeName), in: source, range: document.range)
            return (nil, [diagnostic])
        }
        return (ConfigurationValues(root: hostValue(document), origin: .file), result.diagnostics)
    }

    /// JSON as script data (numbers as doubles; duplicate keys keep the last, as `JSON.parse`).
    public static func hostValue(_ value: JSONValue) -> HostValue {
        switch value.kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number.double ?? .nan)
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(hostValue))
        case .object(let members):
            var object: HostValue = .object([])
            for member in members { object.set(member.key, hostValue(member.value)) }
            return object
        }
    }

    /// Script data as JSON for writing (`undefined` members are left out, non-finite numbers
    /// become `null` as `JSON.stringify` does).
    public static func jsonOutput(_ value: HostValue) -> JSONOutput {
        switch value {
        case .undefined, .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return number.isFinite ? .number(HostValue.number(number).description) : .null
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(jsonOutput))
        case .object(let members):
            return .object(members.compactMap { member in
                if case .undefined = member.value { return nil }
                return (member.key, jsonOutput(member.value))
            })
        }
    }

    /// How `--set NAME=TEXT` is typed for a field of `type`: text-like fields (text, password,
    /// single drop-downs and button groups, unknown types) take the text as is; toggles take
    /// `true`/`false`; `many` fields and other types take a JSON literal (`["a","b"]`, `12`,
    /// `null`) when the text is one, else the text (wrapped in a list for `many`).
    public static func typedValue(_ text: String, for field: FormFieldSpec?) -> HostValue {
        let json = JSONParser.parse(text, path: "<set>")
        let literal = json.hasErrors ? nil : json.value.map(hostValue)
        guard let field else { return literal ?? .string(text) }
        if field.isMany {
            if let literal, case .array = literal { return literal }
            return .array([.string(text)])
        }
        switch field.type {
        case .toggle?, .boolean?:
            if text == "true" { return .bool(true) }
            if text == "false" { return .bool(false) }
            return literal ?? .string(text)
        case .text?, .password?, .dropDown?, .buttonsGroup?, .choice?, nil:
            return .string(text)
        default:
            return literal ?? .string(text)
        }
    }
}
