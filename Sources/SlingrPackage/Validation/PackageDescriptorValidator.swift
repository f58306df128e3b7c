import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// Decodes and checks a `package.json`: the six sections real descriptors carry, dependencies
/// and their versions, the configuration form, events and metadata.
struct PackageDescriptorValidator {
    let context: ValidationContext

    private typealias Shape = PackageDescriptorShape

    /// The typed descriptor, `nil` when the root is not an object.
    func decode(_ root: JSONValue) -> PackageDescriptor? {
        guard let reader = ObjectReader(root, pointer: .root, context: context, what: "the package descriptor") else { return nil }
        reader.checkKnownKeys(Shape.root.keyNames)
        reader.require(Shape.root.required)
        var descriptor = PackageDescriptor()
        descriptor.name = packageName(reader)
        descriptor.label = reader.string("label")
        descriptor.description = reader.string("description")
        descriptor.declaresConfigurationBuilder = reader.has("configurationBuilder")
        if let builder = reader.string("configurationBuilder"), let value = reader["configurationBuilder"] {
            let pointer = JSONPointer.root.appending("configurationBuilder")
            if !builder.hasPrefix("/") { reportMissingSlash("configurationBuilder path", builder, value: value, pointer: pointer) }
            descriptor.configurationBuilder = DescriptorString(text: builder, value: value, pointer: pointer)
        }
        if let dependencies = reader.array("dependencies") { descriptor.dependencies = self.dependencies(dependencies) }
        if let fields = reader.array("configuration") {
            descriptor.configuration = FieldValidator(context: context, placement: .configuration)
                .fields(fields, pointer: JSONPointer.root.appending("configuration"))
        }
        if let events = reader.array("events") { descriptor.events = self.events(events) }
        if let metadata = reader.array("metadata") { descriptor.metadata = self.metadata(metadata) }
        return descriptor
    }

    /// Letters and digits (used as `pkg.<name>` and in event ids `'<name>:<event>'`); dashes and
    /// underscores occur in real names and only get a warning.
    private func packageName(_ reader: ObjectReader) -> DescriptorString? {
        guard let name = reader.string("name"), let value = reader["name"] else { return nil }
        let pointer = JSONPointer.root.appending("name")
        let scalars = Array(name.unicodeScalars)
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        if let first = scalars.first, isLetter(first), scalars.allSatisfy({ isLetter($0) || isDigit($0) || $0 == "-" || $0 == "_" }) {
            if scalars.contains(where: { $0 == "-" || $0 == "_" }) {
                context.report(PackageNameStyleRule.self, PackageNameStyleRule.message(name), at: value, pointer: pointer)
            }
        } else {
            context.report(InvalidNameRule.self, InvalidNameRule.packageMessage(name), at: value, pointer: pointer)
        }
        return DescriptorString(text: name, value: value, pointer: pointer)
    }

    private func dependencies(_ items: [JSONValue]) -> [PackageDescriptor.Dependency] {
        let pointer = JSONPointer.root.appending("dependencies")
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        var result: [PackageDescriptor.Dependency] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "dependency '\($0)'" } ?? "dependency"
            guard let reader = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            reader.checkKnownKeys(Shape.dependency.keyNames)
            reader.require(Shape.dependency.required)
            var dependency = PackageDescriptor.Dependency(type: reader.enumeration("type", Shape.dependencyTypes.names),
                                                          instanceId: reader.enumeration("instanceId", Shape.instanceIds.names),
                                                          pointer: itemPointer, value: item)
            if let name = reader.string("name"), let nameValue = reader["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
                dependency.name = DescriptorString(text: name, value: nameValue, pointer: itemPointer.appending("name"))
            }
            if let version = reader.string("version"), let value = reader["version"] {
                dependency.version = DescriptorString(text: version, value: value, pointer: itemPointer.appending("version"))
                checkVersion(version, value: value, pointer: itemPointer.appending("version"))
            }
            result.append(dependency)
        }
        context.checkDuplicateNames(names, what: "dependency")
        return result
    }

    /// A malformed requirement, located inside the string. Only corrections that keep every
    /// number (moving the prefix or the 'v', dropping spaces and leading zeros) are fixes; one
    /// that would invent numbers ('1.2' to 'v1.2.0') stays a suggestion in the message.
    private func checkVersion(_ text: String, value: JSONValue, pointer: JSONPointer) {
        guard case .failure(let error) = VersionRequirement.parse(text) else { return }
        var diagnostic = error.diagnostic(in: context.source, stringValue: value, pointer: pointer.description)
        if !error.suggestionIsMechanical { diagnostic.fixIt = nil }
        context.append(diagnostic)
    }

    private func events(_ items: [JSONValue]) -> [PackageDescriptor.Event] {
        let pointer = JSONPointer.root.appending("events")
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        var result: [PackageDescriptor.Event] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "event '\($0)'" } ?? "event"
            guard let reader = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            reader.checkKnownKeys(Shape.event.keyNames)
            reader.require(Shape.event.required)
            reader.requireLabel()
            var event = PackageDescriptor.Event(label: reader.string("label"), description: reader.string("description"))
            if let name = reader.identifierName(), let nameValue = reader["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
                event.name = DescriptorString(text: name, value: nameValue, pointer: itemPointer.appending("name"))
            }
            result.append(event)
        }
        context.checkDuplicateNames(names, what: "event")
        return result
    }

    /// Structure of each entry; that paths exist is for lint, which sees the repository. An
    /// exact repetition of an entry can be removed; a shared namespace needs a person.
    private func metadata(_ items: [JSONValue]) -> [MetadataEntry] {
        let pointer = JSONPointer.root.appending("metadata")
        var seenPaths: [String: JSONValue] = [:]
        var seenNamespaces: [String: (path: String, value: JSONValue)] = [:]
        var result: [MetadataEntry] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            guard let reader = ObjectReader(item, pointer: itemPointer, context: context, what: "metadata entry") else { continue }
            reader.checkKnownKeys(Shape.metadataEntry.keyNames)
            reader.require(Shape.metadataEntry.required)
            let type = reader.enumeration("type", Shape.metadataTypes.names)
            let namespace = reader.string("namespace")
            guard let path = reader.string("path"), let pathValue = reader["path"] else { continue }
            if !path.hasPrefix("/") { reportMissingSlash("metadata path", path, value: pathValue, pointer: itemPointer.appending("path")) }
            result.append(MetadataEntry(type: item["type"]?.string ?? "", namespace: namespace, path: path, value: item,
                                        pathValue: pathValue, pointer: itemPointer))
            let key = "\(type ?? "")\u{0}\(path)"
            if let first = seenPaths[key] {
                let fixIt = sameEntry(first, item) ? removal(of: index, in: items) : nil
                context.report(DuplicateMetadataRule.self, DuplicateMetadataRule.repeatedMessage(path), at: item, pointer: itemPointer,
                               notes: [context.note("first listed here", at: first.range)], fixIt: fixIt)
                continue
            }
            seenPaths[key] = item
            if let namespace, let type, let namespaceValue = reader["namespace"] {
                let namespaceKey = "\(type)\u{0}\(namespace)"
                if let first = seenNamespaces[namespaceKey], first.path != path {
                    context.report(DuplicateMetadataRule.self, DuplicateMetadataRule.sharedNamespaceMessage(type: type, namespace: namespace, firstPath: first.path),
                                   at: namespaceValue, pointer: itemPointer.appending("namespace"),
                                   notes: [context.note("first used here", at: first.value.range)])
                } else {
                    seenNamespaces[namespaceKey] = (path, namespaceValue)
                }
            }
        }
        return result
    }

    /// Two entries with the same members and values (in any order).
    private func sameEntry(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        let describe: (JSONValue) -> [String] = { value in (value.members ?? []).map { "\($0.key)\u{0}\($0.value.string ?? $0.value.typeName)" }.sorted() }
        return describe(lhs) == describe(rhs)
    }

    /// The edit that removes element `index` of `items` with its separator: from the end of the
    /// previous element (so the comma before it goes too).
    private func removal(of index: Int, in items: [JSONValue]) -> FixIt? {
        guard index > 0 else { return nil }
        let range = SourceRange(start: items[index - 1].range.end, end: items[index].range.end)
        return FixIt(message: "remove the repeated entry", edits: [TextEdit(range: range, replacement: "")])
    }

    /// Repository paths start with `/`; adding it is the one certain correction.
    private func reportMissingSlash(_ what: String, _ path: String, value: JSONValue, pointer: JSONPointer) {
        context.report(InvalidValueRule.self, InvalidValueRule.pathMessage(what, path), at: value, pointer: pointer,
                       fixIt: FixIt(message: "prefix with '/'", edits: [TextEdit(range: value.range, replacement: JSONOutput.string("/" + path).rendered())]))
    }
}
