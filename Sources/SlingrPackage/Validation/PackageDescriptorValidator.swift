import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// Checks a `package.json`: the six sections real descriptors carry, dependencies and their
/// versions, the configuration form, events and metadata (FORMAT.md section 2).
struct PackageDescriptorValidator {
    let context: ValidationContext

    static let topLevelKeys = ["name", "label", "description", "dependencies", "configuration", "configurationBuilder", "events", "metadata"]
    static let dependencyTypes = ["service", "package"]
    static let instanceIds = ["shared", "dedicated"]
    static let metadataTypes = ["script", "listener", "flowStep", "uiService"]

    func validate(_ root: JSONValue) {
        guard let descriptor = ObjectReader(root, pointer: .root, context: context, what: "the package descriptor") else { return }
        descriptor.checkKnownKeys(Self.topLevelKeys)
        descriptor.require(["name", "label", "dependencies", "configuration", "events", "metadata"])
        checkPackageName(descriptor)
        _ = descriptor.string("label")
        _ = descriptor.string("description")
        if let builder = descriptor.string("configurationBuilder"), let value = descriptor["configurationBuilder"], !builder.hasPrefix("/") {
            context.report(.invalidValue, "'configurationBuilder' must be a path starting with '/', such as '/configurationBuilder.js'",
                           at: value, pointer: JSONPointer.root.appending("configurationBuilder"),
                           fixIt: FixIt(message: "prefix with '/'", edits: [TextEdit(range: value.range, replacement: "\"/\(builder)\"")]))
        }
        if let dependencies = descriptor.array("dependencies") { checkDependencies(dependencies) }
        if let fields = descriptor.array("configuration") {
            FieldValidator(context: context, placement: .configuration).validateList(fields, pointer: JSONPointer.root.appending("configuration"))
        }
        if let events = descriptor.array("events") { checkEvents(events) }
        if let metadata = descriptor.array("metadata") { checkMetadata(metadata) }
    }

    /// Letters and digits (used as `pkg.<name>` and in event ids `'<name>:<event>'`); dashes and
    /// underscores occur in real names and only get a warning.
    private func checkPackageName(_ descriptor: ObjectReader) {
        guard let name = descriptor.string("name"), let value = descriptor["name"] else { return }
        let pointer = JSONPointer.root.appending("name")
        let scalars = Array(name.unicodeScalars)
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        guard let first = scalars.first, isLetter(first),
              scalars.allSatisfy({ isLetter($0) || isDigit($0) || $0 == "-" || $0 == "_" }) else {
            let shown = name.isEmpty ? "an empty name" : "'\(name)'"
            context.report(.invalidName, "package name \(shown) is not valid; use letters and digits, starting with a letter", at: value, pointer: pointer)
            return
        }
        if scalars.contains(where: { $0 == "-" || $0 == "_" }) {
            context.report(.packageNameStyle, "package name '\(name)' has characters other than letters and digits; scripts cannot call it as pkg.\(name)",
                           at: value, pointer: pointer)
        }
    }

    private func checkDependencies(_ items: [JSONValue]) {
        let pointer = JSONPointer.root.appending("dependencies")
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "dependency '\($0)'" } ?? "dependency"
            guard let dependency = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            dependency.checkKnownKeys(["type", "name", "version", "instanceId"])
            dependency.require(["type", "name", "version"])
            dependency.enumeration("type", Self.dependencyTypes)
            dependency.enumeration("instanceId", Self.instanceIds)
            if let name = dependency.string("name"), let nameValue = dependency["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
            if let version = dependency.string("version"), let value = dependency["version"] {
                checkVersion(version, value: value, pointer: itemPointer.appending("version"), owner: title)
            }
        }
        context.checkDuplicateNames(names, what: "dependency")
    }

    private func checkVersion(_ text: String, value: JSONValue, pointer: JSONPointer, owner: String) {
        guard case .failure(let error) = VersionRequirement.parse(text) else { return }
        var diagnostic = error.diagnostic(in: context.source, stringValue: value, pointer: pointer.description,
                                          ruleId: DescriptorRule.invalidVersion.id, severity: DescriptorRule.invalidVersion.defaultSeverity)
        // Only corrections that move or add the prefix and the 'v' are fixes; one that invents
        // numbers ('1.2' to 'v1.2.0') stays a suggestion in the message.
        let numbers: (String) -> String = { String($0.filter { $0.isNumber || $0 == "." }) }
        if let suggestion = error.suggestion, numbers(suggestion) != numbers(text) { diagnostic.fixIt = nil }
        context.append(diagnostic)
    }

    private func checkEvents(_ items: [JSONValue]) {
        let pointer = JSONPointer.root.appending("events")
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "event '\($0)'" } ?? "event"
            guard let event = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            event.checkKnownKeys(["label", "name", "description"])
            event.require(["label", "name"])
            _ = event.string("label")
            _ = event.string("description")
            if let name = event.identifierName(), let nameValue = event["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
        }
        context.checkDuplicateNames(names, what: "event")
    }

    /// Structure of each entry; that paths exist is for lint, which sees the repository.
    private func checkMetadata(_ items: [JSONValue]) {
        let pointer = JSONPointer.root.appending("metadata")
        var seenPaths: [String: JSONValue] = [:]
        var seenNamespaces: [String: (path: String, value: JSONValue)] = [:]
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            guard let entry = ObjectReader(item, pointer: itemPointer, context: context, what: "metadata entry") else { continue }
            entry.checkKnownKeys(["type", "namespace", "path"])
            entry.require(["type", "path"])
            let type = entry.enumeration("type", Self.metadataTypes)
            let namespace = entry.string("namespace")
            guard let path = entry.string("path"), let pathValue = entry["path"] else { continue }
            if !path.hasPrefix("/") {
                context.report(.invalidValue, "metadata path '\(path)' must start with '/'", at: pathValue, pointer: itemPointer.appending("path"),
                               fixIt: FixIt(message: "prefix with '/'", edits: [TextEdit(range: pathValue.range, replacement: "\"/\(path)\"")]))
            }
            let key = "\(type ?? "")\u{0}\(path)"
            if let first = seenPaths[key] {
                context.report(.duplicateMetadata, "metadata entry for '\(path)' is listed more than once", at: item, pointer: itemPointer,
                               notes: [context.note("first listed here", at: first.range)])
                continue
            }
            seenPaths[key] = item
            if let namespace, let type, let namespaceValue = entry["namespace"] {
                let namespaceKey = "\(type)\u{0}\(namespace)"
                if let first = seenNamespaces[namespaceKey], first.path != path {
                    context.report(.duplicateMetadata, "\(type) namespace '\(namespace)' is also used by '\(first.path)'",
                                   at: namespaceValue, pointer: itemPointer.appending("namespace"),
                                   notes: [context.note("first used here", at: first.value.range)])
                } else {
                    seenNamespaces[namespaceKey] = (path, namespaceValue)
                }
            }
        }
    }
}
