import SlingrDiagnostics
import SlingrJSON

/// Checks a UI service's `uiService.json` (FORMAT.md section 4). Places and placements are
/// compared ignoring case: the docs write `app`/`head`, real files `APP`/`HEAD`.
struct UIServiceDescriptorValidator {
    let context: ValidationContext

    static let topLevelKeys = ["name", "label", "places", "dependencies", "byGroups", "functions", "events"]
    static let places = ["APP", "LOGIN"]
    static let placements = ["HEAD", "BOTTOM"]

    func validate(_ root: JSONValue) {
        guard let service = ObjectReader(root, pointer: .root, context: context, what: "the UI service descriptor") else { return }
        service.checkKnownKeys(Self.topLevelKeys)
        service.require(["name", "places"])
        service.identifierName()
        checkLabel(service)
        _ = service.bool("byGroups")
        checkPlaces(service)
        if let dependencies = service.array("dependencies") {
            for (index, item) in dependencies.enumerated() {
                let itemPointer = JSONPointer.root.appending("dependencies").appending(index)
                guard let dependency = ObjectReader(item, pointer: itemPointer, context: context, what: "UI service dependency") else { continue }
                dependency.checkKnownKeys(["file", "placement", "places"])
                dependency.require(["file"])
                _ = dependency.string("file")
                dependency.enumeration("placement", Self.placements, ignoringCase: true)
                checkPlaces(dependency)
            }
        }
        if let functions = service.array("functions") { checkNamedList(functions, key: "functions", noun: "function", extraKeys: ["callbacks"]) }
        if let events = service.array("events") { checkNamedList(events, key: "events", noun: "event", extraKeys: ["callbacks"]) }
    }

    /// A plain string, or `{"translation": {"en": "..."}}` as real services write it.
    private func checkLabel(_ service: ObjectReader) {
        guard let value = service["label"], value.string == nil else { return }
        let pointer = JSONPointer.root.appending("label")
        guard let label = ObjectReader(value, pointer: pointer, context: context, what: "label") else { return }
        label.checkKnownKeys(["translation"])
        guard let translations = label.objectMember("translation") else {
            label.require(["translation"])
            return
        }
        for member in translations.members ?? [] where member.value.string == nil {
            context.report(.wrongType, "translation '\(member.key)' must be a string, not \(article(member.value.typeName))",
                           at: member.value, pointer: pointer.appending("translation").appending(member.key))
        }
    }

    private func checkPlaces(_ object: ObjectReader) {
        guard let places = object.array("places") else { return }
        for (index, place) in places.enumerated() {
            let pointer = object.pointer.appending("places").appending(index)
            guard let text = place.string else {
                context.report(.wrongType, "places must be strings, not \(article(place.typeName))", at: place, pointer: pointer)
                continue
            }
            if !Self.places.contains(text.uppercased()) {
                object.reportInvalid(text, for: "place", allowed: Self.places, value: place, pointer: pointer)
            }
        }
    }

    private func checkNamedList(_ items: [JSONValue], key: String, noun: String, extraKeys: [String]) {
        let pointer = JSONPointer.root.appending(key)
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "\(noun) '\($0)'" } ?? noun
            guard let entry = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            entry.checkKnownKeys(["label", "name"] + extraKeys)
            entry.require(["name"])
            _ = entry.string("label")
            if let callbacks = entry.array("callbacks") {
                for (callbackIndex, callback) in callbacks.enumerated() where callback.string == nil {
                    context.report(.wrongType, "callbacks of \(title) must be strings", at: callback, pointer: itemPointer.appending("callbacks").appending(callbackIndex))
                }
            }
            if let name = entry.identifierName(), let nameValue = entry["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
        }
        context.checkDuplicateNames(names, what: noun)
    }
}
