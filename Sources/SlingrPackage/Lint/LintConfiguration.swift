import SlingrDiagnostics
import SlingrJSON

/// The lint part of `.slingr-pkg.json`:
///
/// ```json
/// {
///   "rules": { "step-icon-size": "off" },
///   "ignore": ["scripts/vendor/**", "package.json#/configuration/3"],
///   "overrides": [{ "files": ["listeners/**"], "rules": { "trigger-event": "error" } }]
/// }
/// ```
///
/// `rules` sets a severity per rule id (`off`, `note`, `warning`, `error`); `ignore` lists
/// paths whose findings are dropped (and which are not listed from the conventional folders);
/// a pattern with a `#/json/pointer` fragment drops only the findings of a descriptor at that
/// value or inside it, since JSON has no comments to suppress them in place. `overrides` apply
/// their `rules` to the findings of matching files (pointer fragments allowed), later ones
/// winning. Other keys (`registry`, `sources`) belong to the version commands.
public struct LintConfiguration: Sendable {
    public enum Setting: String, Sendable, CaseIterable {
        case off, note, warning, error

        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    /// A path pattern, optionally narrowed to a JSON pointer inside the file.
    public struct Target: Sendable, Hashable {
        public var glob: Glob
        public var pointer: String?

        public init(_ text: String) {
            if let hash = text.firstIndex(of: "#") {
                glob = Glob(String(text[..<hash]))
                pointer = String(text[text.index(after: hash)...])
            } else {
                glob = Glob(text)
                pointer = nil
            }
        }

        /// Whether a finding in `path` at `findingPointer` is covered.
        func matches(_ path: String, pointer findingPointer: String?) -> Bool {
            guard glob.matches(path) else { return false }
            guard let pointer else { return true }
            guard let findingPointer else { return false }
            return findingPointer == pointer || findingPointer.hasPrefix(pointer + "/")
        }
    }

    /// Rule settings for the findings of some files.
    public struct Override: Sendable {
        public var files: [Target]
        public var rules: [String: Setting]
    }

    public var rules: [String: Setting] = [:]
    public var ignore: [Target] = []
    public var overrides: [Override] = []

    public init(rules: [String: Setting] = [:], ignore: [Glob] = []) {
        self.rules = rules
        self.ignore = ignore.map { Target($0.pattern) }
    }

    /// The rule id findings about the configuration file itself are reported under.
    public static let ruleId = SettingsFileRule.description.id

    static let keys = ["rules", "ignore", "overrides", "registry", "sources"]

    /// Reads the configuration from a parsed `.slingr-pkg.json`; every problem (wrong types,
    /// unknown settings, unknown rule ids with suggestions) is returned as a diagnostic.
    public static func read(_ document: JSONValue, source: SourceFile, knownRules: [String]) -> (LintConfiguration, [Diagnostic]) {
        var configuration = LintConfiguration()
        var diagnostics: [Diagnostic] = []
        /// Warnings are names the file does not know (settings-unknown), errors values it
        /// cannot use (settings-file).
        func report(_ severity: Severity, _ message: String, _ range: SourceRange, _ pointer: JSONPointer) {
            let rule = severity == .warning ? SettingsUnknownRule.description : SettingsFileRule.description
            diagnostics.append(rule.diagnostic(message, in: source, range: range, pointer: pointer.description))
        }
        guard let members = document.members else {
            report(.error, SettingsFileRule.notAnObject(document.typeName), document.range, .root)
            return (configuration, diagnostics)
        }
        for member in members where !keys.contains(member.key) {
            report(.warning, SettingsUnknownRule.unknownKey(member.key, suggestion: Suggestion.closest(to: member.key, in: keys)),
                   member.keyRange, JSONPointer.root.appending(member.key))
        }
        /// A `{"rule-id": "setting"}` object.
        func ruleSettings(_ value: JSONValue, pointer: JSONPointer) -> [String: Setting] {
            guard let entries = value.members else {
                report(.error, "'rules' must be an object mapping rule ids to \"off\", \"note\", \"warning\" or \"error\"", value.range, pointer)
                return [:]
            }
            var settings: [String: Setting] = [:]
            for entry in entries {
                guard knownRules.contains(entry.key) else {
                    report(.warning, SettingsUnknownRule.unknownRule(entry.key, suggestion: Suggestion.closest(to: entry.key, in: knownRules)),
                           entry.keyRange, pointer.appending(entry.key))
                    continue
                }
                guard let text = entry.value.string, let setting = Setting(rawValue: text) else {
                    report(.error, "rule '\(entry.key)' must be set to \"off\", \"note\", \"warning\" or \"error\"", entry.value.range, pointer.appending(entry.key))
                    continue
                }
                settings[entry.key] = setting
            }
            return settings
        }
        /// An array of path patterns (pointer fragments allowed).
        func targets(_ value: JSONValue, key: String, pointer: JSONPointer) -> [Target] {
            guard let patterns = value.array else {
                report(.error, "'\(key)' must be an array of path patterns", value.range, pointer)
                return []
            }
            var result: [Target] = []
            for (index, pattern) in patterns.enumerated() {
                guard let text = pattern.string, !text.isEmpty, !text.hasPrefix("#") else {
                    report(.error, "'\(key)' patterns must be non-empty strings naming files", pattern.range, pointer.appending(index))
                    continue
                }
                let target = Target(text)
                if let fragment = target.pointer, JSONPointer(fragment) == nil {
                    report(.error, "'\(fragment)' is not a JSON pointer (RFC 6901: '/configuration/0/type')", pattern.range, pointer.appending(index))
                    continue
                }
                result.append(target)
            }
            return result
        }
        if let rules = document["rules"] {
            configuration.rules = ruleSettings(rules, pointer: JSONPointer.root.appending("rules"))
        }
        if let ignore = document["ignore"] {
            configuration.ignore = targets(ignore, key: "ignore", pointer: JSONPointer.root.appending("ignore"))
        }
        if let overrides = document["overrides"] {
            let pointer = JSONPointer.root.appending("overrides")
            guard let items = overrides.array else {
                report(.error, "'overrides' must be an array of {\"files\": [...], \"rules\": {...}} objects", overrides.range, pointer)
                return (configuration, diagnostics)
            }
            for (index, item) in items.enumerated() {
                let itemPointer = pointer.appending(index)
                guard let fields = item.members else {
                    report(.error, "an override must be an object with 'files' and 'rules'", item.range, itemPointer)
                    continue
                }
                for field in fields where field.key != "files" && field.key != "rules" {
                    report(.warning, SettingsUnknownRule.unknownKey(field.key, suggestion: Suggestion.closest(to: field.key, in: ["files", "rules"]), in: "an override"),
                           field.keyRange, itemPointer.appending(field.key))
                }
                guard let files = item["files"], let rules = item["rules"] else {
                    report(.error, "an override needs both 'files' and 'rules'", item.range, itemPointer)
                    continue
                }
                configuration.overrides.append(Override(files: targets(files, key: "files", pointer: itemPointer.appending("files")),
                                                        rules: ruleSettings(rules, pointer: itemPointer.appending("rules"))))
            }
        }
        return (configuration, diagnostics)
    }

    /// The severity a finding is reported with, or `nil` when its rule is off for it: the
    /// default, then `rules`, then each matching override in order.
    func severity(for diagnostic: Diagnostic, path: String?) -> Severity? {
        var setting = rules[diagnostic.ruleId]
        if let path {
            for override in overrides where override.files.contains(where: { $0.matches(path, pointer: diagnostic.pointer) }) {
                if let specific = override.rules[diagnostic.ruleId] { setting = specific }
            }
        }
        guard let setting else { return diagnostic.severity }
        return setting.severity
    }

    /// Whether a whole path is ignored (patterns without a pointer).
    func isIgnored(_ relativePath: String) -> Bool {
        ignore.contains { $0.pointer == nil && $0.glob.matches(relativePath) }
    }

    /// Whether a finding is ignored: its file, or the descriptor value it points at.
    func isIgnored(_ relativePath: String, pointer: String?) -> Bool {
        ignore.contains { $0.matches(relativePath, pointer: pointer) }
    }
}
