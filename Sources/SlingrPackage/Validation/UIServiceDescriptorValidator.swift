import SlingrDiagnostics
import SlingrJSON

/// Decodes and checks a UI service's `uiService.json`. Places and placements are compared
/// ignoring case: the docs write `app`/`head`, real files `APP`/`HEAD`.
struct UIServiceDescriptorValidator {
    let context: ValidationContext

    private typealias Shape = UIServiceDescriptorShape

    /// The typed descriptor, `nil` when the root is not an object.
    func decode(_ root: JSONValue) -> UIServiceDescriptor? {
        guard let reader = ObjectReader(root, pointer: .root, context: context, what: "the UI service descriptor") else { return nil }
        reader.checkKnownKeys(Shape.root.keyNames)
        reader.require(Shape.root.required)
        var service = UIServiceDescriptor()
        if let name = reader.identifierName(), let value = reader["name"] {
            service.name = DescriptorString(text: name, value: value, pointer: JSONPointer.root.appending("name"))
        }
        service.label = label(reader)
        _ = reader.bool("byGroups")
        service.places = places(reader)
        if let dependencies = reader.array("dependencies") {
            for (index, item) in dependencies.enumerated() {
                let itemPointer = JSONPointer.root.appending("dependencies").appending(index)
                guard let dependency = ObjectReader(item, pointer: itemPointer, context: context, what: "UI service dependency") else { continue }
                dependency.checkKnownKeys(Shape.dependency.keyNames)
                dependency.require(Shape.dependency.required)
                _ = dependency.string("file")
                dependency.enumeration("placement", Shape.placements.names, ignoringCase: Shape.placements.ignoringCase)
                _ = places(dependency)
            }
        }
        if let functions = reader.array("functions") { service.functions = namedList(functions, key: "functions", noun: "function") }
        if let events = reader.array("events") { service.events = namedList(events, key: "events", noun: "event") }
        return service
    }

    /// A plain string, or `{"translation": {"en": "..."}}` as real services write it.
    private func label(_ service: ObjectReader) -> String? {
        guard let value = service["label"] else { return nil }
        if let text = value.string { return text }
        let pointer = JSONPointer.root.appending("label")
        guard let label = ObjectReader(value, pointer: pointer, context: context, what: "label") else { return nil }
        let translated = Shape.label.alternatives.compactMap(\.object).first
        label.checkKnownKeys(translated?.keyNames ?? [])
        guard let translations = label.objectMember("translation") else {
            label.require(translated?.required ?? [])
            return nil
        }
        for member in translations.members ?? [] where member.value.string == nil {
            context.report(WrongTypeRule.self, WrongTypeRule.message("translation '\(member.key)'", expected: "a string", found: member.value.typeName),
                           at: member.value, pointer: pointer.appending("translation").appending(member.key))
        }
        return translations["en"]?.string
    }

    private func places(_ object: ObjectReader) -> [String] {
        guard let places = object.array("places") else { return [] }
        var result: [String] = []
        for (index, place) in places.enumerated() {
            let pointer = object.pointer.appending("places").appending(index)
            guard let text = place.string else {
                context.report(WrongTypeRule.self, WrongTypeRule.message("places", expected: "strings", found: place.typeName), at: place, pointer: pointer)
                continue
            }
            result.append(text)
            if !Shape.places.accepts(text) {
                object.reportInvalid(text, for: "place", allowed: Shape.places.names, value: place, pointer: pointer)
            }
        }
        return result
    }

    private func namedList(_ items: [JSONValue], key: String, noun: String) -> [UIServiceDescriptor.Function] {
        let pointer = JSONPointer.root.appending(key)
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        var result: [UIServiceDescriptor.Function] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            let title = (item["name"]?.string).map { "\(noun) '\($0)'" } ?? noun
            guard let entry = ObjectReader(item, pointer: itemPointer, context: context, what: title) else { continue }
            entry.checkKnownKeys(Shape.function.keyNames)
            entry.require(Shape.function.required)
            var function = UIServiceDescriptor.Function(label: entry.string("label"), callbacks: [])
            if let callbacks = entry.array("callbacks") {
                for (callbackIndex, callback) in callbacks.enumerated() {
                    if let text = callback.string { function.callbacks.append(text); continue }
                    context.report(WrongTypeRule.self, WrongTypeRule.message("callbacks of \(title)", expected: "strings", found: callback.typeName),
                                   at: callback, pointer: itemPointer.appending("callbacks").appending(callbackIndex))
                }
            }
            if let name = entry.identifierName(), let nameValue = entry["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
                function.name = DescriptorString(text: name, value: nameValue, pointer: itemPointer.appending("name"))
            }
            result.append(function)
        }
        context.checkDuplicateNames(names, what: noun)
        return result
    }
}
