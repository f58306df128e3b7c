import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// `textDocument/codeAction`: each fix a finding under the cursor carries, as a `quickfix`
/// with the finding attached, and "fix all" for the file (`source.fixAll`), which applies
/// every fix as `lint --fix` would (rounds, re-linting, identical edits once) and keeps only
/// this file's changes.
extension LanguageServer {
    func codeActions(_ params: JSONValue?) throws(JSONRPCError) -> JSONOutput {
        let uri = try documentURI(params)
        guard let document = documents[uri] else { throw .invalidParams("the document '\(uri)' is not open") }
        guard let range = DocumentRange(params?["range"]) else { throw .invalidParams("missing or invalid 'range'") }
        guard let path = document.path, let key = lintKey(forPath: path) else { return .array([]) }
        let only = params?["context"]?["only"]?.array?.compactMap(\.string)
        func wanted(_ kind: String) -> Bool {
            guard let only else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        var current = findings[key]
        if current?.sources[path]?.bytes != document.source.bytes {
            current = lint(key)
        }
        guard let current, let source = current.sources[path] else { return .array([]) }
        let fixable = (current.diagnosticsByPath[path] ?? []).filter { $0.fixIt != nil }
        var actions: [JSONOutput] = []
        if wanted("quickfix") {
            for diagnostic in fixable {
                guard let fixIt = diagnostic.fixIt, documentRange(of: diagnostic, in: source).touches(range) else { continue }
                let edits = fixIt.edits.map { textEdit(source.range(of: $0.range), $0.replacement) }
                actions.append(.object([
                    ("title", .string("Fix: \(fixIt.message)")),
                    ("kind", .string("quickfix")),
                    ("diagnostics", .array([protocolDiagnostic(diagnostic, source: source)])),
                    ("isPreferred", .bool(true)),
                    ("edit", workspaceEdit(uri, edits)),
                ]))
            }
        }
        if wanted("quickfix") {
            for diagnostic in current.diagnosticsByPath[path] ?? [] where diagnostic.fixIt == nil {
                guard let (suggestion, edit) = suggestedEdit(diagnostic, in: source), documentRange(of: diagnostic, in: source).touches(range) else { continue }
                actions.append(.object([
                    ("title", .string("Change to '\(suggestion)'")),
                    ("kind", .string("quickfix")),
                    ("diagnostics", .array([protocolDiagnostic(diagnostic, source: source)])),
                    ("edit", workspaceEdit(uri, [textEdit(source.range(of: edit.range), edit.replacement)])),
                ]))
            }
        }
        if wanted("source.fixAll"), !fixable.isEmpty, key != path, let fixed = fixAll(path, root: key) {
            let edit = smallestEdit(from: source.bytes, to: fixed)
            actions.append(.object([
                ("title", .string("Fix all slingr-pkg problems in this file")),
                ("kind", .string("source.fixAll")),
                ("edit", workspaceEdit(uri, [textEdit(source.range(of: edit.range), edit.replacement)])),
            ]))
        }
        return .array(actions)
    }

    /// The file's text with every fix applied, `nil` when nothing changes.
    private func fixAll(_ path: String, root: String) -> [UInt8]? {
        let result = LintFixer.fix(root: root, displayRoot: root, fileSystem: overlay, linter: Linter(catalogue: options.catalogue))
        return result.changes.first { $0.absolutePath == path }?.fixed
    }

    /// A finding without a fix that suggests a name (`unknown field type 'dropdwn'; did you
    /// mean 'dropDown'?`, when several names were close and none is certain) becomes a quick
    /// fix the author chooses, but only where the finding's range holds exactly the name the
    /// message quotes (as a JSON string or as written), so the edit replaces that name and
    /// nothing else.
    func suggestedEdit(_ diagnostic: Diagnostic, in source: SourceFile) -> (String, TextEdit)? {
        let marker = "did you mean '"
        guard let range = diagnostic.range, range.end <= source.bytes.count, let found = diagnostic.message.firstRange(of: marker) else { return nil }
        let rest = diagnostic.message[found.upperBound...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        let suggestion = String(rest[..<close])
        let quotedNames = diagnostic.message[..<found.lowerBound].split(separator: "'", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        let written = String(decoding: source.bytes[range.start..<range.end], as: UTF8.self)
        for name in quotedNames where name != suggestion {
            if written == JSONOutput.string(name).rendered(indent: 0) {
                return (suggestion, TextEdit(range: range, replacement: JSONOutput.string(suggestion).rendered(indent: 0)))
            }
            if written == name { return (suggestion, TextEdit(range: range, replacement: suggestion)) }
        }
        return nil
    }

    func textEdit(_ range: DocumentRange, _ text: String) -> JSONOutput {
        .object([("range", range.output), ("newText", .string(text))])
    }

    func workspaceEdit(_ uri: String, _ edits: [JSONOutput]) -> JSONOutput {
        .object([("changes", .object([(uri, .array(edits))]))])
    }

    /// One edit turning `old` into `new`: what lies between their common start and common end,
    /// cut at character boundaries, so the editor keeps the cursor and folds elsewhere.
    func smallestEdit(from old: [UInt8], to new: [UInt8]) -> TextEdit {
        var prefix = 0
        let shorter = min(old.count, new.count)
        while prefix < shorter, old[prefix] == new[prefix] { prefix += 1 }
        while prefix > 0, prefix < old.count, old[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < shorter - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        while suffix > 0, old[old.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        return TextEdit(range: SourceRange(start: prefix, end: old.count - suffix),
                        replacement: String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self))
    }
}
