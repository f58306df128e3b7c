import SlingrDiagnostics
import SlingrJSON

/// `slingr-pkg new`: turns options into the files of a complete, working package laid out as
/// the platform expects: `package.json`, `scripts/api.js`, `test/api.test.js`, the listener, flow steps with their icons, UI
/// services, `configurationBuilder.js` for OAuth, `README.md`, `LICENSE`, `.gitignore` and
/// `icon48.png`, plus the JSON Schemas of its files and the VS Code settings that use them.
/// Nothing is written here; `ScaffoldInstaller` puts the files on disk.
public enum Scaffolder {
    public static func newPackage(_ options: NewPackageOptions) throws(ScaffoldError) -> [GeneratedFile] {
        try check(options)
        let plan = PackagePlan(options)
        var files: [GeneratedFile] = [
            GeneratedFile(path: "package.json", text: PackageDescriptorTemplate.render(plan)),
            GeneratedFile(path: ".gitignore", text: GitignoreTemplate.text),
            GeneratedFile(path: "icon48.png", bytes: ScaffoldIcon.packageIcon),
            GeneratedFile(path: "scripts/api.js", text: APIScriptTemplate.render(plan)),
            GeneratedFile(path: "test/api.test.js", text: TestTemplate.api(packageName: plan.name)),
            GeneratedFile(path: EditorSettings.vscodeSettingsPath, text: EditorSettings.vscodeSettings),
        ]
        files += EditorSettings.schemaFiles(catalogue: options.catalogue)
        if let license = LicenseTemplate.render(plan.license, holder: "the \(ScriptText.comment(plan.label)) authors") {
            files.append(GeneratedFile(path: "LICENSE", text: license))
        }
        if plan.hasOAuth {
            files.append(GeneratedFile(path: "configurationBuilder.js", text: ConfigurationBuilderTemplate.render(plan)))
        }
        if plan.hasListener {
            let listener = ListenerTemplate.render(packageName: plan.name, listener: PackagePlan.listenerName,
                                                   label: "Webhooks for \(plan.label)", path: plan.listenerPath, event: PackagePlan.webhookEvent)
            files.append(GeneratedFile(path: "listeners/\(PackagePlan.listenerName).js", text: listener))
        }
        for step in plan.flowSteps {
            files += flowStepFiles(step, packageName: plan.name, packageLabel: plan.label)
        }
        for service in plan.uiServices {
            files += uiServiceFiles(service, packageName: plan.name)
        }
        files.append(GeneratedFile(path: ReadmeSync.fileName, text: ReadmeTemplate.render(plan, generatedSections: generatedSections(of: files))))
        return GeneratedFile.sorted(files)
    }

    /// The README's generated sections, made by `slingr-pkg docs` itself from the files about to
    /// be written (held in memory).
    static func generatedSections(of files: [GeneratedFile]) -> String {
        let root = "/package"
        let memory = InMemoryFileSystem(binaryFiles: Dictionary(files.map { (PathName.join(root, $0.path), $0.bytes) }, uniquingKeysWith: { first, _ in first }))
        return ReadmeDocument.markedBlocks(ReadmeGenerator(repository: PackageRepository(root: root, displayRoot: ".", fileSystem: memory)).render)
    }

    /// `step.json`, `step.js` and an 18x18 `icon.png` in `flowSteps/<name>/`, and a test for it in
    /// `test/<name>.test.js`; the descriptor is written in `style` (the package's own, when adding
    /// to one).
    static func flowStepFiles(_ step: String, label: String? = nil, packageName: String, packageLabel: String,
                              style: JSONTextStyle = .standard) -> [GeneratedFile] {
        let label = label ?? ScaffoldName.humanize(step)
        let folder = "flowSteps/\(step)"
        return [
            GeneratedFile(path: "\(folder)/step.json", text: document(StepDescriptorTemplate.json(step: step, label: label, packageLabel: packageLabel), style: style)),
            GeneratedFile(path: "\(folder)/step.js", text: StepScriptTemplate.render(packageName: packageName, step: step, label: label)),
            GeneratedFile(path: "\(folder)/icon.png", bytes: ScaffoldIcon.stepIcon),
            GeneratedFile(path: "test/\(step).test.js", text: TestTemplate.step(step)),
        ]
    }

    /// `uiService.json` and `uiService.js` in `uiServices/<name>/`.
    static func uiServiceFiles(_ service: String, label: String? = nil, packageName: String, style: JSONTextStyle = .standard) -> [GeneratedFile] {
        let label = label ?? ScaffoldName.humanize(service)
        let folder = "uiServices/\(service)"
        return [
            GeneratedFile(path: "\(folder)/uiService.json", text: document(UIServiceDescriptorTemplate.json(service: service, label: label), style: style)),
            GeneratedFile(path: "\(folder)/uiService.js", text: UIServiceScriptTemplate.render(packageName: packageName, service: service, label: label)),
        ]
    }

    /// A descriptor file in `style`, always with a final line ending. The templates are a few
    /// levels deep, so the renderer's depth limit cannot refuse them.
    static func document(_ value: JSONOutput, style: JSONTextStyle) -> String {
        var style = style
        style.isSingleLine = false
        return (style.render(value) ?? value.rendered(indent: 4)) + style.lineEnding
    }

    /// Every name and text is checked before anything is generated; the first problem is
    /// reported.
    static func check(_ options: NewPackageOptions) throws(ScaffoldError) {
        try ScaffoldName.validate(options.name, what: "package name")
        if let label = options.label { try ScaffoldName.validateText(label, what: "label") }
        if let description = options.description { try ScaffoldName.validateText(description, what: "description") }
        try checkNames(options.flowSteps, what: "flow step")
        try checkNames(options.uiServices, what: "UI service")
        let needed: [(String, ScaffoldDependency.Kind)] = (options.http || options.listener ? [("http", .service)] : []) + (options.oauth ? [("oauth", .package)] : [])
        for (name, kind) in needed where options.versions.version(for: name, kind: kind) == nil {
            throw ScaffoldError(.invalidInput, "no version is known for the '\(name)' dependency")
        }
    }

    private static func checkNames(_ names: [String], what: String) throws(ScaffoldError) {
        var seen: Set<String> = []
        for name in names {
            try ScaffoldName.validate(name, what: "\(what) name")
            if !seen.insert(name).inserted { throw ScaffoldError(.invalidInput, "\(what) '\(name)' is given more than once") }
        }
    }
}
