import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// `textDocument/hover`: the explanation of each finding at the position (from the rule
/// catalogue), what a descriptor key or enumerated value means (from the declared shapes), what
/// an expression of a form field gives under the default configuration (the same evaluation
/// `preview` runs), and in scripts what a `pkg.`, `config.` or `sys.` name is.
extension LanguageServer {
    func hover(_ params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
        let (document, offset) = try documentAndPosition(params)
        var sections = findingExplanations(document, offset: offset)
        var range: SourceRange?
        switch document.path.map(DocumentKind.init(path:)) ?? .other {
        case .descriptor(let kind):
            if let (text, at) = jsonHover(document, offset: offset, kind: .descriptor(kind)) {
                sections.append(text)
                range = at
            }
        case .settings:
            if let (text, at) = jsonHover(document, offset: offset, kind: .settings) {
                sections.append(text)
                range = at
            }
        case .script:
            if let chain = MemberChain.around(document.source.bytes, at: offset), let text = scriptHover(chain, document: document) {
                sections.append(text)
                range = chain.nameRange
            }
        case .other:
            break
        }
        guard !sections.isEmpty else { return .null }
        var result: [(String, JSONOutput)] = [("contents", .object([("kind", .string("markdown")), ("value", .string(sections.joined(separator: "\n\n---\n\n")))]))]
        if let range { result.append(("range", document.source.range(of: range).output)) }
        return .object(result)
    }

    /// The rule explanation of each finding whose range holds the position.
    private func findingExplanations(_ document: OpenDocument, offset: Int) -> [String] {
        guard let path = document.path, let key = lintKey(forPath: path), let found = findings[key],
              let source = found.sources[path], source.bytes == document.source.bytes else { return [] }
        let position = source.position(of: offset)
        var seen = Set<String>()
        return (found.diagnosticsByPath[path] ?? []).compactMap { diagnostic in
            let range = documentRange(of: diagnostic, in: source)
            guard range.start <= position, position <= range.end, seen.insert(diagnostic.ruleId).inserted,
                  let rule = options.catalogue.description(of: diagnostic.ruleId) else { return nil }
            return "**\(rule.id)** (\(diagnostic.severity.rawValue)\(rule.isFixable ? ", fixable" : "")): \(rule.summary)\n\n\(rule.explanation)"
        }
    }

    // MARK: JSON documents

    private func jsonHover(_ document: OpenDocument, offset: Int, kind: DocumentKind) -> (String, SourceRange)? {
        var cursor = JSONCursor(document.source, offset: offset)
        guard let string = cursor.string, let root = shapes.root(kind) else { return nil }
        let parsed = JSONParser.parse(document.source)
        cursor.complete(with: parsed.hasErrors ? nil : parsed.value)
        switch cursor.slot {
        case .key:
            guard let (object, variant) = shapes.object(cursor, root: root) else { return nil }
            let key = variant?.keys.first { $0.name == string.text } ?? object.key(string.text)
            guard let key else { return nil }
            return ("**\(key.name)** (\(object.title))\n\n\(key.meaning)", string.range)
        case .value(let key):
            if let key, let outcome = expressionOutcome(document, cursor: cursor, key: key, kind: kind) {
                return (outcome, string.range)
            }
            guard let shape = shapes.value(cursor, root: root) else { return nil }
            for form in DescriptorShapes.resolved(shape).alternatives {
                guard case .enumeration(let enumeration) = DescriptorShapes.resolved(form),
                      let value = enumeration.values.first(where: { $0.name == string.text }), !value.meaning.isEmpty else { continue }
                return ("**\(value.name)**\(key.map { " (\($0))" } ?? "")\n\n\(value.meaning)", string.range)
            }
            return nil
        }
    }

    /// What a field's expression (`visibility`, `required`, `defaultValue`, `value`) gives with
    /// the default values of the form, as `preview` shows it.
    private func expressionOutcome(_ document: OpenDocument, cursor: JSONCursor, key: String, kind: DocumentKind) -> String? {
        guard ["visibility", "required", "defaultValue", "value"].contains(key), let path = document.path,
              let root = packageRoot(of: document) else { return nil }
        let step: String?
        switch kind {
        case .descriptor(.package): step = nil
        case .descriptor(.step): step = PathName.lastComponent(PathName.parent(path))
        default: return nil
        }
        let repository = PackageRepository(root: root, displayRoot: root, fileSystem: overlay)
        guard let definition = try? FormDefinition.load(repository, step: step) else { return nil }
        let pointer = JSONPointer(tokens: cursor.path)
        let model = FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName,
                                                                                         includesPlatformValues: step == nil))
            .evaluate(ConfigurationValues())
        guard let field = model.allFields.first(where: { $0.spec.pointer == pointer }) else { return nil }
        let outcome: ExpressionOutcome?
        switch key {
        case "visibility": outcome = field.visibility
        case "required": outcome = field.requiredOutcome
        case "defaultValue": outcome = field.defaultOutcome
        default: outcome = field.displayValues.first
        }
        guard let outcome else { return nil }
        let shown: String
        switch outcome.result {
        case .value(let value, _): shown = "`\(ConfigurationValues.jsonOutput(value).rendered(indent: 0))`"
        case .verbatim: shown = "shown as written (not an expression)"
        case .failed(let message): shown = "fails: \(message)"
        }
        return "**\(key)** of '\(field.spec.path)' with the default configuration: \(shown)"
    }

    // MARK: Scripts

    private func scriptHover(_ chain: MemberChain, document: OpenDocument) -> String? {
        let qualifiers = chain.qualifiers
        if qualifiers.first == "sys" {
            guard let member = PlatformMembers.byOwner[qualifiers.joined(separator: ".")]?.first(where: { $0.name == chain.name }) else { return nil }
            let signature = "`" + (qualifiers + [member.name]).joined(separator: ".") + (member.parameters ?? "") + "`"
            return member.summary.isEmpty ? signature : "\(signature)\n\n\(member.summary)"
        }
        guard let (_, outline) = outline(of: document) else { return nil }
        if qualifiers.first == "config", let field = outline.field(Array(qualifiers.dropFirst()) + [chain.name]) {
            return configurationFieldText(field)
        }
        if qualifiers.count == 3, qualifiers[0] == "pkg", qualifiers[1] == outline.packageName, let library = outline.library(qualifiers[2]),
           library.exports?.contains(where: { $0.name == chain.name }) == true {
            return "`\(qualifiers.joined(separator: ".")).\(chain.name)`: exported by \(library.path)"
        }
        if qualifiers.count == 2, qualifiers[0] == "pkg", qualifiers[1] == outline.packageName, let library = outline.library(chain.name) {
            return "`pkg.\(qualifiers[1]).\(chain.name)`: the library \(library.path)"
        }
        return nil
    }

    func configurationFieldText(_ field: PackageOutline.Field) -> String {
        var text = "**config.\(field.path.joined(separator: "."))**"
        if let label = field.label { text += ": \(label)" }
        if let type = field.type { text += " (\(type))" }
        if let description = field.description { text += "\n\n\(description)" }
        return text
    }
}
