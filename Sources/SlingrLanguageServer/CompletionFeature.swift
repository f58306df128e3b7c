import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrVersions

/// `textDocument/completion`. In descriptors and `.slingr-pkg.json`: the keys an object may
/// have and the values a key accepts, from the declared shapes (field types, metadata and
/// dependency types, `typeOptions` keys for the field's type, rule ids and their settings);
/// `config.<field>` and `utils.` inside expression strings. In scripts: `dependencies.`,
/// `pkg.<package>.<library>.<function>`, `config.<field>` and the emulated `sys.` members.
extension LanguageServer {
    /// The protocol's completion item kinds used here.
    enum CompletionKind: Int {
        case function = 3, field = 5, variable = 6, module = 9, property = 10, value = 12, keyword = 14, enumMember = 20, constant = 21
    }

    struct CompletionCandidate {
        var label: String
        var kind: CompletionKind
        var detail: String?
        var documentation: String?
        /// Text that replaces `range` (or is inserted at the position when there is no range).
        var text: String
    }

    func completion(_ params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
        let (document, offset) = try documentAndPosition(params)
        let kind = document.path.map(DocumentKind.init(path:)) ?? .other
        var candidates: [CompletionCandidate] = []
        var range: SourceRange?
        switch kind {
        case .descriptor, .settings:
            (candidates, range) = jsonCompletions(document, offset: offset, kind: kind)
        case .script:
            if let chain = MemberChain.typed(document.source.bytes, at: offset) {
                candidates = scriptCompletions(chain, document: document)
                range = chain.nameRange
            }
        case .other:
            break
        }
        let editRange = range.map { document.source.range(of: $0) }
        let items: [JSONOutput] = candidates.enumerated().map { index, candidate in
            var members: [(String, JSONOutput)] = [("label", .string(candidate.label)), ("kind", .integer(candidate.kind.rawValue))]
            if let detail = candidate.detail { members.append(("detail", .string(detail))) }
            if let documentation = candidate.documentation, !documentation.isEmpty {
                members.append(("documentation", .object([("kind", .string("markdown")), ("value", .string(documentation))])))
            }
            let rank = String(index)
            members.append(("sortText", .string(String(repeating: "0", count: max(0, 5 - rank.count)) + rank)))
            if let editRange {
                members.append(("filterText", .string(candidate.text)))
                members.append(("textEdit", textEdit(editRange, candidate.text)))
            } else {
                members.append(("insertText", .string(candidate.text)))
            }
            return .object(members)
        }
        return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
    }

    // MARK: JSON documents

    private func jsonCompletions(_ document: OpenDocument, offset: Int, kind: DocumentKind) -> ([CompletionCandidate], SourceRange?) {
        var cursor = JSONCursor(document.source, offset: offset)
        let parsed = JSONParser.parse(document.source)
        cursor.complete(with: parsed.hasErrors ? nil : parsed.value)
        if let string = cursor.string, case .value = cursor.slot,
           let chain = MemberChain.typed(Array(string.typed.utf8), at: string.typed.utf8.count), !chain.qualifiers.isEmpty {
            let candidates = expressionCompletions(chain, document: document, kind: kind, documentValue: parsed.value)
            let start = offset - chain.name.utf8.count
            return (candidates, SourceRange(start: start, end: offset))
        }
        guard let root = shapes.root(kind) else { return ([], nil) }
        let range = cursor.string?.range
        let quoted = { (text: String) in JSONOutput.string(text).rendered(indent: 0) }
        switch cursor.slot {
        case .key:
            guard let (object, variant) = shapes.object(cursor, root: root) else { return ([], range) }
            let present = Set(cursor.containers.last?.keys ?? [])
            let typing = cursor.string?.text
            let candidates = object.keys.filter { !present.contains($0.name) || $0.name == typing }.map { key in
                let meaning = variant?.keys.first { $0.name == key.name }?.meaning ?? key.meaning
                return CompletionCandidate(label: key.name, kind: .property, detail: object.title, documentation: meaning,
                                           text: range == nil ? quoted(key.name) + ": " : quoted(key.name))
            }
            return (candidates, range)
        case .value(let key):
            var candidates: [CompletionCandidate] = []
            if let shape = shapes.value(cursor, root: root) {
                for form in DescriptorShapes.resolved(shape).alternatives {
                    switch DescriptorShapes.resolved(form) {
                    case .enumeration(let enumeration):
                        candidates += enumeration.values.map {
                            CompletionCandidate(label: $0.name, kind: .enumMember, detail: key, documentation: $0.meaning, text: quoted($0.name))
                        }
                    case .boolean, .booleanOrExpression:
                        if range == nil {
                            candidates += ["true", "false"].map { CompletionCandidate(label: $0, kind: .keyword, text: $0) }
                        }
                    default:
                        break
                    }
                }
            }
            candidates += dependencyCompletions(cursor, key: key, kind: kind, document: document, quoted: quoted)
            candidates += metadataPathCompletions(cursor, key: key, kind: kind, document: document, quoted: quoted)
            return (candidates, range)
        }
    }

    /// Dependency names and the requirement `add dependency` would write: from the registry
    /// file named in `.slingr-pkg.json`, the package sources it names (their versions are in
    /// git, so only the names), and the documented defaults.
    private func dependencyCompletions(_ cursor: JSONCursor, key: String?, kind: DocumentKind, document: OpenDocument,
                                       quoted: (String) -> String) -> [CompletionCandidate] {
        guard kind == .descriptor(.package), cursor.path.count == 2, cursor.path.first == .key("dependencies") else { return [] }
        let strings = cursor.containers.last?.strings ?? [:]
        let type = strings["type"].flatMap(ScaffoldDependency.Kind.init(rawValue:))
        let versions = dependencyVersions(document)
        switch key {
        case "name":
            var names: [(String, ScaffoldDependency.Kind)] = DependencyVersions.builtInDefaults.keys.sorted().map {
                ($0, DependencyVersions.knownServices.contains($0) ? .service : .package)
            }
            for (name, _) in (versions.registry?.services ?? [:]).sorted(by: { $0.key < $1.key }) { names.append((name, .service)) }
            for (name, _) in (versions.registry?.packages ?? [:]).sorted(by: { $0.key < $1.key }) { names.append((name, .package)) }
            for name in versions.sourceNames { names.append((name, .package)) }
            var seen = Set<String>()
            return names.filter { type == nil || $0.1 == type }.filter { seen.insert($0.0).inserted }.map { name, kind in
                CompletionCandidate(label: name, kind: .module, detail: "\(kind.rawValue) dependency",
                                    documentation: versions.version(for: name, kind: kind).map { "Requirement for a new dependency: \($0)" }, text: quoted(name))
            }
        case "version":
            guard let name = strings["name"] else { return [] }
            let kind = type ?? (DependencyVersions.knownServices.contains(name) ? .service : .package)
            guard let version = versions.version(for: name, kind: kind) else { return [] }
            return [CompletionCandidate(label: version, kind: .value, detail: "\(name): the latest release, compatible updates", text: quoted(version))]
        default:
            return []
        }
    }

    /// What the document's package configures in `.slingr-pkg.json` (its registry and the names
    /// of its git sources, whose releases are not fetched here), over the documented defaults;
    /// the defaults alone when there is no configuration or it has problems (lint reports them).
    private func dependencyVersions(_ document: OpenDocument) -> DependencyVersions {
        guard let root = packageRoot(of: document),
              let versions = try? DependencyVersions.configured(forPackageAt: root, displayDirectory: root, fileSystem: overlay) else { return .defaults }
        return versions
    }

    /// The files and folders a metadata entry of its type may name, from the conventional
    /// folders (`/scripts/*.js` for a script, `/flowSteps/<folder>` for a flow step).
    private func metadataPathCompletions(_ cursor: JSONCursor, key: String?, kind: DocumentKind, document: OpenDocument,
                                         quoted: (String) -> String) -> [CompletionCandidate] {
        guard kind == .descriptor(.package), key == "path", cursor.path.count == 2, cursor.path.first == .key("metadata"),
              let type = cursor.containers.last?.strings["type"], let root = packageRoot(of: document) else { return [] }
        let repository = PackageRepository(root: root, displayRoot: root, fileSystem: overlay)
        let paths: [String]
        switch type {
        case "script": paths = repository.scriptFiles("scripts")
        case "listener": paths = repository.scriptFiles("listeners")
        case "flowStep": paths = repository.componentFolders("flowSteps").map { PathName.join("flowSteps", $0) }
        case "uiService": paths = repository.componentFolders("uiServices").map { PathName.join("uiServices", $0) }
        default: paths = []
        }
        return paths.map { CompletionCandidate(label: "/" + $0, kind: .value, detail: type, text: quoted("/" + $0)) }
    }

    /// `config.` and `utils.` inside an expression string of a descriptor: `config` is the
    /// package's configuration in `package.json`, the step's inputs in `step.json`.
    private func expressionCompletions(_ chain: MemberChain, document: OpenDocument, kind: DocumentKind, documentValue: JSONValue?) -> [CompletionCandidate] {
        switch chain.qualifiers.first {
        case "utils" where chain.qualifiers.count == 1:
            return PackageOutline.utilsFunctions.map { CompletionCandidate(label: $0, kind: .function, detail: "utils", text: $0) }
        case "config":
            if kind == .descriptor(.step) {
                guard chain.qualifiers.count == 1 else { return [] }
                return (documentValue?["inputs"]?.array ?? []).compactMap { input in
                    input["name"]?.string.map { CompletionCandidate(label: $0, kind: .field, detail: input["label"]?.string, text: $0) }
                }
            }
            return configCompletions(Array(chain.qualifiers.dropFirst()), document: document, platformValues: chain.qualifiers.count == 1)
        default:
            return []
        }
    }

    /// Fields under a group path (the form root for `[]`), plus the platform values at the root.
    private func configCompletions(_ group: [String], document: OpenDocument, platformValues: Bool) -> [CompletionCandidate] {
        guard let (_, outline) = outline(of: document) else { return [] }
        var candidates = outline.fields.filter { $0.path.count == group.count + 1 && Array($0.path.dropLast()) == group }.map { field in
            CompletionCandidate(label: field.path.last ?? "", kind: .field, detail: [field.label, field.type].compactMap { $0 }.joined(separator: " · "),
                                documentation: field.description, text: field.path.last ?? "")
        }
        if platformValues {
            candidates += PackageOutline.platformValues.map { CompletionCandidate(label: $0, kind: .constant, detail: "platform value", text: $0) }
        }
        return candidates
    }

    // MARK: Scripts

    private func scriptCompletions(_ chain: MemberChain, document: OpenDocument) -> [CompletionCandidate] {
        let qualifiers = chain.qualifiers
        guard let first = qualifiers.first else { return [] }
        if first == "sys" {
            return (PlatformMembers.byOwner[qualifiers.joined(separator: ".")] ?? []).map { member in
                CompletionCandidate(label: member.name, kind: member.parameters == nil ? (member.summary.isEmpty ? .module : .constant) : .function,
                                    detail: member.parameters.map { member.name + $0 }, documentation: member.summary, text: member.name)
            }
        }
        guard let (_, outline) = outline(of: document) else { return [] }
        switch (first, qualifiers.count) {
        case ("dependencies", 1):
            return outline.dependencies.map { CompletionCandidate(label: $0.name, kind: .module, detail: $0.type.map { "\($0) dependency" }, text: $0.name) }
        case ("pkg", 1):
            return outline.packageName.map { [CompletionCandidate(label: $0, kind: .module, detail: "this package", text: $0)] } ?? []
        case ("pkg", 2) where qualifiers[1] == outline.packageName:
            return outline.libraries.map { CompletionCandidate(label: $0.name, kind: .module, detail: $0.path, text: $0.name) }
        case ("pkg", 3) where qualifiers[1] == outline.packageName:
            return (outline.library(qualifiers[2])?.exports ?? []).map { CompletionCandidate(label: $0.name, kind: .function, detail: outline.library(qualifiers[2])?.path, text: $0.name) }
        case ("config", _):
            var candidates = configCompletions(Array(qualifiers.dropFirst()), document: document, platformValues: qualifiers.count == 1)
            if qualifiers.count == 1 {
                candidates.insert(CompletionCandidate(label: "get", kind: .function, detail: "get(name)", documentation: "One configuration value by (dotted) name; get() returns them all.", text: "get"), at: 0)
            }
            return candidates
        default:
            return []
        }
    }
}
