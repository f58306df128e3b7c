import SlingrDiagnostics
import SlingrJSON

/// The lint part of `.slingr-pkg.json`: `{"rules": {"rule-id": "off" | "note" | "warning" |
/// "error"}, "ignore": ["glob", ...]}`. Other keys (`registry`, `sources`) belong to the
/// version commands and are left alone here.
public struct LintConfiguration: Sendable {
    public enum Setting: String, Sendable, CaseIterable {
        case off, note, warning, error

        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    public var rules: [String: Setting] = [:]
    public var ignore: [Glob] = []

    public init(rules: [String: Setting] = [:], ignore: [Glob] = []) {
        self.rules = rules
        self.ignore = ignore
    }

    /// The rule id findings about the configuration file itself are reported under.
    public static let ruleId = SettingsFileRule.description.id

    /// Reads the configuration from a parsed `.slingr-pkg.json`; every problem (wrong types,
    /// unknown settings, unknown rule ids with suggestions) is returned as a diagnostic.
    public static func read(_ document: JSONValue, source: SourceFile, knownRules: [String]) -> (LintConfiguration, [Diagnostic]) {
        var configuration = LintConfiguration()
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ message: String, _ range: SourceRange, _ pointer: JSONPointer) {
            diagnostics.append(Diagnostic(ruleId: ruleId, severity: severity, message: message, in: source, range: range, pointer: pointer.description))
        }
        guard let members = document.members else {
            report(.error, "the configuration must be an object, not \(article(document.typeName))", document.range, .root)
            return (configuration, diagnostics)
        }
        for member in members where !ProjectSettingsShape.keyNames.contains(member.key) {
            var message = "unknown key '\(member.key)' in the configuration"
            if let suggestion = Suggestion.closest(to: member.key, in: ProjectSettingsShape.keyNames) { message += "; did you mean '\(suggestion)'?" }
            report(.warning, message, member.keyRange, JSONPointer.root.appending(member.key))
        }
        if let rules = document["rules"] {
            let pointer = JSONPointer.root.appending("rules")
            if let entries = rules.members {
                for entry in entries {
                    guard knownRules.contains(entry.key) else {
                        report(.warning, SettingsFileRule.unknownRule(entry.key, suggestion: Suggestion.closest(to: entry.key, in: knownRules)),
                               entry.keyRange, pointer.appending(entry.key))
                        continue
                    }
                    guard let text = entry.value.string, let setting = Setting(rawValue: text) else {
                        report(.error, "rule '\(entry.key)' must be set to \"off\", \"note\", \"warning\" or \"error\"", entry.value.range, pointer.appending(entry.key))
                        continue
                    }
                    configuration.rules[entry.key] = setting
                }
            } else {
                report(.error, "'rules' must be an object mapping rule ids to \"off\", \"note\", \"warning\" or \"error\"", rules.range, pointer)
            }
        }
        if let ignore = document["ignore"] {
            let pointer = JSONPointer.root.appending("ignore")
            if let patterns = ignore.array {
                for (index, pattern) in patterns.enumerated() {
                    if let text = pattern.string, !text.isEmpty {
                        configuration.ignore.append(Glob(text))
                    } else {
                        report(.error, "ignore patterns must be non-empty strings", pattern.range, pointer.appending(index))
                    }
                }
            } else {
                report(.error, "'ignore' must be an array of glob patterns", ignore.range, pointer)
            }
        }
        return (configuration, diagnostics)
    }

    /// The severity a finding of `ruleId` is reported with, or `nil` when the rule is off.
    func severity(for ruleId: String, default severity: Severity) -> Severity? {
        guard let setting = rules[ruleId] else { return severity }
        return setting.severity
    }

    func isIgnored(_ relativePath: String) -> Bool {
        ignore.contains { $0.matches(relativePath) }
    }
}
