import SlingrDiagnostics

/// `.vscode/settings.json` of a package: maps each descriptor to the schema slingr-pkg wrote
/// into the package, so completion, hover and validation work in VS Code with no extension.
///
/// VS Code's built-in npm support associates every file named `package.json` with npm's schema
/// (`https://json.schemastore.org/package`), and a `json.schemas` mapping for the same file is
/// added beside it rather than replacing it, so a Slingr descriptor would be checked against
/// both and get npm's squiggles (its `dependencies` is an array, npm's an object). A more
/// specific `fileMatch` does not help; `json.schemaDownload.enable: false` silences npm's schema
/// only by switching off every downloaded schema (with a status bar alert). What works: a
/// `json.schemas` entry with the same URL as npm's and inline `schema` content. VS Code
/// registers settings after the extensions' associations, and a schema given inline replaces
/// whatever the URL would load, so npm's schema becomes `{}` (accepts everything) in this
/// workspace and is never downloaded.
public enum EditorSettings {
    /// The URL VS Code's npm extension associates with `package.json`.
    public static let npmSchemaURL = "https://json.schemastore.org/package"

    /// The `json.schemas` entries: one per schema kind, then npm's schema neutralised.
    public static var jsonSchemas: JSONOutput {
        var entries = SchemaKind.allCases.map { kind -> JSONOutput in
            .object([("fileMatch", .array([.string(kind.filePattern)])), ("url", .string("./" + kind.relativePath))])
        }
        entries.append(.object([("url", .string(npmSchemaURL)), ("schema", .object([]))]))
        return .array(entries)
    }

    /// The whole settings file of a new package.
    public static var vscodeSettings: String {
        JSONOutput.object([("json.schemas", jsonSchemas)]).rendered(indent: 2) + "\n"
    }

    public static let vscodeSettingsPath = ".vscode/settings.json"

    /// Every schema as the file written into a package.
    public static func schemaFiles(catalogue: RuleCatalogue) -> [GeneratedFile] {
        let generator = JSONSchemaGenerator(catalogue: catalogue)
        return SchemaKind.allCases.map { kind in
            GeneratedFile(path: kind.relativePath, text: generator.schema(kind).rendered(indent: 2) + "\n")
        }
    }
}
