import SlingrDiagnostics

/// Every UI service folder has `uiService.json` and `uiService.js`.
struct UIServiceFilesRule: LintRule {
    static let requiredFiles = ["uiService.json", "uiService.js"]

    static let description = RuleDescription(
        id: "ui-service-files",
        severity: .error,
        summary: "A UI service folder without uiService.json or uiService.js.",
        explanation: "The platform loads the descriptor and the script of each UI service; without either the service does not exist.",
        triggering: [
            .package("a UI service without its script",
                     files: ["uiServices/popup/uiService.json": #"{"name": "popup", "label": "Popup", "places": ["APP"], "functions": []}"#],
                     expected: [.file("uiServices/popup/uiService.js", message(service: "popup", file: "uiService.js", path: "uiServices/popup/uiService.js"))]),
        ],
        nonTriggering: [
            .package("a UI service with both files",
                     files: ["uiServices/popup/uiService.json": #"{"name": "popup", "label": "Popup", "places": ["APP"], "functions": []}"#,
                             "uiServices/popup/uiService.js": "service.open = function (message) {};\n"]),
        ]
    )

    static func message(service: String, file: String, path: String) -> String { "UI service '\(service)' has no \(file) ('\(path)' is missing)" }

    func check(_ context: LintContext) {
        let repository = context.repository
        for folder in repository.components(type: "uiService", conventionalFolder: "uiServices") {
            for file in Self.requiredFiles {
                let path = PathName.join(folder, file)
                // Something that exists but cannot be read is reported as unreadable, not missing.
                let kind = repository.kind(path)
                if kind == nil || kind == .directory {
                    context.report(Self.self, Self.message(service: PathName.lastComponent(folder), file: file, path: path), path: path)
                }
            }
        }
    }
}
