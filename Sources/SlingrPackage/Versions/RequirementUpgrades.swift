import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// What `outdated --write` does to `package.json`: each requirement for which the upgrade
/// policy offers a newer release is rewritten to name that release, keeping its prefix
/// (`^v1.8.5` becomes `^v1.9.1`, `v1.0.34` becomes `v1.0.36`), through the format-preserving
/// editor, so only those strings change. Requirements that cannot be resolved (malformed, not in
/// any source, unsatisfied) are refused and left as they are.
public struct RequirementUpgrades: Sendable {
    public struct Change: Sendable, Hashable {
        public var name: String
        public var kind: String
        public var old: String
        public var new: String
    }

    public struct Refusal: Sendable, Hashable {
        public var name: String
        public var requirement: String
        public var reason: String
    }

    public var policy: UpgradePolicy
    public var changes: [Change] = []
    public var refusals: [Refusal] = []
    /// The descriptor after the changes (equal to the original when there are none).
    public var original: [UInt8]
    public var updated: [UInt8]

    /// Plans the upgrades `report` offers under `policy` for the descriptor `source`.
    public init(_ report: OutdatedReport, policy: UpgradePolicy, descriptor source: SourceFile) throws(JSONEditError) {
        self.policy = policy
        original = source.bytes
        var editor = try JSONEditor(source: source)
        var edits: [JSONEdit] = []
        for row in report.rows {
            let declaration = row.entry.declaration
            let name = declaration.key.name
            if row.entry.isFailure {
                refusals.append(Refusal(name: name, requirement: declaration.requirementText, reason: report.notes(row).joined(separator: "; ")))
                continue
            }
            guard let requirement = declaration.parsedRequirement, let offered = row.offers[policy] else { continue }
            let new = VersionRequirement(requirement.kind, offered).description
            guard new != declaration.requirementText else { continue }
            changes.append(Change(name: name, kind: declaration.key.kind.rawValue, old: declaration.requirementText, new: new))
            edits.append(.replaceValue(at: declaration.pointer.appending("version"), with: .string(new)))
        }
        try editor.apply(edits)
        updated = editor.bytes
    }

    /// One line per change and refusal, aligned.
    public func text(descriptor shown: String) -> String {
        var text = ""
        if changes.isEmpty {
            text += "no requirement in \(shown) has an update under the '\(policy.name)' policy\n"
        } else {
            var table = TextTable(header: ["dependency", "type", "from", "to"])
            for change in changes { table.rows.append([change.name, change.kind, change.old, change.new]) }
            text += "\(shown), '\(policy.name)' policy:\n" + table.rendered()
        }
        for refusal in refusals {
            text += "refused \(refusal.name) '\(refusal.requirement)': \(refusal.reason)\n"
        }
        return text
    }
}
