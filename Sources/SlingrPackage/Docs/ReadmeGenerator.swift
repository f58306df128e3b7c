import SlingrDiagnostics

/// Renders the generated sections of a package's README from its descriptors, read once through
/// the repository: the configuration as `preview --format markdown` shows it, flow steps with
/// their inputs and outputs, events with the ids scripts trigger, dependencies with their
/// versions, and UI services with their functions. Output depends on the files only.
public struct ReadmeGenerator {
    let repository: PackageRepository

    public init(repository: PackageRepository) { self.repository = repository }

    /// The Markdown of `section`, ending with a newline.
    public func render(_ section: ReadmeSection) -> String {
        switch section {
        case .dependencies: return dependencies()
        case .configuration: return configuration()
        case .events: return events()
        case .flowSteps: return flowSteps()
        case .uiServices: return uiServices()
        }
    }

    private var descriptor: PackageDescriptor? { repository.package?.packageDescriptor }

    private func dependencies() -> String {
        let rows = (descriptor?.dependencies ?? []).compactMap { dependency -> [String]? in
            guard let name = dependency.name?.text else { return nil }
            return [dependency.type ?? "", Self.code(name), dependency.version.map { Self.code($0.text) } ?? ""]
        }
        return Self.table("Dependencies", empty: "This package has no dependencies; add them with `slingr-pkg add dependency <name>`.", header: ["Type", "Name", "Version"], rows: rows)
    }

    private func configuration() -> String {
        do {
            let definition = try FormDefinition.load(repository)
            let model = FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName))
                .evaluate(ConfigurationValues())
            return MarkdownFormRenderer().render(model)
        } catch {
            return "## Configuration\n\nThe configuration cannot be read: \(error.message).\n"
        }
    }

    private func events() -> String {
        let packageName = descriptor?.name?.text ?? "<package>"
        let rows = (descriptor?.events ?? []).compactMap { event -> [String]? in
            guard let name = event.name?.text else { return nil }
            return [Self.cell(event.label ?? name), Self.code("\(packageName):\(name)"), Self.cell(event.description ?? "")]
        }
        return Self.table("Events", empty: "This package triggers no events; add them with `slingr-pkg add event <name>`.", header: ["Label", "Event", "Description"], rows: rows)
    }

    private func flowSteps() -> String {
        let folders = repository.components(type: "flowStep", conventionalFolder: "flowSteps")
        guard !folders.isEmpty else { return "## Flow steps\n\nThis package has no flow steps; add them with `slingr-pkg add flow-step <name>`.\n" }
        var text = "## Flow steps\n"
        for folder in folders {
            let file = repository.descriptor(PathName.join(folder, DescriptorKind.step.fileName), kind: .step)
            let step = file?.stepDescriptor
            let name = PathName.lastComponent(folder)
            text += "\n### \(Self.cell(step?.label ?? name)) (\(Self.code(step?.name?.text ?? name)))\n\n"
            if let description = step?.description, !description.isEmpty { text += HTMLText.plainText(description) + "\n\n" }
            text += inputs(of: name)
            let outputs = (step?.outputs ?? []).compactMap { output -> [String]? in
                guard let outputName = output.name?.text else { return nil }
                return [Self.cell(output.label ?? outputName), Self.code(outputName), output.type?.text ?? "", Self.cell(output.description ?? "")]
            }
            text += "\n" + Self.rows(empty: "Outputs: none.", intro: "Outputs:", header: ["Output", "Name", "Type", "Description"], rows: outputs)
        }
        return text
    }

    /// The inputs table as the Markdown preview of the step's form renders it, without its
    /// heading (the step has its own).
    private func inputs(of step: String) -> String {
        do {
            let definition = try FormDefinition.load(repository, step: step)
            let environment = FormEnvironment(packageName: definition.packageName, includesPlatformValues: false)
            let rendered = MarkdownFormRenderer().render(FormEvaluator(definition: definition, environment: environment).evaluate(ConfigurationValues()))
            return rendered.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
        } catch {
            return "The inputs cannot be read: \(error.message).\n"
        }
    }

    private func uiServices() -> String {
        let rows = repository.components(type: "uiService", conventionalFolder: "uiServices").map { folder -> [String] in
            let service = repository.descriptor(PathName.join(folder, DescriptorKind.uiService.fileName), kind: .uiService)?.uiServiceDescriptor
            let name = service?.name?.text ?? PathName.lastComponent(folder)
            let functions = (service?.functions ?? []).compactMap { $0.name?.text }.map(Self.code).joined(separator: ", ")
            return [Self.cell(service?.label ?? name), Self.code(name), functions]
        }
        return Self.table("UI services", empty: "This package has no UI services; add them with `slingr-pkg add ui-service <name>`.", header: ["Label", "Name", "Functions"], rows: rows)
    }

    // MARK: Markdown

    private static func table(_ title: String, empty: String, header: [String], rows: [[String]]) -> String {
        "## \(title)\n\n" + Self.rows(empty: empty, intro: nil, header: header, rows: rows)
    }

    private static func rows(empty: String, intro: String?, header: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return empty + "\n" }
        var text = intro.map { $0 + "\n\n" } ?? ""
        text += "| " + header.joined(separator: " | ") + " |\n"
        text += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { text += "| " + row.joined(separator: " | ") + " |\n" }
        return text
    }

    /// Text for a table cell: one line, pipes escaped.
    static func cell(_ text: String) -> String {
        var cell = ""
        for character in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
            if character == "|" { cell.append("\\") }
            cell.append(character)
        }
        return cell
    }

    /// A code span that survives backticks in the text.
    static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "``" : "`"
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + cell(text) + padding + fence
    }
}
