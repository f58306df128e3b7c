import SlingrDiagnostics

/// A drop-down or buttons group value that is not one of its possible values.
enum ValueNotAnOptionRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "value-not-an-option",
        severity: .error,
        summary: "A drop-down or buttons group value that is not one of its possible values.",
        explanation: "dropDown and buttonsGroup fields accept the names of their possibleValues (unless allowCustom is set), so any other value is refused by the app builder.",
        triggering: [
            .package("a region that is not offered", configuration: #"[↓{"label": "Region", "name": "region", "type": "dropDown", "typeOptions": {"possibleValues": [{"label": "Europe", "name": "eu"}, {"label": "United States", "name": "us"}]}}]"#, files: ["values.json": #"{"region": "asia"}"#],
                     expected: [.marked("'asia' is not an option of 'region' ('eu', 'us')")], command: .previewCheck),
        ],
        nonTriggering: [
            .package("an offered region", configuration: #"[{"label": "Region", "name": "region", "type": "dropDown", "typeOptions": {"possibleValues": [{"label": "Europe", "name": "eu"}, {"label": "United States", "name": "us"}]}}]"#, files: ["values.json": #"{"region": "eu"}"#], command: .previewCheck),
        ]
    )
}
