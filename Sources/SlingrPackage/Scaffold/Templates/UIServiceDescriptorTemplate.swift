import SlingrDiagnostics

/// `uiServices/<name>/uiService.json`: loaded in the app, with one function and its callbacks,
/// the label as a translation object like real services write it.
enum UIServiceDescriptorTemplate {
    static func json(service: String, label: String) -> JSONOutput {
        .object([
            ("name", .string(service)),
            ("label", .object([("translation", .object([("en", .string(label))]))])),
            ("places", .array([.string("APP")])),
            ("dependencies", .array([])),
            ("byGroups", .bool(false)),
            ("functions", .array([
                .object([
                    ("label", .string("Show message")),
                    ("name", .string("showMessage")),
                    ("callbacks", .array([.string("success"), .string("fail")])),
                ]),
            ])),
            ("events", .array([])),
        ])
    }
}
