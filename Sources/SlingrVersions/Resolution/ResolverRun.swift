import SlingrDiagnostics

/// The state of one `resolve` call.
struct ResolverRun {
    enum Abort: Error {
        case source(VersionSourceError)
        case limit(String)
    }

    struct State {
        var selected: [DependencyKey: Release] = [:]
        var constraints: [DependencyKey: [Constraint]] = [:]
        var discovery: [DependencyKey] = []
        var dependencies: [DependencyKey: [DependencyDeclaration]] = [:]
        var unknownDescriptors: Set<DependencyKey> = []
    }

    let provider: any ReleaseProvider
    let rootName: String
    let stepLimit: Int
    let packageLimit: Int
    var steps = 0
    /// Conflicts met during the search; `genuine` ones hold whatever else is chosen.
    var conflicts: [(conflict: ResolutionConflict, genuine: Bool)] = []
    var diagnostics: [Diagnostic] = []
    var consulted: [DependencyKey] = []

    init(provider: any ReleaseProvider, rootName: String, stepLimit: Int, packageLimit: Int) {
        self.provider = provider
        self.rootName = rootName
        self.stepLimit = stepLimit
        self.packageLimit = packageLimit
    }

    var rootKey: DependencyKey { DependencyKey(.package, rootName) }

    mutating func releases(_ key: DependencyKey) throws(VersionSourceError) -> ReleaseList? {
        if !consulted.contains(key) { consulted.append(key) }
        return try provider.releases(of: key)
    }

    mutating func resolve(_ declarations: [DependencyDeclaration]) throws(VersionSourceError) -> Resolution {
        var direct: [DirectResolution] = []
        var initial = State()
        for declaration in declarations {
            var result = DirectResolution(declaration: declaration, status: .resolved)
            let list = try releases(declaration.key)
            result.releases = list
            result.latest = list?.latest
            switch declaration.requirement {
            case .failure(let error):
                result.status = .malformed(error)
            case .success(let requirement):
                if let list {
                    result.highest = list.highest(satisfying: requirement)
                    if result.highest == nil { result.status = .unsatisfied }
                } else {
                    result.status = .unknown
                }
                if !result.isFailure, declaration.key.kind == .package, declaration.key != rootKey {
                    add(Constraint(origin: .root(rootName), key: declaration.key, requirement: requirement), to: &initial)
                }
            }
            direct.append(result)
        }
        initial.dependencies[rootKey] = declarations

        var graph: ResolutionGraph?
        var conflict: ResolutionConflict?
        var solution: State?
        do {
            solution = try search(initial, depth: 0)
            if solution == nil { conflict = reportedConflict() }
        } catch {
            switch error {
            case .source(let failure): throw failure
            case .limit(let why): conflict = ResolutionConflict(key: rootKey, facts: [], conclusion: why, alsoTried: [])
            }
        }
        if let solution { graph = try makeGraph(solution, rootDeclarations: declarations) }

        if let graph {
            for index in direct.indices where !direct[index].isFailure {
                let declaration = direct[index].declaration
                if declaration.key.kind == .package {
                    direct[index].selected = graph.selections[declaration.key]
                } else {
                    direct[index].selected = direct[index].highest
                }
            }
            checkServices(graph)
        }
        let cycles = graph.map(findCycles) ?? selfCycles(declarations)
        for cycle in cycles {
            diagnostics.append(Diagnostic(ruleId: Resolver.cycleRule, severity: .error, message: "dependency cycle: " + cycle.joined(separator: " -> ")))
        }
        if let conflict {
            diagnostics.append(Diagnostic(
                ruleId: Resolver.conflictRule, severity: .error, message: conflict.message,
                notes: conflict.alsoTried.map { Diagnostic.Note($0) }
            ))
        }
        for key in consulted {
            for skipped in (try provider.releases(of: key))?.skipped ?? [] {
                diagnostics.append(Diagnostic(
                    ruleId: Resolver.skippedTagRule, severity: .note,
                    message: "skipped tag '\(skipped.tag)' of '\(key.name)': \(skipped.reason)"
                ))
            }
        }
        return Resolution(rootName: rootName, direct: direct, graph: graph, conflict: conflict, cycles: cycles, diagnostics: diagnostics)
    }

    func add(_ constraint: Constraint, to state: inout State) {
        if state.constraints[constraint.key] == nil { state.discovery.append(constraint.key) }
        state.constraints[constraint.key, default: []].append(constraint)
    }

    /// Depth-first search; `nil` when this branch has no solution.
    mutating func search(_ state: State, depth: Int) throws(Abort) -> State? {
        guard depth <= packageLimit else { throw .limit("the graph has more than \(packageLimit) packages") }
        // Decide the open package with the fewest candidates (ties: discovery order).
        var best: (key: DependencyKey, candidates: [Release])?
        for key in state.discovery where state.selected[key] == nil {
            let list: ReleaseList?
            do { list = try releases(key) } catch { throw .source(error) }
            let constraints = state.constraints[key] ?? []
            guard let list else {
                record(key: key, constraints: constraints, conclusion: "no source lists '\(key.name)'")
                return nil
            }
            let candidates = list.releases.reversed().filter { release in
                constraints.allSatisfy { $0.requirement.isSatisfied(by: release.version) }
            }
            if candidates.isEmpty {
                record(key: key, constraints: constraints, conclusion: noVersionConclusion(key, constraints, list))
                return nil
            }
            if best == nil || candidates.count < (best?.candidates.count ?? 0) { best = (key, candidates) }
        }
        guard let (key, candidates) = best else { return state }

        candidateLoop: for candidate in candidates {
            steps += 1
            guard steps <= stepLimit else { throw .limit("gave up after trying \(stepLimit) versions") }
            let origin = RequirementOrigin.release(key, candidate.version)
            var next = state
            next.selected[key] = candidate
            let lookup: DescriptorLookup
            do { lookup = try provider.descriptor(of: key, at: candidate) } catch { throw .source(error) }
            var declarations: [DependencyDeclaration] = []
            switch lookup {
            case .unavailable:
                next.unknownDescriptors.insert(key)
            case .missing:
                note("\(origin) has no package.json; its dependencies are not checked")
            case .unreadable(let why):
                record(key: key, facts: ["\(origin) has a package.json that cannot be read (\(why))"], conclusion: "it cannot be used")
                continue candidateLoop
            case .found(let descriptor):
                if descriptor.diagnostics.contains(where: { $0.severity == .error }), descriptor.dependencies.isEmpty {
                    record(key: key, facts: ["\(origin) has an unreadable package.json"], conclusion: "it cannot be used")
                    continue candidateLoop
                }
                if let name = descriptor.packageName, name != key.name {
                    note("package.json of \(origin) is named '\(name)'")
                }
                declarations = descriptor.dependencies
            }
            next.dependencies[key] = declarations
            for declaration in declarations {
                guard let requirement = declaration.parsedRequirement else {
                    record(key: key, facts: ["\(origin) requires \(declaration.key.name) '\(declaration.requirementText)'"], conclusion: "that version is malformed")
                    continue candidateLoop
                }
                let constraint = Constraint(origin: origin, key: declaration.key, requirement: requirement)
                if declaration.key.kind == .service {
                    let list: ReleaseList?
                    do { list = try releases(declaration.key) } catch { throw .source(error) }
                    guard let list else {
                        record(key: declaration.key, constraints: [constraint], conclusion: "no source lists '\(declaration.key.name)'")
                        continue candidateLoop
                    }
                    if list.highest(satisfying: requirement) == nil {
                        record(key: declaration.key, constraints: [constraint], conclusion: noVersionConclusion(declaration.key, [constraint], list))
                        continue candidateLoop
                    }
                    continue
                }
                if declaration.key == rootKey { continue }  // a cycle back to the root, reported later
                add(constraint, to: &next)
                if let chosen = next.selected[declaration.key], !requirement.isSatisfied(by: chosen.version) {
                    let constraints = next.constraints[declaration.key] ?? []
                    let list: ReleaseList?
                    do { list = try releases(declaration.key) } catch { throw .source(error) }
                    let known = list ?? ReleaseList(tags: [])
                    if Self.satisfiable(constraints, known) {
                        // Another version of it would do: backtracking will find it.
                        record(key: declaration.key, facts: constraints.map(\.fact), conclusion: "\(declaration.key.name) \(chosen) does not satisfy them all", genuine: false)
                    } else {
                        record(key: declaration.key, constraints: constraints, conclusion: noVersionConclusion(declaration.key, constraints, known))
                    }
                    continue candidateLoop
                }
            }
            if let solved = try search(next, depth: depth + 1) { return solved }
        }
        return nil
    }

    /// `true` when some release satisfies all the constraints together.
    static func satisfiable(_ constraints: [Constraint], _ list: ReleaseList) -> Bool {
        list.releases.contains { release in constraints.allSatisfy { $0.requirement.isSatisfied(by: release.version) } }
    }

    /// `no version of X satisfies both`, naming requirements that no release matches even alone.
    func noVersionConclusion(_ key: DependencyKey, _ constraints: [Constraint], _ list: ReleaseList) -> String {
        let alone = constraints.filter { list.highest(satisfying: $0.requirement) == nil }
        var conclusion: String
        switch constraints.count {
        case 1: conclusion = "no released version of \(key.name) satisfies it"
        case 2: conclusion = "no version of \(key.name) satisfies both"
        default: conclusion = "no version of \(key.name) satisfies all of them"
        }
        if constraints.count > 1, !alone.isEmpty {
            conclusion += " (\(key.name) has no release matching " + alone.map { "'\($0.requirement)'" }.joined(separator: " or ") + ")"
        }
        if constraints.count == 1 || alone.count == constraints.count {
            conclusion += list.releases.isEmpty ? "; it has no releases" : "; releases: " + Self.summary(list)
        }
        return conclusion
    }

    static func summary(_ list: ReleaseList) -> String { list.summary }

    mutating func record(key: DependencyKey, constraints: [Constraint], conclusion: String) {
        record(key: key, facts: constraints.map(\.fact), conclusion: conclusion)
    }

    mutating func record(key: DependencyKey, facts: [String], conclusion: String, genuine: Bool = true) {
        let conflict = ResolutionConflict(key: key, facts: facts, conclusion: conclusion, alsoTried: [])
        if !conflicts.contains(where: { $0.conflict == conflict }) { conflicts.append((conflict, genuine)) }
    }

    mutating func note(_ message: String) {
        let diagnostic = Diagnostic(ruleId: Resolver.conflictRule, severity: .warning, message: message)
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    /// The first incompatibility that holds whatever else is chosen; others become notes.
    func reportedConflict() -> ResolutionConflict? {
        let genuine = conflicts.filter(\.genuine).map(\.conflict)
        guard var chosen = genuine.first ?? conflicts.first?.conflict else { return nil }
        chosen.alsoTried = genuine.dropFirst().prefix(5).map { "also: " + $0.message }
        return chosen
    }
}
