import SlingrDiagnostics
import SlingrJSON

/// Checks configuration fields (`package.json` `configuration`, nested `fieldsGroup`s) and
/// flow-step inputs, which share most of their structure but not their types and options.
struct FieldValidator {
    enum Placement {
        case configuration
        case stepInput
    }

    let context: ValidationContext
    let placement: Placement

    static let configurationKeys = ["label", "name", "type", "multiplicity", "required", "visibility", "showLabel",
                                    "defaultValue", "value", "description", "typeOptions"]
    static let stepInputKeys = ["label", "name", "type", "description", "required", "defaultValue", "visibility",
                                "multiplicity", "options", "typeOptions", "representation"]
    static let stepInputOptionKeys = ["allowContextSelector", "possibleValues", "validation", "representation", "type", "fields"]

    /// Validates a list of sibling fields, including their duplicate names.
    func validateList(_ items: [JSONValue], pointer: JSONPointer) {
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            if let name = validate(item, pointer: itemPointer), let nameValue = item["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
        }
        context.checkDuplicateNames(names, what: placement == .configuration ? "field" : "input")
    }

    /// Validates one field; returns its name when it has one.
    @discardableResult
    func validate(_ value: JSONValue, pointer: JSONPointer) -> String? {
        let noun = placement == .configuration ? "field" : "input"
        let title = (value["name"]?.string).map { "\(noun) '\($0)'" } ?? noun
        guard let field = ObjectReader(value, pointer: pointer, context: context, what: title) else { return nil }
        field.checkKnownKeys(placement == .configuration ? Self.configurationKeys : Self.stepInputKeys,
                             hints: ["values": "options go in 'typeOptions.possibleValues' as {label, name} objects"])
        field.require(["name", "type"])
        let name = field.identifierName()
        if !field.has("label"), field.bool("showLabel") != false {
            context.report(.missingLabel, "\(title) has no 'label'", at: field.openingBrace, pointer: pointer)
        } else {
            _ = field.string("label")
        }
        _ = field.string("description")
        field.enumeration("multiplicity", FieldType.multiplicities)
        field.booleanOrExpression("required")
        field.booleanOrExpression("visibility")
        if placement == .configuration { _ = field.bool("showLabel") }
        let type = fieldType(field)
        if let type { checkValues(field, type: type, pointer: pointer) }
        switch placement {
        case .configuration: checkTypeOptions(field, type: type, pointer: pointer)
        case .stepInput: checkStepOptions(field, type: type, pointer: pointer)
        }
        return name
    }

    /// The field's type if it is known here; unknown types are reported with a suggestion.
    private func fieldType(_ field: ObjectReader) -> FieldType? {
        guard let text = field.string("type"), let value = field["type"] else { return nil }
        let allowed = placement == .configuration ? FieldType.configurationTypes : FieldType.stepInputTypes
        if let type = FieldType(rawValue: text), allowed.contains(type) { return type }
        let names = allowed.map(\.rawValue)
        var suggestion = names.first { $0.lowercased() == text.lowercased() } ?? Suggestion.closest(to: text, in: names)
        if placement == .configuration, text == "boolean" { suggestion = "toggle" }
        var message = placement == .configuration ? "unknown field type '\(text)'" : "unknown input type '\(text)'"
        var fixIt: FixIt?
        if let suggestion {
            message += "; did you mean '\(suggestion)'?"
            fixIt = FixIt(message: "replace with '\(suggestion)'", edits: [TextEdit(range: value.range, replacement: "\"\(suggestion)\"")])
        }
        let rule: DescriptorRule = placement == .configuration ? .unknownFieldType : .unknownInputType
        context.report(rule, message, at: value, pointer: field.pointer.appending("type"), fixIt: fixIt)
        return FieldType(rawValue: text)
    }

    /// `value`/`defaultValue` against what the type stores; `button` multiplicity.
    private func checkValues(_ field: ObjectReader, type: FieldType, pointer: JSONPointer) {
        if let defaultMember = field.object.member("defaultValue") {
            if type == .label {
                let fixIt = field.has("value") ? nil : FixIt(message: "rename 'defaultValue' to 'value'",
                                                           edits: [TextEdit(range: defaultMember.keyRange, replacement: "\"value\"")])
                context.report(.labelDefaultValue, "\(field.what) of type 'label' uses 'defaultValue'; labels show their 'value'",
                               at: defaultMember.keyRange, pointer: pointer.appending("defaultValue"), fixIt: fixIt)
            } else if !type.storesValue {
                context.report(.defaultValueNotAllowed, "\(field.what) of type '\(type.rawValue)' stores no value, so its 'defaultValue' is never used",
                               at: defaultMember.keyRange, pointer: pointer.appending("defaultValue"))
            } else if type == .toggle || type == .boolean {
                _ = field.bool("defaultValue")
            }
        } else if type == .label, !field.has("value"), placement == .configuration {
            context.report(.labelWithoutValue, "\(field.what) of type 'label' has no 'value' to show", at: field.openingBrace, pointer: pointer)
        }
        if type == .button, field["multiplicity"]?.string == "many", let value = field["multiplicity"] {
            context.report(.buttonMultiplicity, "\(field.what) of type 'button' cannot have multiplicity 'many'",
                           at: value, pointer: pointer.appending("multiplicity"),
                           fixIt: FixIt(message: "use 'one'", edits: [TextEdit(range: value.range, replacement: "\"one\"")]))
        }
    }

    // MARK: Configuration typeOptions

    private func checkTypeOptions(_ field: ObjectReader, type: FieldType?, pointer: JSONPointer) {
        let optionsPointer = pointer.appending("typeOptions")
        let optionsValue = field.objectMember("typeOptions")
        if let type, type.hasPossibleValues || type == .fieldsGroup, optionsValue == nil, field["typeOptions"] == nil {
            let key = type == .fieldsGroup ? "typeOptions.fields" : "typeOptions.possibleValues"
            let rule: DescriptorRule = type == .fieldsGroup ? .missingKey : .emptyPossibleValues
            context.report(rule, "\(field.what) of type '\(type.rawValue)' is missing '\(key)'", at: field.openingBrace, pointer: pointer)
            return
        }
        guard let optionsValue, let type,
              let options = ObjectReader(optionsValue, pointer: optionsPointer, context: context, what: "typeOptions of \(field.what)") else { return }
        let known = type.typeOptionKeys
        for member in optionsValue.members ?? [] where !known.contains(member.key) && !(type == .entityMapper && member.key.hasPrefix("allowTo")) {
            var message = known.isEmpty ? "type '\(type.rawValue)' takes no typeOptions, but has '\(member.key)'"
                                        : "'\(member.key)' is not an option of type '\(type.rawValue)'"
            var fixIt: FixIt?
            if let suggestion = Suggestion.closest(to: member.key, in: known) {
                message += "; did you mean '\(suggestion)'?"
                fixIt = FixIt(message: "rename to '\(suggestion)'", edits: [TextEdit(range: member.keyRange, replacement: "\"\(suggestion)\"")])
            }
            context.report(.unknownKey, message, at: member.keyRange, pointer: optionsPointer.appending(member.key), fixIt: fixIt)
        }
        switch type {
        case .text:
            checkTextValidation(options, key: "validation")
            options.enumeration("representation", FieldType.textRepresentations)
            if let rows = options["numberOfRows"], rows.number?.integer == nil {
                context.report(.wrongType, "'numberOfRows' must be an integer, not \(article(rows.typeName))", at: rows, pointer: optionsPointer.appending("numberOfRows"))
            }
        case .dropDown, .buttonsGroup:
            let allowCustom = options.bool("allowCustom") ?? false
            checkPossibleValues(options, type: type, allowCustom: allowCustom, ownerPointer: pointer)
        case .info:
            options.enumeration("alertType", FieldType.alertTypes)
        case .button:
            options.enumeration("color", FieldType.buttonColors)
            _ = options.string("action")
            _ = options.string("icon")
        case .fieldsGroup:
            guard let fields = options.array("fields") else {
                if !options.has("fields") { options.require(["fields"]) }
                return
            }
            FieldValidator(context: context, placement: .configuration).validateList(fields, pointer: optionsPointer.appending("fields"))
        case .oauth2:
            for key in FieldType.oauth2Options { _ = options.string(key) }
        case .script:
            if let parameters = options.array("parameters") {
                for (index, parameter) in parameters.enumerated() where parameter.string == nil {
                    context.report(.wrongType, "parameters of \(field.what) must be strings", at: parameter, pointer: optionsPointer.appending("parameters").appending(index))
                }
            }
        default:
            break
        }
    }

    /// `validation`: one of `email`/`number`/`url`, or `{function, message}` as real packages use.
    private func checkTextValidation(_ options: ObjectReader, key: String) {
        guard let value = options[key] else { return }
        if value.string != nil {
            options.enumeration(key, FieldType.textValidations)
        } else if value.members != nil {
            guard let validation = ObjectReader(value, pointer: options.pointer.appending(key), context: context, what: "validation of \(options.what)") else { return }
            validation.checkKnownKeys(["function", "message"])
            validation.require(["function"])
            _ = validation.string("function")
            _ = validation.string("message")
        } else {
            context.report(.wrongType, "'\(key)' must be 'email', 'number', 'url' or an object with 'function' and 'message', not \(article(value.typeName))",
                           at: value, pointer: options.pointer.appending(key))
        }
    }

    /// `possibleValues`: `{label, name}` objects with unique names (`urlParams` uses labels only).
    private func checkPossibleValues(_ options: ObjectReader, type: FieldType, allowCustom: Bool, ownerPointer: JSONPointer) {
        let pointer = options.pointer.appending("possibleValues")
        guard let items = options.array("possibleValues") else {
            if !options.has("possibleValues"), !allowCustom {
                context.report(.emptyPossibleValues, "\(options.what) has no 'possibleValues'", at: options.openingBrace, pointer: options.pointer)
            }
            return
        }
        if items.isEmpty, !allowCustom, let value = options["possibleValues"] {
            context.report(.emptyPossibleValues, "'possibleValues' of \(options.what) is empty", at: value, pointer: pointer)
        }
        let needsName = type != .urlParams
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            guard let option = ObjectReader(item, pointer: itemPointer, context: context, what: "possible value") else { continue }
            option.checkKnownKeys(["label", "name"])
            option.require(needsName ? ["label", "name"] : ["label"])
            _ = option.string("label")
            if let name = option.string("name"), let nameValue = option["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
        }
        context.checkDuplicateNames(names, what: "possible value")
    }

    // MARK: Step input options

    private func checkStepOptions(_ field: ObjectReader, type: FieldType?, pointer: JSONPointer) {
        if let typeOptionsValue = field.objectMember("typeOptions"),
           let typeOptions = ObjectReader(typeOptionsValue, pointer: pointer.appending("typeOptions"), context: context, what: "typeOptions of \(field.what)") {
            typeOptions.checkKnownKeys(["validation", "representation", "numberOfRows"])
            checkTextValidation(typeOptions, key: "validation")
        }
        guard let optionsValue = field.objectMember("options"),
              let options = ObjectReader(optionsValue, pointer: pointer.appending("options"), context: context, what: "options of \(field.what)") else { return }
        options.checkKnownKeys(Self.stepInputOptionKeys)
        if let selector = options["allowContextSelector"], selector.bool == nil, selector.string != "true", selector.string != "false" {
            context.report(.wrongType, "'allowContextSelector' must be \"true\" or \"false\"", at: selector, pointer: options.pointer.appending("allowContextSelector"))
        }
        checkTextValidation(options, key: "validation")
        _ = options.string("representation")
        _ = options.string("type")
        if options.has("possibleValues") {
            checkPossibleValues(options, type: type ?? .dropDown, allowCustom: true, ownerPointer: pointer)
        } else if type == .dropDown || type == .choice {
            context.report(.emptyPossibleValues, "\(field.what) of type '\(type?.rawValue ?? "")' has no 'options.possibleValues'", at: field.openingBrace, pointer: pointer)
        }
        if let fields = options.array("fields") {
            FieldValidator(context: context, placement: .stepInput).validateList(fields, pointer: options.pointer.appending("fields"))
        }
    }
}
