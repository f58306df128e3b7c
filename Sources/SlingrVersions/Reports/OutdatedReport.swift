import SlingrDiagnostics

/// `slingr-pkg outdated`: per dependency, like `npm outdated`, the current version (the version
/// the descriptor names: for `^v1.0.2` that is `v1.0.2`), the wanted one (the highest release
/// satisfying the requirement) and the latest, plus what each upgrade policy would offer an app
/// that has the current version installed.
///
/// A dependency is outdated when the chosen policy offers an update; without `--policy`, when
/// the latest release is newer than the current version. The text table lists outdated
/// dependencies and problems only; JSON lists every dependency:
/// ```
/// { "package": "app", "policy": "compatible" or null,
///   "dependencies": [{ "name", "type", "requirement", "current", "wanted", "latest",
///       "offers": { "compatible", "bugfix", "manual", "latest" }, "outdated": true, "notes": [...] }],
///   "diagnostics": [...] }
/// ```
public struct OutdatedReport: Sendable {
    public struct Row: Sendable {
        public var entry: DirectResolution
        public var current: Version?
        public var offers: [UpgradePolicy: Version]
        public var outdated: Bool
    }

    public var resolution: Resolution
    public var policy: UpgradePolicy?
    public var rows: [Row]

    public init(_ resolution: Resolution, policy: UpgradePolicy?) {
        self.resolution = resolution
        self.policy = policy
        rows = resolution.direct.map { entry in
            let current = entry.declaration.parsedRequirement?.version
            var offers: [UpgradePolicy: Version] = [:]
            if let current, let releases = entry.releases {
                for candidate in UpgradePolicy.allCases {
                    offers[candidate] = candidate.offeredUpdate(installed: current, released: releases.versions)
                }
            }
            let outdated: Bool
            if let policy {
                outdated = offers[policy] != nil
            } else if let current, let latest = entry.latest?.version {
                outdated = latest > current
            } else {
                outdated = false
            }
            return Row(entry: entry, current: current, offers: offers, outdated: outdated)
        }
    }

    public var hasOutdated: Bool { rows.contains(where: \.outdated) }

    public func text() -> String {
        let shown = rows.filter { $0.outdated || $0.entry.isFailure }
        if shown.isEmpty { return "all \(rows.count) dependenc\(rows.count == 1 ? "y is" : "ies are") up to date\n" }
        let policyColumns: [UpgradePolicy] = policy.map { [$0] } ?? [.compatibleVersion, .bugFixes]
        var table = TextTable(header: ["dependency", "type", "current", "wanted", "latest"] + policyColumns.map(\.name) + ["note"])
        for row in shown {
            var cells = [
                row.entry.declaration.key.name,
                row.entry.declaration.key.kind.rawValue,
                row.current?.description ?? row.entry.declaration.requirementText,
                row.entry.resolved?.version.description ?? ResolveReport.none,
                row.entry.latest?.version.description ?? ResolveReport.none,
            ]
            cells += policyColumns.map { row.offers[$0]?.description ?? ResolveReport.none }
            cells.append(notes(row).joined(separator: "; "))
            table.rows.append(cells)
        }
        return table.rendered()
    }

    /// Why a row has no resolved version, in words (empty when it has one).
    public func notes(_ row: Row) -> [String] {
        switch row.entry.status {
        case .malformed: return ["malformed version"]
        case .unknown: return ["not found in any source"]
        case .unsatisfied: return ["no release satisfies the requirement"]
        case .resolved: return []
        }
    }

    public func json(diagnostics: [Diagnostic]) -> JSONOutput {
        .object([
            ("package", .string(resolution.rootName)),
            ("policy", .optional(policy?.name)),
            ("dependencies", .array(rows.map { row in
                .object([
                    ("name", .string(row.entry.declaration.key.name)),
                    ("type", .string(row.entry.declaration.key.kind.rawValue)),
                    ("requirement", .string(row.entry.declaration.requirementText)),
                    ("current", .optional(row.current?.description)),
                    ("wanted", .optional(row.entry.resolved?.version.description)),
                    ("latest", .optional(row.entry.latest?.version.description)),
                    ("offers", .object(UpgradePolicy.allCases.map { ($0.name, .optional(row.offers[$0]?.description)) })),
                    ("outdated", .bool(row.outdated)),
                    ("notes", .array(notes(row).map(JSONOutput.string))),
                ])
            })),
            ("diagnostics", .array(diagnostics.sorted(by: Diagnostic.reportOrder).map(DiagnosticJSONRenderer.object))),
        ])
    }
}
