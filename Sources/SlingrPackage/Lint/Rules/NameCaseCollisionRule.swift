import SlingrDiagnostics
import SlingrJSON

/// Names that differ only in case: component folders and script files collide on
/// case-insensitive file systems (macOS and Windows checkouts keep one of them), and fields,
/// inputs, steps, UI services and listeners that differ only in case are one typo away from
/// each other.
struct NameCaseCollisionRule: LintRule {
    static let description = RuleDescription(
        id: "name-case-collision",
        severity: .warning,
        summary: "Two fields, inputs, steps, UI services, scripts or listeners whose names differ only in case.",
        explanation: "Folders and files such as flowSteps/s1 and flowSteps/S1 cannot both exist in a checkout on a case-insensitive file system (the default on macOS and Windows): one silently replaces the other. Fields and listeners whose names differ only in case work, but code and expressions reach the wrong one after the slightest typo. Rename one of them.",
        triggering: [
            .package("two step folders that differ in case", metadata: #"[{"type": "flowStep", "namespace": "s1", "path": "/flowSteps/s1"}, {"type": "flowStep", "namespace": "S1", "path": "/flowSteps/S1"}]"#,
                     files: ["flowSteps/s1/step.json": #"{"label": "Step", "name": "s1", "category": "integrations", "inputs": [], "outputs": []}"#,
                             "flowSteps/S1/step.json": #"{"label": "Step", "name": "S1", "category": "integrations", "inputs": [], "outputs": []}"#],
                     expected: [.file("flowSteps/s1", message(kind: "flow step folder", "s1", other: "S1"))]),
            .package("two fields that differ in case", configuration: #"[{"label": "API key", "name": "apiKey", "type": "text"}, {"label": "API key (old)", "name": ↓"apikey", "type": "text"}]"#,
                     expected: [.marked(message(kind: "field", "apikey", other: "apiKey"))]),
        ],
        nonTriggering: [
            .package("distinct names", configuration: #"[{"label": "Client ID", "name": "clientId", "type": "text"}, {"label": "Client secret", "name": "clientSecret", "type": "password"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n", "scripts/utils.js": "exports.b = 2;\n"]),
        ]
    )

    static func message(kind: String, _ name: String, other: String) -> String {
        "\(kind) '\(name)' differs only in case from '\(other)'"
    }

    /// Each item whose name's lower-cased form an earlier item already took, with that earlier
    /// item and the two names.
    static func collisions<Item>(_ items: [Item], name: (Item) -> String?) -> [(item: Item, name: String, earlier: Item, other: String)] {
        var seen: [String: (Item, String)] = [:]
        var found: [(item: Item, name: String, earlier: Item, other: String)] = []
        for item in items {
            guard let text = name(item) else { continue }
            let key = text.lowercased()
            if let (earlier, other) = seen[key] {
                if other != text { found.append((item, text, earlier, other)) }
            } else {
                seen[key] = (item, text)
            }
        }
        return found
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        for (folder, kind) in [("flowSteps", "flow step folder"), ("uiServices", "UI service folder")] {
            for collision in Self.collisions(repository.componentFolders(folder), name: { $0 }) {
                context.report(Self.self, Self.message(kind: kind, collision.name, other: collision.other), path: PathName.join(folder, collision.name))
            }
        }
        for (folder, kind) in [("scripts", "script"), ("listeners", "listener file")] {
            for collision in Self.collisions(repository.scriptFiles(folder), name: { $0 }) {
                context.report(Self.self, Self.message(kind: kind, PathName.lastComponent(collision.name), other: PathName.lastComponent(collision.other)), path: collision.name)
            }
        }
        if let package = repository.package, let descriptor = package.packageDescriptor {
            checkFields(descriptor.configuration, kind: "field", in: package, context: context)
        }
        var steps: [(name: DescriptorString, file: DescriptorFile)] = []
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            guard let file = repository.descriptor(PathName.join(folder, DescriptorKind.step.fileName), kind: .step),
                  let step = file.stepDescriptor else { continue }
            checkFields(step.inputs, kind: "input", in: file, context: context)
            if let name = step.name { steps.append((name, file)) }
        }
        report(Self.collisions(steps, name: { $0.name.text }).filter { !Self.sameFolder($0.item.file, $0.earlier.file) }
            .map { ($0.item.name, $0.item.file, $0.other) }, kind: "flow step", context: context)
        var services: [(name: DescriptorString, file: DescriptorFile)] = []
        for folder in repository.components(type: "uiService", conventionalFolder: "uiServices") {
            guard let file = repository.descriptor(PathName.join(folder, DescriptorKind.uiService.fileName), kind: .uiService),
                  let name = file.uiServiceDescriptor?.name else { continue }
            services.append((name, file))
        }
        report(Self.collisions(services, name: { $0.name.text }).filter { !Self.sameFolder($0.item.file, $0.earlier.file) }
            .map { ($0.item.name, $0.item.file, $0.other) }, kind: "UI service", context: context)
        for collision in Self.collisions(context.listenerDefinitions, name: \.name) {
            context.report(Self.self, Self.message(kind: "listener", collision.name, other: collision.other),
                           in: collision.item.script.source, range: collision.item.range)
        }
    }

    /// Whether two descriptors sit in folders whose names differ only in case (reported once,
    /// as folders).
    static func sameFolder(_ one: DescriptorFile, _ other: DescriptorFile) -> Bool {
        one.relativePath.lowercased() == other.relativePath.lowercased()
    }

    /// Sibling fields (each group's children among themselves).
    private func checkFields(_ fields: [FormFieldSpec], kind: String, in file: DescriptorFile, context: LintContext) {
        for field in fields where !field.children.isEmpty { checkFields(field.children, kind: kind, in: file, context: context) }
        for collision in Self.collisions(fields, name: \.name) {
            guard let value = collision.item.object["name"] else { continue }
            context.report(Self.self, Self.message(kind: kind, collision.name, other: collision.other), in: file.source,
                           range: value.range, pointer: collision.item.pointer.appending("name"))
        }
    }

    private func report(_ found: [(DescriptorString, DescriptorFile, String)], kind: String, context: LintContext) {
        for (name, file, other) in found {
            context.report(Self.self, Self.message(kind: kind, name.text, other: other), in: file.source, range: name.value.range, pointer: name.pointer)
        }
    }
}
