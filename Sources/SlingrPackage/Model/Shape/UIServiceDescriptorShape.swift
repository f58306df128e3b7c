/// The shape of a UI service's `uiService.json`: what `UIServiceDescriptorValidator` checks and
/// the UI service schema describes. Places and placements are compared ignoring case (the
/// docs write `app`, real files `APP`).
public enum UIServiceDescriptorShape {
    public static let places = EnumerationShape([
        .init("APP", "Loaded in the app's pages."), .init("LOGIN", "Loaded in the login page."),
    ], ignoringCase: true)
    public static let placements = EnumerationShape([
        .init("HEAD", "In the page's head."), .init("BOTTOM", "At the bottom of the page's body."),
    ], ignoringCase: true)

    public static let label = ValueShape.either([
        .text,
        .object(ObjectShape("translated label", meaning: "The label in several languages.", keys: [
            KeyShape("translation", .object(ObjectShape("translations", meaning: "Language code to text ('en': 'Label').", keys: [],
                                                        isClosed: false, otherValues: .text)),
                     "The label by language code."),
        ], required: ["translation"])),
    ])

    public static let dependency = ObjectShape("UI service dependency", meaning: "A file the service loads in the page.", keys: [
        KeyShape("file", .text, "The file to load."),
        KeyShape("placement", .enumeration(placements), "Where in the page it goes."),
        KeyShape("places", .array(of: .enumeration(places)), "The pages it is loaded in."),
    ], required: ["file"])

    /// A function apps call, or an event the service sends.
    public static let function = ObjectShape("UI service function", meaning: "A function apps call (uiService.js assigns service.<name>), or an event.", keys: [
        KeyShape("label", .text, "The caption."),
        KeyShape("name", .string(ShapePatterns.identifier), "The name: uiService.js assigns service.<name> for each function."),
        KeyShape("callbacks", .array(of: .text), "The callbacks the function may answer through (service.callback(message, '<callback>', data))."),
    ], required: ["name"], snippets: [
        .init("New function", meaning: "A function with a label, a name and callbacks.", body: [
            ("label", .text("${1:Label}")), ("name", .text("${2:name}")), ("callbacks", .array([.text("${3:done}")])),
        ]),
    ])

    public static let root = ObjectShape("UI service descriptor", meaning: "A UI service: code loaded in the app's pages, with functions apps call.", keys: [
        KeyShape("name", .string(ShapePatterns.identifier), "The service's name; it should equal the folder name."),
        KeyShape("label", label, "The caption, as text or as {\"translation\": {\"en\": \"...\"}}."),
        KeyShape("places", .array(of: .enumeration(places)), "The pages the service is loaded in."),
        KeyShape("dependencies", .array(of: .object(dependency)), "Files loaded with the service."),
        KeyShape("byGroups", .flag, "Whether the service is enabled by groups (always false in real packages)."),
        KeyShape("functions", .array(of: .object(function)), "Functions apps call."),
        KeyShape("events", .array(of: .object(function)), "Events the service sends."),
    ], required: ["name", "places"])
}
