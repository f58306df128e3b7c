import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// A document the editor has open: its text as the editor has it (saved or not).
struct OpenDocument {
    var uri: String
    /// Absolute path for `file://` documents.
    var path: String?
    var version: Int?
    var source: SourceFile

    var text: String { String(decoding: source.bytes, as: UTF8.self) }
}

/// What a document is, for the features that depend on it.
enum DocumentKind: Equatable {
    case descriptor(DescriptorKind)
    case settings
    case script
    case other

    init(path: String) {
        let name = PathName.lastComponent(path)
        if let kind = DescriptorKind(fileName: name) {
            self = .descriptor(kind)
        } else if name == ProjectSettings.fileName {
            self = .settings
        } else if name.hasSuffix(".js") {
            self = .script
        } else {
            self = .other
        }
    }
}

extension LanguageServer {
    /// `params.textDocument.uri`, required by every document notification and request.
    func documentURI(_ params: JSONValue?) throws(JSONRPCError) -> String {
        guard let uri = params?["textDocument"]?["uri"]?.string else { throw .invalidParams("missing 'textDocument.uri'") }
        return uri
    }

    /// The open document a request is about, with the position it names.
    func documentAndPosition(_ params: JSONValue?) throws(JSONRPCError) -> (OpenDocument, Int) {
        let uri = try documentURI(params)
        guard let document = documents[uri] else { throw .invalidParams("the document '\(uri)' is not open") }
        guard let position = DocumentPosition(params?["position"]) else { throw .invalidParams("missing or invalid 'position'") }
        return (document, document.source.offset(of: position))
    }

    func didOpen(_ params: JSONValue?) {
        guard let item = params?["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else { return }
        let path = DocumentURI.path(uri).map(PathName.normalize)
        let document = OpenDocument(uri: uri, path: path, version: item["version"]?.number?.integer,
                                    source: SourceFile(path: path ?? uri, text: text))
        documents[uri] = document
        if let path { overlay.override(path, with: document.source.bytes) }
        markStale(document)
    }

    /// Full-text changes (what the server asks for); ranged changes are applied too, in order.
    func didChange(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.string, var document = documents[uri],
              let changes = params?["contentChanges"]?.array else { return }
        for change in changes {
            guard let text = change["text"]?.string else { continue }
            if let range = DocumentRange(change["range"]) {
                let start = document.source.offset(of: range.start)
                let end = max(start, document.source.offset(of: range.end))
                let bytes = Array(document.source.bytes[..<start]) + Array(text.utf8) + Array(document.source.bytes[end...])
                document.source = SourceFile(path: document.source.path, bytes: bytes)
            } else {
                document.source = SourceFile(path: document.source.path, text: text)
            }
        }
        document.version = params?["textDocument"]?["version"]?.number?.integer ?? document.version
        documents[uri] = document
        if let path = document.path { overlay.override(path, with: document.source.bytes) }
        markStale(document)
    }

    func didSave(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.string, var document = documents[uri] else { return }
        if let text = params?["text"]?.string {
            document.source = SourceFile(path: document.source.path, text: text)
            documents[uri] = document
            if let path = document.path { overlay.override(path, with: document.source.bytes) }
        }
        markStale(document)
    }

    /// The editor's text is dropped; the file on disk counts again.
    func didClose(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.string, let document = documents.removeValue(forKey: uri) else { return }
        if let path = document.path { overlay.removeOverride(path) }
        markStale(document)
    }

    /// Files changed on disk (a `git checkout`, another tool): their packages are linted again.
    func didChangeWatchedFiles(_ params: JSONValue?) {
        for change in params?["changes"]?.array ?? [] {
            guard let path = change["uri"]?.string.flatMap(DocumentURI.path) else { continue }
            guard let key = lintKey(forPath: PathName.normalize(path)) else { continue }
            staleRoots.insert(key)
            outlines[key] = nil
        }
        scheduleLint()
    }

    private func markStale(_ document: OpenDocument) {
        guard let path = document.path, let key = lintKey(forPath: path) else { return }
        staleRoots.insert(key)
        outlines[key] = nil
        scheduleLint()
    }

    /// The package root a file belongs to, or the file itself when it is a descriptor outside
    /// any package (validated alone); `nil` when there is nothing to check.
    func lintKey(forPath path: String) -> String? {
        if let (root, _) = PackageRootLocator.root(containing: PathName.parent(path), fileSystem: overlay) { return root }
        if case .descriptor = DocumentKind(path: path) { return path }
        return nil
    }

    /// The package root of a document, when it is in one.
    func packageRoot(of document: OpenDocument) -> String? {
        document.path.flatMap { PackageRootLocator.root(containing: PathName.parent($0), fileSystem: overlay)?.root }
    }

    /// What the package of a document declares, read once per change of the package.
    func outline(of document: OpenDocument) -> (root: String, outline: PackageOutline)? {
        guard let root = packageRoot(of: document) else { return nil }
        if let known = outlines[root] { return (root, known) }
        let outline = PackageOutline(PackageRepository(root: root, displayRoot: root, fileSystem: overlay))
        outlines[root] = outline
        return (root, outline)
    }

    /// The URI under which the editor knows a path (its own spelling for open documents).
    func uri(forPath path: String) -> String {
        documents.values.first { $0.path == path }?.uri ?? DocumentURI.uri(path)
    }
}
