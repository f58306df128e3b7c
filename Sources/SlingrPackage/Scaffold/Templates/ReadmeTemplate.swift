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
        text += "\n## Dependencies\n\n"
        if plan.dependencies.isEmpty {
            text += "None.\n"
        } else {
            text += "| Type | Name | Version |\n|---|---|---|\n"
            for dependency in plan.dependencies {
                text += "| \(dependency.kind.rawValue) | `\(dependency.name)` | `\(dependency.version)` |\n"
            }
        }
        text += "\n## Configuration\n\n"
        if plan.fields.isEmpty {
            text += "This package has no configuration fields yet; add them with `slingr-pkg add field <name>`.\n"
        } else {
            text += "| Label | Name | Type | Required | Description |\n|---|---|---|---|---|\n"
            for field in plan.fields {
                text += "| \(ScriptText.tableCell(field.label)) | `\(field.name)` | `\(field.type.rawValue)` | \(field.required ? "yes" : "no") | \(ScriptText.tableCell(field.description ?? "")) |\n"
            }
        }
        if plan.hasOAuth {
            text += """

            `configurationBuilder.js` builds `config.oauth` for the `oauth` package from these fields.
            Set the provider's authorization and token URLs there, and register the OAuth callback
            shown in the configuration with the provider.

            """
        }
        text += "\n## Events\n\n"
        if plan.events.isEmpty {
            text += "This package triggers no events yet; add them with `slingr-pkg add event <name>`.\n"
        } else {
            text += "| Label | Name | Description |\n|---|---|---|\n"
            for event in plan.events {
                text += "| \(ScriptText.tableCell(event.label)) | `\(event.name)` | \(ScriptText.tableCell(event.description)) |\n"
            }
            if plan.hasListener {
                text += "\nThe listener in `listeners/\(PackagePlan.listenerName).js` triggers `\(plan.name):\(PackagePlan.webhookEvent)` for every webhook the `http` service receives on `\(plan.listenerPath)`.\n"
            }
        }
        text += "\n## Flow steps\n\n"
        if plan.flowSteps.isEmpty {
            text += "None yet; add them with `slingr-pkg add flow-step <name>`.\n"
        } else {
            text += "| Label | Name | Description |\n|---|---|---|\n"
            for step in plan.flowSteps {
                let label = ScaffoldName.humanize(step)
                text += "| \(ScriptText.tableCell(label)) | `\(step)` | \(ScriptText.tableCell("\(label) step of the \(plan.label) package.")) |\n"
            }
        }
        if !plan.uiServices.isEmpty {
            text += "\n## UI services\n\n| Label | Name | Functions |\n|---|---|---|\n"
            for service in plan.uiServices {
                text += "| \(ScriptText.tableCell(ScaffoldName.humanize(service))) | `\(service)` | `showMessage` |\n"
            }
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
}
