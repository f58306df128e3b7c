/// `README.md` of a new package: what it is, how apps use it, and tables of its dependencies,
/// configuration fields, events, flow steps and UI services, generated from the same plan as
/// `package.json`.
enum ReadmeTemplate {
    static func render(_ plan: PackagePlan) -> String {
        var text = "# \(plan.label)\n\n"
        text += (plan.description.map { ScriptText.comment($0) } ?? "A package for the Slingr platform.") + "\n\n"
        text += """
        Package name: `\(plan.name)`. Apps that add this package call its scripts as
        `pkg.\(plan.name).api.<function>(...)`; see `scripts/api.js`.

        """
        text += section("Dependencies", empty: "None.", header: ["Type", "Name", "Version"], rows: plan.dependencies.map {
            [$0.kind.rawValue, "`\($0.name)`", "`\($0.version)`"]
        })
        text += section(
            "Configuration", empty: "This package has no configuration fields yet; add them with `slingr-pkg add field <name>`.",
            header: ["Label", "Name", "Type", "Required", "Description"],
            rows: plan.fields.map {
                [ScriptText.tableCell($0.label), "`\($0.name)`", "`\($0.type.rawValue)`", $0.required ? "yes" : "no", ScriptText.tableCell($0.description ?? "")]
            })
        if plan.hasOAuth {
            text += """

            `configurationBuilder.js` builds `config.oauth` for the `oauth` package from these fields.
            Set the provider's authorization and token URLs there, and register the OAuth callback
            shown in the configuration with the provider.

            """
        }
        text += section("Events", empty: "This package triggers no events yet; add them with `slingr-pkg add event <name>`.",
                        header: ["Label", "Name", "Description"], rows: plan.events.map {
            [ScriptText.tableCell($0.label), "`\($0.name)`", ScriptText.tableCell($0.description)]
        })
        if plan.hasListener, !plan.events.isEmpty {
            text += "\nThe listener in `listeners/\(PackagePlan.listenerName).js` triggers `\(plan.name):\(PackagePlan.webhookEvent)` for every webhook the `http` service receives on `\(plan.listenerPath)`.\n"
        }
        text += section("Flow steps", empty: "None yet; add them with `slingr-pkg add flow-step <name>`.",
                        header: ["Label", "Name", "Description"], rows: plan.flowSteps.map { step in
            let label = ScaffoldName.humanize(step)
            return [ScriptText.tableCell(label), "`\(step)`", ScriptText.tableCell("\(label) step of the \(plan.label) package.")]
        })
        if !plan.uiServices.isEmpty {
            text += section("UI services", empty: "", header: ["Label", "Name", "Functions"], rows: plan.uiServices.map {
                [ScriptText.tableCell(ScaffoldName.humanize($0)), "`\($0)`", "`showMessage`"]
            })
        }
        text += "\n## Development\n\n"
        text += "Check the package with `slingr-pkg validate package.json` and add parts with `slingr-pkg add`.\n"
        text += "\n## License\n\n"
        switch plan.license {
        case .apache2: text += "Apache License 2.0; see `LICENSE`.\n"
        case .mit: text += "MIT; see `LICENSE`.\n"
        case .none: text += "No license has been chosen yet.\n"
        }
        return text
    }

    /// A `## title` section holding a Markdown table, or the `empty` sentence when there are no rows.
    private static func section(_ title: String, empty: String, header: [String], rows: [[String]]) -> String {
        var text = "\n## \(title)\n\n"
        guard !rows.isEmpty else { return text + empty + "\n" }
        text += "| " + header.joined(separator: " | ") + " |\n"
        text += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in rows { text += "| " + row.joined(separator: " | ") + " |\n" }
        return text
    }
}
