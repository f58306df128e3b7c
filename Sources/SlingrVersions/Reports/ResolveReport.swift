import SlingrDiagnostics

/// The three views `slingr-pkg resolve` prints: a table, a tree of the graph, and JSON.
///
/// JSON shape (keys always present, `null` when unknown):
/// ```
/// { "package": "packageTest", "succeeded": false,
///   "dependencies": [{ "name", "type", "requirement", "pointer", "status" (resolved | malformed |
///       unknown | unsatisfied), "resolved", "highest", "latest", "notes": [...] }],
///   "graph": [{ "name", "type", "version", "dependencies": [{ "name", "type", "requirement",
///       "resolved" }] }] or null,
///   "conflict": { "package", "facts": [...], "conclusion", "message" } or null,
///   "cycles": [["a v1.0.0", "b v1.0.0", "a v1.0.0"]],
///   "diagnostics": [ ...as in every other report... ] }
/// ```
public enum ResolveReport {
    static let none = "-"

    public static func table(_ resolution: Resolution) -> String {
        var table = TextTable(header: ["dependency", "type", "requirement", "resolved", "latest", "note"])
        for entry in resolution.direct {
            table.rows.append([
                entry.declaration.key.name,
                entry.declaration.key.kind.rawValue,
                entry.declaration.requirementText,
                entry.resolved?.version.description ?? none,
                entry.latest?.version.description ?? none,
                notes(entry, resolution).joined(separator: "; "),
            ])
        }
        return table.rendered()
    }

    /// `4 dependencies: 3 resolved, 1 malformed`.
    public static func summary(_ resolution: Resolution) -> String {
        var counts: [(String, Int)] = [("resolved", 0), ("malformed", 0), ("unknown", 0), ("unsatisfied", 0)]
        for entry in resolution.direct {
            let index: Int
            switch entry.status {
            case .resolved: index = 0
            case .malformed: index = 1
            case .unknown: index = 2
            case .unsatisfied: index = 3
            }
            counts[index].1 += 1
        }
        let total = resolution.direct.count
        var parts = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        if resolution.conflict != nil { parts.append("graph conflict") }
        if !resolution.cycles.isEmpty { parts.append("\(resolution.cycles.count) cycle\(resolution.cycles.count == 1 ? "" : "s")") }
        let head = "\(total) dependenc\(total == 1 ? "y" : "ies")"
        var line = parts.isEmpty ? head : head + ": " + parts.joined(separator: ", ")
        let unchecked = resolution.graph?.unknownDescriptors.count ?? 0
        if unchecked > 0 {
            line += "; dependencies of \(unchecked) package\(unchecked == 1 ? "" : "s") not checked (no git source)"
        }
        return line
    }

    static func notes(_ entry: DirectResolution, _ resolution: Resolution) -> [String] {
        var notes: [String] = []
        switch entry.status {
        case .malformed: notes.append("malformed version")
        case .unknown: notes.append("not found in any source")
        case .unsatisfied: notes.append("no release satisfies the requirement")
        case .resolved: break
        }
        if let highest = entry.highest, let selected = entry.selected, highest.version != selected.version {
            notes.append("held back from \(highest.version) by the graph")
        }
        if let resolved = entry.resolved, let latest = entry.latest, latest.version > resolved.version {
            notes.append("newer release outside the requirement")
        }
        return notes
    }

    /// The graph as a tree from the root; a package already shown with its dependencies is
    /// marked `(deduped)`, an edge back into the current path `(cycle)`. Without a graph (a
    /// conflict), the direct dependencies alone.
    public static func tree(_ resolution: Resolution) -> String {
        var output = resolution.rootName + "\n"
        guard let graph = resolution.graph else {
            for (index, entry) in resolution.direct.enumerated() {
                let last = index == resolution.direct.count - 1
                var line = "\(entry.declaration.key.name) \(entry.declaration.requirementText) -> \(entry.highest?.version.description ?? "?")"
                if entry.declaration.key.kind == .service { line += " (service)" }
                let entryNotes = notes(entry, resolution)
                if !entryNotes.isEmpty { line += " [" + entryNotes.joined(separator: "; ") + "]" }
                output += (last ? "└── " : "├── ") + line + "\n"
            }
            return output
        }
        var expanded: Set<DependencyKey> = []
        let rootKey = DependencyKey(.package, resolution.rootName)
        // Explicit stack of (edges still to print, indentation), so deep graphs cannot overflow.
        var stack: [(edges: ArraySlice<GraphEdge>, prefix: String, path: [DependencyKey])] = [(graph.rootEdges[...], "", [rootKey])]
        while !stack.isEmpty {
            let top = stack.count - 1
            guard let edge = stack[top].edges.first else {
                stack.removeLast()
                continue
            }
            stack[top].edges = stack[top].edges.dropFirst()
            let last = stack[top].edges.isEmpty
            let prefix = stack[top].prefix
            let path = stack[top].path
            var line = "\(edge.key.name) \(edge.requirement) -> \(edge.release?.version.description ?? "?")"
            var children: [GraphEdge] = []
            if edge.key.kind == .service {
                line += " (service)"
            } else if path.contains(edge.key) {
                line += " (cycle)"
            } else if graph.unknownDescriptors.contains(edge.key) {
                line += " (dependencies not checked)"
            } else if let edges = graph.edges[edge.key], !edges.isEmpty {
                if expanded.contains(edge.key) {
                    line += " (deduped)"
                } else {
                    expanded.insert(edge.key)
                    children = edges
                }
            }
            output += prefix + (last ? "└── " : "├── ") + line + "\n"
            if !children.isEmpty {
                stack.append((children[...], prefix + (last ? "    " : "│   "), path + [edge.key]))
            }
        }
        return output
    }

    public static func json(_ resolution: Resolution, diagnostics: [Diagnostic]) -> JSONOutput {
        func version(_ release: Release?) -> JSONOutput { .optional(release?.version.description) }
        let dependencies: [JSONOutput] = resolution.direct.map { entry in
            let status: String
            switch entry.status {
            case .resolved: status = "resolved"
            case .malformed: status = "malformed"
            case .unknown: status = "unknown"
            case .unsatisfied: status = "unsatisfied"
            }
            return .object([
                ("name", .string(entry.declaration.key.name)),
                ("type", .string(entry.declaration.key.kind.rawValue)),
                ("requirement", .string(entry.declaration.requirementText)),
                ("pointer", .string(entry.declaration.pointer.description)),
                ("status", .string(status)),
                ("resolved", version(entry.resolved)),
                ("highest", version(entry.highest)),
                ("latest", version(entry.latest)),
                ("notes", .array(notes(entry, resolution).map(JSONOutput.string))),
            ])
        }
        var graphOutput = JSONOutput.null
        if let graph = resolution.graph {
            graphOutput = .array(graph.selections.keys.sorted().map { key in
                .object([
                    ("name", .string(key.name)),
                    ("type", .string(key.kind.rawValue)),
                    ("version", version(graph.selections[key])),
                    ("dependencies", graph.unknownDescriptors.contains(key) ? .null : .array((graph.edges[key] ?? []).map { edge in
                        .object([
                            ("name", .string(edge.key.name)),
                            ("type", .string(edge.key.kind.rawValue)),
                            ("requirement", .string(edge.requirement.description)),
                            ("resolved", version(edge.release)),
                        ])
                    })),
                ])
            })
        }
        let conflictOutput = resolution.conflict.map { conflict in
            JSONOutput.object([
                ("package", .string(conflict.key.name)),
                ("facts", .array(conflict.facts.map(JSONOutput.string))),
                ("conclusion", .string(conflict.conclusion)),
                ("message", .string(conflict.message)),
            ])
        } ?? .null
        return .object([
            ("package", .string(resolution.rootName)),
            ("succeeded", .bool(resolution.succeeded && !diagnostics.contains { $0.severity == .error })),
            ("dependencies", .array(dependencies)),
            ("graph", graphOutput),
            ("conflict", conflictOutput),
            ("cycles", .array(resolution.cycles.map { .array($0.map(JSONOutput.string)) })),
            ("diagnostics", .array(diagnostics.sorted(by: Diagnostic.reportOrder).map(DiagnosticJSONRenderer.object))),
        ])
    }
}
