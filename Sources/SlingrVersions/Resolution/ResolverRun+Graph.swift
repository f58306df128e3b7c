import SlingrDiagnostics

/// Turning a solved search state into the reported graph, and the checks made on it.
extension ResolverRun {
    mutating func makeGraph(_ state: State, rootDeclarations: [DependencyDeclaration]) throws(VersionSourceError) -> ResolutionGraph {
        var edges: [DependencyKey: [GraphEdge]] = [:]
        for (key, declarations) in state.dependencies where key != rootKey {
            edges[key] = try graphEdges(declarations, state)
        }
        return ResolutionGraph(
            selections: state.selected,
            edges: edges,
            rootEdges: try graphEdges(rootDeclarations, state),
            unknownDescriptors: state.unknownDescriptors
        )
    }

    private mutating func graphEdges(_ declarations: [DependencyDeclaration], _ state: State) throws(VersionSourceError) -> [GraphEdge] {
        var result: [GraphEdge] = []
        for declaration in declarations {
            guard let requirement = declaration.parsedRequirement else { continue }
            let release: Release?
            if declaration.key.kind == .service {
                release = try releases(declaration.key)?.highest(satisfying: requirement)
            } else {
                release = state.selected[declaration.key]
            }
            result.append(GraphEdge(key: declaration.key, requirement: requirement, release: release))
        }
        return result
    }

    /// Warns when requirements on one service, from different places in the graph, have no
    /// release in common.
    mutating func checkServices(_ graph: ResolutionGraph) {
        var constraints: [DependencyKey: [Constraint]] = [:]
        var order: [DependencyKey] = []
        func collect(_ edges: [GraphEdge], _ origin: RequirementOrigin) {
            for edge in edges where edge.key.kind == .service {
                if constraints[edge.key] == nil { order.append(edge.key) }
                constraints[edge.key, default: []].append(Constraint(origin: origin, key: edge.key, requirement: edge.requirement))
            }
        }
        collect(graph.rootEdges, .root(rootName))
        for key in graph.selections.keys.sorted() {
            if let release = graph.selections[key], let edges = graph.edges[key] {
                collect(edges, .release(key, release.version))
            }
        }
        for key in order {
            guard let list = try? provider.releases(of: key), let all = constraints[key] else { continue }
            if Set(all.map(\.requirement)).count < 2 || Self.satisfiable(all, list) { continue }
            diagnostics.append(Diagnostic(
                ruleId: Resolver.serviceMismatchRule, severity: .warning,
                message: all.map(\.fact).joined(separator: "; ") + "; no single release of \(key.name) satisfies all of them",
                notes: [Diagnostic.Note("each package selects its own service instance, so this works only with separate instances")]
            ))
        }
    }

    /// Cycles through the chosen releases, each written from where it was entered back to it.
    func findCycles(_ graph: ResolutionGraph) -> [[String]] {
        func label(_ key: DependencyKey) -> String {
            if key == rootKey { return rootName }
            return graph.selections[key].map { "\(key.name) \($0.version)" } ?? key.name
        }
        func successors(_ key: DependencyKey) -> [DependencyKey] {
            let edges = key == rootKey ? graph.rootEdges : (graph.edges[key] ?? [])
            var seen: Set<DependencyKey> = []
            return edges.compactMap { edge in
                guard edge.key.kind == .package, edge.key == rootKey || graph.selections[edge.key] != nil,
                      seen.insert(edge.key).inserted else { return nil }
                return edge.key
            }
        }
        enum Mark { case active, done }
        var marks: [DependencyKey: Mark] = [:]
        var cycles: [[String]] = []
        // Iterative depth-first search, so a long chain cannot exhaust the stack.
        var stack: [(key: DependencyKey, next: [DependencyKey])] = []
        let starts = [rootKey] + graph.selections.keys.sorted()
        for start in starts where marks[start] == nil {
            marks[start] = .active
            stack.append((start, successors(start)))
            while !stack.isEmpty {
                let top = stack.count - 1
                guard let child = stack[top].next.first else {
                    marks[stack[top].key] = .done
                    stack.removeLast()
                    continue
                }
                stack[top].next.removeFirst()
                switch marks[child] {
                case .active:
                    if let entry = stack.firstIndex(where: { $0.key == child }) {
                        cycles.append(stack[entry...].map { label($0.key) } + [label(child)])
                    }
                case .done:
                    break
                case nil:
                    marks[child] = .active
                    stack.append((child, successors(child)))
                }
            }
        }
        return cycles
    }

    /// Without a graph, only a root that lists itself can be seen as a cycle.
    func selfCycles(_ declarations: [DependencyDeclaration]) -> [[String]] {
        declarations.contains { $0.key == rootKey } ? [[rootName, rootName]] : []
    }
}
