import SlingrDiagnostics
import SlingrJSON

/// `slingr-pkg add`: plans the files and the `package.json` entries for one new part of an
/// existing package. The descriptor is edited with `JSONEditor`, so its indentation, key order,
/// line endings and final newline stay as they were and only the inserted lines differ.
/// Duplicates (an entry of the same kind and name, or a file in the way) are refused.
public struct PackageAdder {
    let fileSystem: any FileSystem
    /// Absolute folder of the package.
    let directory: String
    /// The folder as the user named it, for messages.
    let displayDirectory: String
    let versions: DependencyVersions

    public init(fileSystem: any FileSystem, directory: String, displayDirectory: String, versions: DependencyVersions = .defaults) {
        self.fileSystem = fileSystem
        self.directory = directory
        self.displayDirectory = displayDirectory
        self.versions = versions
    }

    /// The order real descriptors give their sections; a missing section is inserted in place.
    static let sectionOrder = ["name", "label", "description", "dependencies", "configurationBuilder", "configuration", "events", "metadata"]

    var descriptorDisplayPath: String { displayDirectory == "." ? "package.json" : PathName.join(displayDirectory, "package.json") }

    public func plan(_ request: AddRequest) throws(ScaffoldError) -> PackageChange {
        try ScaffoldName.validate(request.name, what: "\(request.noun) name")
        let (source, document, descriptor) = try readDescriptor()
        var editor = JSONEditor(bytes: source.bytes, document: document)
        let packageName = descriptor.name?.text ?? ""
        let packageLabel = descriptor.label ?? packageName
        var files: [GeneratedFile] = []
        var summary: [String] = []
        switch request {
        case .flowStep(let name, let label):
            if let label { try ScaffoldName.validateText(label, what: "label") }
            try requirePackageName(packageName)
            try insertMetadata(ScaffoldMetadata(kind: .flowStep, namespace: name), noun: request.noun, editor: &editor, summary: &summary)
            files = Scaffolder.flowStepFiles(name, label: label, packageName: packageName, packageLabel: packageLabel, style: editor.style)
        case .uiService(let name, let label):
            if let label { try ScaffoldName.validateText(label, what: "label") }
            try requirePackageName(packageName)
            try insertMetadata(ScaffoldMetadata(kind: .uiService, namespace: name), noun: request.noun, editor: &editor, summary: &summary)
            files = Scaffolder.uiServiceFiles(name, label: label, packageName: packageName, style: editor.style)
        case .script(let name):
            try requirePackageName(packageName)
            try insertMetadata(ScaffoldMetadata(kind: .script, namespace: name), noun: request.noun, editor: &editor, summary: &summary)
            files = [GeneratedFile(path: "scripts/\(name).js", text: ScriptTemplate.render(packageName: packageName, packageLabel: packageLabel, script: name))]
        case .listener(let name, let label):
            if let label { try ScaffoldName.validateText(label, what: "label") }
            try requirePackageName(packageName)
            files = try addListener(name, label: label, packageName: packageName, editor: &editor, summary: &summary)
        case .event(let name, let label):
            if let label { try ScaffoldName.validateText(label, what: "label") }
            let event = ScaffoldEvent(name: name, label: label ?? ScaffoldName.humanize(name),
                                   description: "Triggered by the package as '\(packageName):\(name)'.")
            try insertNamed(event.json, name: name, section: "events", noun: request.noun, editor: &editor, summary: &summary)
        case .field(let name, let type, let label, let required):
            if let label { try ScaffoldName.validateText(label, what: "label") }
            let field = ScaffoldField.skeleton(name: name, label: label ?? ScaffoldName.humanize(name),
                                            type: try Self.fieldType(type ?? FieldType.text.rawValue, required: required), required: required)
            try insertNamed(field.json, name: name, section: "configuration", noun: request.noun, editor: &editor, summary: &summary)
        case .dependency(let name, let type, let version):
            let dependency = try Self.dependency(name: name, type: type, version: version, versions: versions)
            try insertNamed(dependency.json, name: name, section: "dependencies", noun: request.noun,
                            detail: dependency.version, editor: &editor, summary: &summary)
        }
        files = files.map { Self.withLineEndings($0, editor.style.lineEnding) }
        for file in files where fileSystem.exists(PathName.join(directory, file.path)) {
            throw ScaffoldError(.conflict, "'\(display(file.path))' already exists")
        }
        let folders = Set(files.compactMap { file -> String? in
            let parts = file.path.split(separator: "/")
            return parts.count > 2 ? parts.prefix(2).joined(separator: "/") : nil
        })
        for folder in folders.sorted() where fileSystem.exists(PathName.join(directory, folder)) {
            throw ScaffoldError(.conflict, "'\(display(folder))' already exists")
        }
        var change = PackageChange(createdFiles: GeneratedFile.sorted(files), originalDescriptor: source.bytes, descriptor: editor.bytes,
                                   summary: files.map { "created \(display($0.path))" } + summary)
        if let (readme, sections) = updatedReadme(descriptor: editor.bytes, files: files) {
            change.updatedFiles.append(readme)
            change.summary.append("updated \(display(ReadmeSync.fileName)) (sections: \(sections))")
        }
        return change
    }

    /// `README.md` with its generated sections as they will be after the change, when it has
    /// markers and they change. Worked out on an in-memory copy of what the sections are made
    /// from (the descriptors), so nothing is written before the change is applied.
    private func updatedReadme(descriptor: [UInt8], files: [GeneratedFile]) -> (FileUpdate, sections: String)? {
        let existing = PackageRepository(root: directory, displayRoot: displayDirectory, fileSystem: fileSystem)
        guard let readme = existing.source(ReadmeSync.fileName), !ReadmeDocument(bytes: readme.bytes).marked.isEmpty else { return nil }
        let root = "/package"
        var snapshot: [String: [UInt8]] = ["package.json": descriptor, ReadmeSync.fileName: readme.bytes]
        for (type, folder, kind) in [("flowStep", "flowSteps", DescriptorKind.step), ("uiService", "uiServices", .uiService)] {
            for component in existing.components(type: type, conventionalFolder: folder) {
                let path = PathName.join(component, kind.fileName)
                if let source = existing.source(path) { snapshot[path] = source.bytes }
            }
        }
        for file in files { snapshot[file.path] = file.bytes }
        let memory = InMemoryFileSystem(binaryFiles: Dictionary(uniqueKeysWithValues: snapshot.map { (PathName.join(root, $0.key), $0.value) }))
        let plan = ReadmeSync(repository: PackageRepository(root: root, displayRoot: ".", fileSystem: memory)).plan()
        guard !plan.isCurrent else { return nil }
        return (FileUpdate(path: ReadmeSync.fileName, original: readme.bytes, updated: plan.updated),
                plan.changedSections.map(\.rawValue).joined(separator: ", "))
    }

    // MARK: Reading

    private func readDescriptor() throws(ScaffoldError) -> (SourceFile, JSONValue, PackageDescriptor) {
        if fileSystem.info(PathName.join(directory, "package.json"), followSymlinks: false)?.kind == .symbolicLink {
            throw ScaffoldError(.fileSystem, "'\(descriptorDisplayPath)' is a symbolic link; 'add' does not write through links")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystemBoundary(root: directory, name: "the repository", fileSystem: fileSystem).readFile("package.json")
        } catch {
            if error.reason == .notFound {
                throw ScaffoldError(.conflict, "no package.json in '\(displayDirectory)'; select the package folder with --dir, or create one with 'slingr-pkg new'")
            }
            throw ScaffoldError(.fileSystem, "cannot read '\(descriptorDisplayPath)': \(Self.reason(error))")
        }
        let source = SourceFile(path: descriptorDisplayPath, bytes: bytes)
        let decoded = DescriptorValidator.validate(source, kind: .package)
        if let problem = decoded.diagnostics.first(where: { $0.ruleId == JSONSyntaxRule.description.id && $0.severity == .error }) {
            let location = problem.location.map { "\($0.line):\($0.column): " } ?? ""
            throw ScaffoldError(.conflict, "'\(descriptorDisplayPath)' has JSON errors (\(location)\(problem.message)); fix them before adding to it")
        }
        guard let document = decoded.document, let descriptor = decoded.descriptor?.package else {
            throw ScaffoldError(.conflict, "'\(descriptorDisplayPath)' is not a JSON object")
        }
        return (source, document, descriptor)
    }

    /// Generated scripts write the package name into string literals (`'<name>:<event>'`), so
    /// it must be a plain token: letters and digits (dashes and underscores, which validate only
    /// warns about, are tolerated).
    private func requirePackageName(_ name: String) throws(ScaffoldError) {
        if name.isEmpty {
            throw ScaffoldError(.conflict, "'\(descriptorDisplayPath)' has no 'name'; the generated scripts need it")
        }
        let isToken = name.unicodeScalars.allSatisfy { ScaffoldName.isLetter($0) || ScaffoldName.isDigit($0) || $0 == "-" || $0 == "_" }
        if !isToken {
            throw ScaffoldError(.conflict, "the package name '\(name)' in '\(descriptorDisplayPath)' is not valid; fix it first (see 'slingr-pkg validate')")
        }
    }

    // MARK: Entries

    private func insertMetadata(_ entry: ScaffoldMetadata, noun: String, editor: inout JSONEditor, summary: inout [String]) throws(ScaffoldError) {
        let items = try section("metadata", in: editor.document)
        for (index, item) in (items ?? []).enumerated() where item["type"]?.string == entry.kind.rawValue {
            if item["namespace"]?.string == entry.namespace || item["path"]?.string == entry.path {
                throw ScaffoldError(.conflict, "\(noun) '\(entry.namespace)' is already in '\(descriptorDisplayPath)' (/metadata/\(index))")
            }
        }
        try append(entry.json, to: "metadata", exists: items != nil, editor: &editor)
        summary.append("added \(noun) '\(entry.namespace)' to 'metadata' in \(descriptorDisplayPath)")
    }

    /// Appends to `events`, `configuration` or `dependencies`, refusing a second entry of the
    /// same name. `noun` names the kind (`event`); `detail` follows the name in the summary
    /// (a dependency's version).
    private func insertNamed(_ entry: JSONOutput, name: String, section key: String, noun: String, detail: String? = nil,
                             editor: inout JSONEditor, summary: inout [String]) throws(ScaffoldError) {
        let items = try section(key, in: editor.document)
        if let index = (items ?? []).firstIndex(where: { $0["name"]?.string == name }) {
            throw ScaffoldError(.conflict, "\(noun) '\(name)' is already in '\(descriptorDisplayPath)' (/\(key)/\(index))")
        }
        try append(entry, to: key, exists: items != nil, editor: &editor)
        summary.append("added \(noun) '\(name)'\(detail.map { " \($0)" } ?? "") to '\(key)' in \(descriptorDisplayPath)")
    }

    /// A listener on the http service's webhooks, plus what it needs and the package lacks:
    /// the `http` dependency and the event it triggers.
    private func addListener(_ name: String, label: String?, packageName: String,
                             editor: inout JSONEditor, summary: inout [String]) throws(ScaffoldError) -> [GeneratedFile] {
        try insertMetadata(ScaffoldMetadata(kind: .listener, namespace: name), noun: "listener", editor: &editor, summary: &summary)
        // The first listener gets the package's path; later ones a path of their own, since
        // two listeners on one path both handle every webhook (rule duplicate-webhook-path).
        let hasListener = try section("metadata", in: editor.document)?.contains { $0["type"]?.string == "listener" && $0["namespace"]?.string != name } == true
        let path = hasListener ? "/\(packageName)/\(name)" : "/\(packageName)"
        if try section("dependencies", in: editor.document)?.contains(where: { $0["name"]?.string == "http" }) != true {
            let http = try Self.dependency(name: "http", type: nil, version: nil, versions: versions)
            try insertNamed(http.json, name: "http", section: "dependencies", noun: "dependency",
                            detail: http.version, editor: &editor, summary: &summary)
        }
        if try section("events", in: editor.document)?.contains(where: { $0["name"]?.string == name }) != true {
            let event = ScaffoldEvent(name: name, label: ScaffoldName.humanize(name),
                                   description: "Happens when the http service receives a webhook on '\(path)'.")
            try insertNamed(event.json, name: name, section: "events", noun: "event", editor: &editor, summary: &summary)
        }
        let text = ListenerTemplate.render(packageName: packageName, listener: name, label: label ?? ScaffoldName.humanize(name),
                                           path: path, event: name)
        return [GeneratedFile(path: "listeners/\(name).js", text: text)]
    }

    /// The items of a top-level section, `nil` when it is absent; a non-array is refused.
    private func section(_ key: String, in document: JSONValue) throws(ScaffoldError) -> [JSONValue]? {
        guard let value = document[key] else { return nil }
        guard let items = value.array else {
            throw ScaffoldError(.conflict, "'\(key)' in '\(descriptorDisplayPath)' is \(value.typeName == "object" ? "an" : "a") \(value.typeName), not an array")
        }
        return items
    }

    private func append(_ entry: JSONOutput, to key: String, exists: Bool, editor: inout JSONEditor) throws(ScaffoldError) {
        do {
            if exists {
                try editor.appendElement(entry, to: JSONPointer.root.appending(key))
            } else {
                let keys = Set((editor.document.members ?? []).map(\.key))
                let before = Self.sectionOrder.prefix { $0 != key }.last { keys.contains($0) }
                try editor.insertMember(key, value: .array([entry]), into: .root, position: before.map { .after($0) } ?? .end)
            }
        } catch {
            throw ScaffoldError(.conflict, "cannot edit '\(descriptorDisplayPath)': \(error.description)")
        }
    }

    // MARK: Values

    /// `--type` of `add field`: the documented field types; others are refused with a hint.
    static func fieldType(_ text: String, required: Bool) throws(ScaffoldError) -> FieldType {
        let offered = ScaffoldField.offeredTypes.map(\.rawValue)
        guard let type = FieldType(rawValue: text), ScaffoldField.offeredTypes.contains(type) else {
            var message = FieldType(rawValue: text) == nil ? "unknown field type '\(text)'" : "'add field' does not create fields of type '\(text)'"
            let suggestion = offered.first { $0.lowercased() == text.lowercased() } ?? Suggestion.closest(to: text, in: offered)
            if let suggestion, suggestion != text { message += "; did you mean '\(suggestion)'?" }
            throw ScaffoldError(.invalidInput, message + " (expected one of: \(offered.joined(separator: ", ")))")
        }
        if required, !type.storesValue {
            throw ScaffoldError(.invalidInput, "a field of type '\(text)' stores no value, so it cannot be --required")
        }
        return type
    }

    static func dependency(name: String, type: String?, version: String?, versions: DependencyVersions) throws(ScaffoldError) -> ScaffoldDependency {
        let kind: ScaffoldDependency.Kind
        if let type {
            guard let parsed = ScaffoldDependency.Kind(rawValue: type) else {
                throw ScaffoldError(.invalidInput, "invalid dependency type '\(type)' (expected one of: service, package)")
            }
            kind = parsed
        } else {
            kind = DependencyVersions.knownServices.contains(name) ? .service : .package
        }
        guard let version = version ?? versions.version(for: name, kind: kind) else {
            throw ScaffoldError(.invalidInput, "no default version is known for '\(name)'; give one with --version, such as '^v1.0.0'")
        }
        try DependencyVersionSyntax.validate(version)
        return ScaffoldDependency(kind: kind, name: name, version: version)
    }

    /// New text files follow the package's line endings (`\r\n` packages get `\r\n` scripts).
    static func withLineEndings(_ file: GeneratedFile, _ lineEnding: String) -> GeneratedFile {
        guard lineEnding != "\n", !file.path.hasSuffix(".png") else { return file }
        var bytes: [UInt8] = []
        for byte in file.bytes {
            if byte == 0x0A, bytes.last != 0x0D { bytes += Array(lineEnding.utf8) } else { bytes.append(byte) }
        }
        return GeneratedFile(path: file.path, bytes: bytes)
    }

    private func display(_ relative: String) -> String {
        displayDirectory == "." ? relative : PathName.join(displayDirectory, relative)
    }

    static func reason(_ error: FileSystemError) -> String { error.reasonText }
}
