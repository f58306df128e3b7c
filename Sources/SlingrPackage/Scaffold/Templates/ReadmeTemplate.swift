/// `README.md` of a new package: what it is and how apps use it, then the sections `slingr-pkg
/// docs` keeps current (dependencies, configuration, events, flow steps, UI services) between
/// their markers, generated from the package's own files so the first `docs --check` passes.
enum ReadmeTemplate {
    static func render(_ plan: PackagePlan, generatedSections: String) -> String {
        var text = "# \(plan.label)\n\n"
        text += (plan.description.map { ScriptText.comment($0) } ?? "A package for the Slingr platform.") + "\n\n"
        text += """
        Package name: `\(plan.name)`. Apps that add this package call its scripts as
        `pkg.\(plan.name).api.<function>(...)`; see `scripts/api.js`.

        """
        if plan.hasOAuth {
            text += """

            `configurationBuilder.js` builds `config.oauth` for the `oauth` package from the
            configuration fields. Set the provider's authorization and token URLs there, and register
            the OAuth callback shown in the configuration with the provider.

            """
        }
        if plan.hasListener {
            text += "\nThe listener in `listeners/\(PackagePlan.listenerName).js` triggers `\(plan.name):\(PackagePlan.webhookEvent)` for every webhook the `http` service receives on `\(plan.listenerPath)`.\n"
        }
        text += "\n" + generatedSections
        text += "\n## Development\n\n"
        text += "Check the package with `slingr-pkg lint` and add parts with `slingr-pkg add`. The sections between\n"
        text += "`slingr-pkg` markers are generated: `slingr-pkg docs` rewrites them when the package changes.\n"
        text += "\n## License\n\n"
        switch plan.license {
        case .apache2: text += "Apache License 2.0; see `LICENSE`.\n"
        case .mit: text += "MIT; see `LICENSE`.\n"
        case .none: text += "No license has been chosen yet.\n"
        }
        return text
    }
}
