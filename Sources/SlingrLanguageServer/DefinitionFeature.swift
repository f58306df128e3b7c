import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// `textDocument/definition`: a metadata `path` (or the `configurationBuilder`) to its file, a
/// flow step or UI service folder to its descriptor; `config.<field>` (in expression strings and
/// scripts, `config.get('field')` too) to the field in `package.json`; `pkg.<package>.<library>`
/// to the library and `.<function>` to where it is exported; `dependencies.<name>` to the
/// dependency in `package.json`; a step name (`step.<name>`, `runStep('<name>')`, a flowStep
/// metadata namespace) to the step's folder.
extension LanguageServer {
    func definition(_ params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
        let (document, offset) = try documentAndPosition(params)
        guard let root = packageRoot(of: document) else { return .null }
        let target: (path: String, range: SourceRange?)?
        switch document.path.map(DocumentKind.init(path:)) ?? .other {
        case .descriptor(let kind):
            target = jsonDefinition(document, offset: offset, kind: kind, root: root)
        case .script:
            target = scriptDefinition(document, offset: offset, root: root)
        case .settings, .other:
            target = nil
        }
        guard let target else { return .null }
        let source = documents.values.first { $0.path == target.path }?.source ?? (try? overlay.sourceFile(target.path))
        let range = source.flatMap { source in target.range.map { source.range(of: $0) } }
            ?? DocumentRange(start: DocumentPosition(line: 0, character: 0), end: DocumentPosition(line: 0, character: 0))
        return .object([("uri", .string(uri(forPath: target.path))), ("range", range.output)])
    }

    // MARK: Descriptors

    private func jsonDefinition(_ document: OpenDocument, offset: Int, kind: DescriptorKind, root: String) -> (String, SourceRange?)? {
        var cursor = JSONCursor(document.source, offset: offset)
        guard let string = cursor.string, case .value(let key?) = cursor.slot else { return nil }
        let parsed = JSONParser.parse(document.source)
        cursor.complete(with: parsed.hasErrors ? nil : parsed.value)
        // An expression string: the name under the position.
        let inString = offset - string.range.start - 1
        if inString >= 0, let chain = MemberChain.around(Array(string.text.utf8), at: inString), chain.qualifiers.first == "config",
           kind == .package, let target = configurationField(Array(chain.qualifiers.dropFirst()) + [chain.name], document: document, root: root) {
            return target
        }
        guard kind == .package else { return nil }
        let path = cursor.path
        if path.isEmpty, key == "configurationBuilder" { return file(string.text, root: root, type: "script") }
        guard path.count == 2, path[0] == .key("metadata"), let type = cursor.containers.last?.strings["type"] else { return nil }
        switch key {
        case "path":
            return file(string.text, root: root, type: type)
        case "namespace" where type == "flowStep":
            return step(named: string.text, document: document, root: root)
        default:
            return nil
        }
    }

    /// A path as metadata writes it (`/scripts/api.js`), to the file it names; a component
    /// folder to its descriptor. `nil` when it leaves the package or does not exist.
    private func file(_ written: String, root: String, type: String) -> (String, SourceRange?)? {
        let repository = PackageRepository(root: root, displayRoot: root, fileSystem: overlay)
        guard case .inside(let relative) = repository.resolve(written) else { return nil }
        switch repository.kind(relative) {
        case .file?:
            return (repository.absolutePath(relative), nil)
        case .directory?:
            let name = type == "uiService" ? DescriptorKind.uiService.fileName : DescriptorKind.step.fileName
            let descriptor = PathName.join(relative, name)
            return repository.kind(descriptor) == .file ? (repository.absolutePath(descriptor), nil) : nil
        default:
            return nil
        }
    }

    private func configurationField(_ path: [String], document: OpenDocument, root: String) -> (String, SourceRange?)? {
        guard let (_, outline) = outline(of: document), let field = outline.field(path) else { return nil }
        return (PathName.join(root, DescriptorKind.package.fileName), field.nameRange)
    }

    private func step(named name: String, document: OpenDocument, root: String) -> (String, SourceRange?)? {
        guard let (_, outline) = outline(of: document), let step = outline.steps.first(where: { $0.name == name || PathName.lastComponent($0.folder) == name }) else { return nil }
        return (PathName.join(root, PathName.join(step.folder, DescriptorKind.step.fileName)), nil)
    }

    // MARK: Scripts

    private func scriptDefinition(_ document: OpenDocument, offset: Int, root: String) -> (String, SourceRange?)? {
        let bytes = document.source.bytes
        guard let chain = MemberChain.around(bytes, at: offset) else { return nil }
        // A name in quotes: `config.get('group.name')` or `runStep('name')`.
        var start = chain.nameRange.start
        while start > 0, MemberChain.isIdentifierByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") { start -= 1 }
        if start > 0, bytes[start - 1] == UInt8(ascii: "'") || bytes[start - 1] == UInt8(ascii: "\"") {
            var callStart = start - 1
            while callStart > 0, bytes[callStart - 1] == UInt8(ascii: " ") || bytes[callStart - 1] == UInt8(ascii: "(") { callStart -= 1 }
            guard let callee = MemberChain.typed(bytes, at: callStart) else { return nil }
            let text = String(decoding: bytes[start..<Self.quotedEnd(bytes, from: start)], as: UTF8.self)
            if callee.qualifiers == ["config"], callee.name == "get" {
                return configurationField(text.split(separator: ".").map(String.init), document: document, root: root)
            }
            if callee.qualifiers.isEmpty, callee.name == "runStep" { return step(named: text, document: document, root: root) }
            return nil
        }
        let names = chain.qualifiers + [chain.name]
        switch names.first {
        case "config":
            return configurationField(Array(names.dropFirst()), document: document, root: root)
        case "step" where names.count == 2:
            return step(named: names[1], document: document, root: root)
        case "dependencies" where names.count >= 2:
            guard let (_, outline) = outline(of: document), let range = outline.dependencyNameRanges[names[1]] else { return nil }
            return (PathName.join(root, DescriptorKind.package.fileName), range)
        case "pkg" where names.count >= 3:
            guard let (_, outline) = outline(of: document), names[1] == outline.packageName, let library = outline.library(names[2]) else { return nil }
            let path = PathName.join(root, library.path)
            guard names.count >= 4 else { return (path, nil) }
            guard let export = library.exports?.first(where: { $0.name == names[3] }) else { return nil }
            return (path, export.range)
        default:
            return nil
        }
    }

    /// Where a quoted name starting at `start` ends (its closing quote or the line's end).
    private static func quotedEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "'"), bytes[end] != UInt8(ascii: "\""), bytes[end] != 0x0A { end += 1 }
        return end
    }
}
