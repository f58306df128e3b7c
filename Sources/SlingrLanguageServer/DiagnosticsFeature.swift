import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// The findings of one package (or one standalone descriptor) as last linted: by file, with the
/// text each was found in, so positions and fixes refer to exactly that text.
struct PackageFindings {
    var diagnosticsByPath: [String: [Diagnostic]] = [:]
    var sources: [String: SourceFile] = [:]
}

/// `textDocument/publishDiagnostics`: the package of a changed document is linted as a whole
/// (cross-file rules included) on the overlay holding the editor's unsaved text, and every file
/// with findings gets them; a file whose findings are gone gets an empty list, which clears them
/// in the editor.
extension LanguageServer {
    func lintStaleRoots() {
        let keys = staleRoots.sorted()
        staleRoots.removeAll()
        for key in keys { publish(lint(key), for: key) }
    }

    /// Lints a package root, or validates a descriptor outside any package.
    func lint(_ key: String) -> PackageFindings {
        var result = PackageFindings()
        if overlay.isDirectory(key) {
            let repository = PackageRepository(root: key, displayRoot: key, fileSystem: overlay)
            let report = Linter(catalogue: options.catalogue).lint(repository)
            result.sources = report.sources
            for diagnostic in report.diagnostics {
                result.diagnosticsByPath[diagnostic.file ?? PathName.join(key, "package.json"), default: []].append(diagnostic)
            }
        } else if case .descriptor(let kind) = DocumentKind(path: key), let source = try? overlay.sourceFile(key) {
            result.sources[key] = source
            let diagnostics = DescriptorValidator.validate(source, kind: kind).diagnostics
            if !diagnostics.isEmpty { result.diagnosticsByPath[key] = diagnostics }
        }
        return result
    }

    /// Sends the new findings, and empty lists for files that had findings or are open in the
    /// package without any now.
    private func publish(_ new: PackageFindings, for key: String) {
        var paths = Set(new.diagnosticsByPath.keys)
        if let previous = findings[key] { paths.formUnion(previous.diagnosticsByPath.keys) }
        for document in documents.values {
            // Open documents of this package (not of a package nested in it) get an answer even
            // without findings, so the editor knows they were checked.
            guard let path = document.path, path == key || PathName.isWithin(path, root: key), lintKey(forPath: path) == key else { continue }
            paths.insert(path)
        }
        findings[key] = new
        for path in paths.sorted() {
            let diagnostics = new.diagnosticsByPath[path] ?? []
            let source = new.sources[path] ?? documents.values.first { $0.path == path }?.source
            var params: [(String, JSONOutput)] = [("uri", .string(uri(forPath: path)))]
            if let version = documents.values.first(where: { $0.path == path })?.version { params.append(("version", .integer(version))) }
            params.append(("diagnostics", .array(diagnostics.map { protocolDiagnostic($0, source: source) })))
            notify("textDocument/publishDiagnostics", .object(params))
        }
    }

    /// The protocol's form of a finding: range in UTF-16 positions, severity, rule id as code,
    /// notes as further lines of the message.
    func protocolDiagnostic(_ diagnostic: Diagnostic, source: SourceFile?) -> JSONOutput {
        let severity: Int
        switch diagnostic.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .note: severity = 3
        }
        var message = diagnostic.message
        for note in diagnostic.notes { message += "\nnote: \(note.message)" }
        return .object([
            ("range", documentRange(of: diagnostic, in: source).output),
            ("severity", .integer(severity)),
            ("code", .string(diagnostic.ruleId)),
            ("source", .string("slingr-pkg")),
            ("message", .string(message)),
        ])
    }

    /// Where a finding is, from its byte range when it has one, else from its line and column.
    func documentRange(of diagnostic: Diagnostic, in source: SourceFile?) -> DocumentRange {
        guard let source else {
            let line = max(0, (diagnostic.location?.line ?? 1) - 1)
            let character = max(0, (diagnostic.location?.column ?? 1) - 1)
            let point = DocumentPosition(line: line, character: character)
            return DocumentRange(start: point, end: point)
        }
        if let range = diagnostic.range { return source.range(of: range) }
        guard let location = diagnostic.location else {
            return DocumentRange(start: DocumentPosition(line: 0, character: 0), end: DocumentPosition(line: 0, character: 0))
        }
        let start = source.offset(of: location)
        let end = diagnostic.endLocation.map { source.offset(of: $0) } ?? start
        return source.range(of: SourceRange(start: start, end: end))
    }
}
