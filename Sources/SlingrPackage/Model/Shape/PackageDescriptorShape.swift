/// The shape of `package.json`: what `PackageDescriptorValidator` checks and the package schema
/// describes.
public enum PackageDescriptorShape {
    public static let dependencyTypes = EnumerationShape([
        .init("service", "A service of the platform, such as 'http'."),
        .init("package", "Another package, such as 'oauth'."),
    ])
    public static let instanceIds = EnumerationShape([
        .init("shared", "One instance shared by every package that uses it."),
        .init("dedicated", "An instance of its own."),
    ])
    public static let metadataTypes = EnumerationShape([
        .init("script", "A script library under scripts/, called as pkg.<package>.<namespace>.<function>()."),
        .init("listener", "A listener file under listeners/."),
        .init("flowStep", "A flow step folder under flowSteps/."),
        .init("uiService", "A UI service folder under uiServices/."),
    ])

    public static let dependency = ObjectShape("dependency", meaning: "A service or package this package uses.", keys: [
        KeyShape("type", .enumeration(dependencyTypes), "Whether the dependency is a service or a package."),
        KeyShape("name", .text, "The service or package name, as the registry lists it."),
        KeyShape("version", .string(ShapePatterns.versionRequirement),
                 "The version requirement: 'vX.Y.Z' exactly, '^vX.Y.Z' any later release with the same X, '~vX.Y.Z' any later release with the same X.Y."),
        KeyShape("instanceId", .enumeration(instanceIds), "Which instance of a service is used (undocumented, common in real packages)."),
    ], required: ["type", "name", "version"], snippets: [
        .init("New dependency", meaning: "A dependency on a service or package.", body: [
            ("type", .text("${1|service,package|}")), ("name", .text("${2:http}")), ("version", .text("^v${3:1.0.0}")),
        ]),
    ])

    public static let event = ObjectShape("event", meaning: "An event the package's scripts trigger as '<package>:<event>'.", keys: [
        KeyShape("label", .text, "The event's caption."),
        KeyShape("name", .string(ShapePatterns.identifier), "The name scripts use in sys.events.triggerEvent('<package>:<name>', data)."),
        KeyShape("description", .text, "When the event happens."),
    ], required: ["name"], snippets: [
        .init("New event", meaning: "An event with a label and a name.", body: [("label", .text("${1:Label}")), ("name", .text("${2:name}"))]),
    ])

    public static let metadataEntry = ObjectShape("metadata entry", meaning: "A script, listener, flow step or UI service of the package.", keys: [
        KeyShape("type", .enumeration(metadataTypes), "What the path holds."),
        KeyShape("namespace", .text, "The name the component is reached by; usually the file stem or folder name."),
        KeyShape("path", .string(ShapePatterns.repositoryPath), "Where it is, from the repository root ('/scripts/api.js', '/flowSteps/createContact')."),
    ], required: ["type", "path"], snippets: [
        .init("New metadata entry", meaning: "A script library entry.", body: [
            ("type", .text("${1|script,listener,flowStep,uiService|}")), ("namespace", .text("${2:api}")), ("path", .text("/${3:scripts/api.js}")),
        ]),
    ])

    public static let root = ObjectShape("package descriptor", meaning: "The descriptor of a Slingr package: its name, dependencies, configuration form, events and components.", keys: [
        KeyShape("name", .string(ShapePatterns.packageName), "The internal name, used as pkg.<name> in scripts and in event ids '<name>:<event>'."),
        KeyShape("label", .text, "The human name of the package."),
        KeyShape("description", .text, "One line about what the package does."),
        KeyShape("dependencies", .array(of: .object(dependency)), "Services and packages this package uses."),
        KeyShape("configuration", .array(of: .named(FieldShapes.configurationField)), "The configuration form apps fill in when they install the package."),
        KeyShape("configurationBuilder", .string(ShapePatterns.repositoryPath), "The script that builds the configuration dependencies receive ('/configurationBuilder.js')."),
        KeyShape("events", .array(of: .object(event)), "Events the package's scripts trigger."),
        KeyShape("metadata", .array(of: .object(metadataEntry)), "Every script, listener, flow step and UI service of the package."),
    ], required: ["name", "label", "dependencies", "configuration", "events", "metadata"])
}
