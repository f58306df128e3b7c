import SlingrDiagnostics
import SlingrJSON

/// Decodes and checks configuration fields (`package.json` `configuration`, nested
/// `fieldsGroup`s) and flow-step inputs, which share most of their structure but not their
/// types and options. Every problem is reported while the `FormFieldSpec` is read, so the form
/// that `preview` shows and the findings `validate` prints come from one reading.
struct FieldValidator {
    enum Placement {
        case configuration
        case stepInput
    }

    let context: ValidationContext
    let placement: Placement

    /// The declared shape of a field where it is placed: its keys, required keys and enumerations.
    private var shape: ObjectShape { placement == .configuration ? FieldShapes.configurationFieldShape : FieldShapes.stepInputShape }

    private var noun: String { placement == .configuration ? "field" : "input" }

    /// Decodes a list of sibling fields, including their duplicate names. Items that are not
    /// objects are reported and left out; unnamed fields are called `field<N>`.
    func fields(_ items: [JSONValue], pointer: JSONPointer, parentPath: String = "") -> [FormFieldSpec] {
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        var result: [FormFieldSpec] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            guard let spec = field(item, index: index, pointer: itemPointer, parentPath: parentPath) else { continue }
            if let nameValue = item["name"], let name = nameValue.string {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
            result.append(spec)
        }
        context.checkDuplicateNames(names, what: noun)
        return result
    }

    /// Decodes one field; `nil` when it is not an object.
    private func field(_ value: JSONValue, index: Int, pointer: JSONPointer, parentPath: String) -> FormFieldSpec? {
        let title = (value["name"]?.string).map { "\(noun) '\($0)'" } ?? noun
        guard let field = ObjectReader(value, pointer: pointer, context: context, what: title) else { return nil }
        field.checkKnownKeys(shape.keyNames, hints: ["values": "options go in 'typeOptions.possibleValues' as {label, name} objects"])
        field.require(shape.required)
        let name = field.identifierName() ?? "field\(index + 1)"
        let showLabel = placement == .configuration ? field.bool("showLabel") : FormFieldSpec.boolean(field["showLabel"])
        var label: String?
        if !field.has("label"), showLabel != false {
            context.report(MissingLabelRule.self, MissingLabelRule.message(in: title), at: field.openingBrace, pointer: pointer)
        } else {
            label = field.string("label")
        }
        let multiplicity = field.enumeration("multiplicity", shape.enumerationNames("multiplicity"))
        field.booleanOrExpression("required")
        field.booleanOrExpression("visibility")
        let typeName = field.string("type") ?? "text"
        let type = fieldType(field)
        let path = parentPath.isEmpty ? name : parentPath + "." + name
        var spec = FormFieldSpec(
            object: value, pointer: pointer, name: name, path: path, typeName: typeName, type: type ?? FieldType(rawValue: typeName),
            label: label, showLabel: showLabel ?? true, isMany: multiplicity == "many", description: field.string("description"),
            required: field["required"], visibility: field["visibility"], defaultValue: field["defaultValue"], value: field["value"],
            possibleValues: [], allowCustom: false, validation: nil, isTextArea: false, numberOfRows: nil, alertType: nil,
            color: nil, action: nil, oauth2Options: [], children: [])
        if let type { checkValues(field, type: type, pointer: pointer) }
        switch placement {
        case .configuration: readTypeOptions(field, type: type, into: &spec)
        case .stepInput: readStepOptions(field, type: type, into: &spec)
        }
        // An old release used `values` instead of `typeOptions.possibleValues`.
        if spec.possibleValues.isEmpty, let legacy = field["values"]?.array {
            spec.possibleValues = Self.possibleValues(legacy)
        }
        return spec
    }

    /// The field's type if it is known here. An unknown type is reported with a suggestion; when
    /// one type is clearly meant the field is checked as that type, so fixing the type reveals
    /// nothing new.
    private func fieldType(_ field: ObjectReader) -> FieldType? {
        guard let text = field.string("type"), let value = field["type"] else { return nil }
        let allowed = placement == .configuration ? FieldType.configurationTypes : FieldType.stepInputTypes
        if let type = FieldType(rawValue: text), allowed.contains(type) { return type }
        let names = allowed.map(\.rawValue)
        var suggestion = Suggestion.closest(to: text, in: names)
        var certain = Suggestion.unique(to: text, in: names)
        if placement == .configuration, text.lowercased() == "boolean" { (suggestion, certain) = ("toggle", "toggle") }
        let rule: any RuleDeclaration.Type = placement == .configuration ? UnknownFieldTypeRule.self : UnknownInputTypeRule.self
        let message = placement == .configuration ? UnknownFieldTypeRule.message(text, suggestion: suggestion)
                                                  : UnknownInputTypeRule.message(text, suggestion: suggestion)
        context.report(rule, message, at: value, pointer: field.pointer.appending("type"),
                       fixIt: field.replaceFix(value, with: certain, message: InvalidValueRule.fix))
        return certain.flatMap(FieldType.init(rawValue:))
    }

    /// `value`/`defaultValue` against what the type stores; `button` multiplicity.
    private func checkValues(_ field: ObjectReader, type: FieldType, pointer: JSONPointer) {
        if let defaultMember = field.object.member("defaultValue") {
            if type == .label {
                let fixIt = field.has("value") ? nil : FixIt(message: UnknownKeyRule.fix("value"),
                                                           edits: [TextEdit(range: defaultMember.keyRange, replacement: "\"value\"")])
                context.report(LabelDefaultValueRule.self, LabelDefaultValueRule.message(in: field.what),
                               at: defaultMember.keyRange, pointer: pointer.appending("defaultValue"), fixIt: fixIt)
            } else if !type.storesValue {
                context.report(DefaultValueNotAllowedRule.self, DefaultValueNotAllowedRule.message(in: field.what, type: type.rawValue),
                               at: defaultMember.keyRange, pointer: pointer.appending("defaultValue"))
            } else if type == .toggle || type == .boolean {
                _ = field.bool("defaultValue")
            }
        } else if type == .label, !field.has("value"), placement == .configuration {
            context.report(LabelWithoutValueRule.self, LabelWithoutValueRule.message(in: field.what), at: field.openingBrace, pointer: pointer)
        }
        if type == .button, field["multiplicity"]?.string == "many", let value = field["multiplicity"] {
            context.report(ButtonMultiplicityRule.self, ButtonMultiplicityRule.message(in: field.what),
                           at: value, pointer: pointer.appending("multiplicity"),
                           fixIt: field.replaceFix(value, with: "one", message: InvalidValueRule.fix))
        }
    }

    // MARK: Configuration typeOptions

    private func readTypeOptions(_ field: ObjectReader, type: FieldType?, into spec: inout FormFieldSpec) {
        let pointer = field.pointer
        let optionsPointer = pointer.appending("typeOptions")
        let optionsValue = field.objectMember("typeOptions")
        // An old release listed options under `values` (reported as an unknown key with that
        // hint); the options are there, so they are not also reported missing.
        let legacyValues = field["values"]?.array != nil
        if let type, type.hasPossibleValues || type == .fieldsGroup, optionsValue == nil, field["typeOptions"] == nil, !(legacyValues && type != .fieldsGroup) {
            let key = type == .fieldsGroup ? "typeOptions.fields" : "typeOptions.possibleValues"
            if type == .fieldsGroup {
                context.report(MissingKeyRule.self, MissingKeyRule.message(key, in: field.what), at: field.openingBrace, pointer: pointer)
            } else {
                context.report(EmptyPossibleValuesRule.self, EmptyPossibleValuesRule.missingMessage(in: field.what, type: type.rawValue, key: key),
                               at: field.openingBrace, pointer: pointer)
            }
            return
        }
        guard let optionsValue, let type,
              let options = ObjectReader(optionsValue, pointer: optionsPointer, context: context, what: "typeOptions of \(field.what)") else { return }
        let known = type.typeOptionKeys
        for member in optionsValue.members ?? [] where !type.typeOptions.accepts(key: member.key) {
            let suggestion = Suggestion.closest(to: member.key, in: known)
            context.report(UnknownKeyRule.self, UnknownKeyRule.optionMessage(member.key, type: type.rawValue, known: known, suggestion: suggestion),
                           at: member.keyRange, pointer: optionsPointer.appending(member.key), fixIt: options.renameFix(member, among: known))
        }
        switch type {
        case .text:
            spec.validation = textValidation(options, key: "validation")
            spec.isTextArea = options.enumeration("representation", type.typeOptions.enumerationNames("representation")) == "textArea"
            if let rows = options["numberOfRows"] {
                if let count = rows.number?.integer { spec.numberOfRows = count } else {
                    options.reportWrongType("numberOfRows", expected: "an integer", value: rows)
                }
            }
        case .dropDown, .buttonsGroup:
            spec.allowCustom = options.bool("allowCustom") ?? false
            spec.possibleValues = possibleValues(options, type: type, allowCustom: spec.allowCustom)
        case .info:
            spec.alertType = options.enumeration("alertType", type.typeOptions.enumerationNames("alertType"))
        case .button:
            spec.color = options.enumeration("color", type.typeOptions.enumerationNames("color"))
            spec.action = options.string("action")
            _ = options.string("icon")
        case .fieldsGroup:
            guard let fields = options.array("fields") else {
                if !options.has("fields") { options.require(type.typeOptions.required) }
                return
            }
            spec.children = FieldValidator(context: context, placement: .configuration)
                .fields(fields, pointer: optionsPointer.appending("fields"), parentPath: spec.path)
        case .oauth2:
            spec.oauth2Options = FieldType.oauth2Options.compactMap { key in options.string(key).map { (key, $0) } }
        case .script:
            if let parameters = options.array("parameters") {
                for (index, parameter) in parameters.enumerated() where parameter.string == nil {
                    context.report(WrongTypeRule.self, WrongTypeRule.message("parameters of \(field.what)", expected: "strings", found: parameter.typeName),
                                   at: parameter, pointer: optionsPointer.appending("parameters").appending(index))
                }
            }
        default:
            break
        }
    }

    /// `validation`: one of `email`/`number`/`url`, or `{function, message}` as real packages use.
    private func textValidation(_ options: ObjectReader, key: String) -> FormFieldSpec.Validation? {
        guard let value = options[key] else { return nil }
        if let kind = value.string {
            options.enumeration(key, FieldType.textValidations)
            switch kind {
            case "email": return .email
            case "number": return .number
            case "url": return .url
            default: return .other(kind)
            }
        }
        if value.members != nil {
            guard let validation = ObjectReader(value, pointer: options.pointer.appending(key), context: context, what: "validation of \(options.what)") else { return nil }
            validation.checkKnownKeys(Self.validationFunction.keyNames)
            validation.require(Self.validationFunction.required)
            let message = validation.string("message")
            return validation.string("function").map { .function(source: $0, message: message) }
        }
        options.reportWrongType(key, expected: "'email', 'number', 'url' or an object with 'function' and 'message'", value: value)
        return nil
    }

    /// The `{function, message}` form of a text validation.
    private static var validationFunction: ObjectShape {
        FieldShapes.textValidationShape.alternatives.compactMap(\.object).first ?? ObjectShape("validation function", meaning: "", keys: [])
    }

    /// `possibleValues`: `{label, name}` objects with unique names (`urlParams` uses labels only).
    private func possibleValues(_ options: ObjectReader, type: FieldType, allowCustom: Bool) -> [FormFieldSpec.PossibleValue] {
        let pointer = options.pointer.appending("possibleValues")
        guard let items = options.array("possibleValues") else {
            if !options.has("possibleValues"), !allowCustom {
                context.report(EmptyPossibleValuesRule.self, EmptyPossibleValuesRule.missingMessage(in: options.what, type: type.rawValue, key: "possibleValues"),
                               at: options.openingBrace, pointer: options.pointer)
            }
            return []
        }
        if items.isEmpty, !allowCustom, let value = options["possibleValues"] {
            context.report(EmptyPossibleValuesRule.self, EmptyPossibleValuesRule.emptyMessage(in: options.what), at: value, pointer: pointer)
        }
        let needsName = type != .urlParams
        var names: [(name: String, value: JSONValue, pointer: JSONPointer)] = []
        for (index, item) in items.enumerated() {
            let itemPointer = pointer.appending(index)
            guard let option = ObjectReader(item, pointer: itemPointer, context: context, what: "possible value") else { continue }
            let optionShape = FieldShapes.possibleValueShape(nameRequired: needsName)
            option.checkKnownKeys(optionShape.keyNames)
            option.require(optionShape.required)
            _ = option.string("label")
            if let name = option.string("name"), let nameValue = option["name"] {
                names.append((name, nameValue, itemPointer.appending("name")))
            }
        }
        context.checkDuplicateNames(names, what: "possible value")
        return Self.possibleValues(items)
    }

    /// The options of a `possibleValues` list as the form shows them: `{label, name}` objects
    /// (`value` also names an option in old releases), or plain strings.
    static func possibleValues(_ items: [JSONValue]) -> [FormFieldSpec.PossibleValue] {
        items.compactMap { item in
            if let text = item.string { return FormFieldSpec.PossibleValue(label: text, name: text) }
            guard let name = item["name"]?.string ?? item["value"]?.string else { return nil }
            return FormFieldSpec.PossibleValue(label: item["label"]?.string ?? name, name: name)
        }
    }

    // MARK: Step input options

    /// Step inputs keep their options in `options`; real ones also use `typeOptions`.
    private func readStepOptions(_ field: ObjectReader, type: FieldType?, into spec: inout FormFieldSpec) {
        let pointer = field.pointer
        if let typeOptionsValue = field.objectMember("typeOptions"),
           let typeOptions = ObjectReader(typeOptionsValue, pointer: pointer.appending("typeOptions"), context: context, what: "typeOptions of \(field.what)") {
            typeOptions.checkKnownKeys(shape.key("typeOptions")?.shape.object?.keyNames ?? [])
            spec.validation = textValidation(typeOptions, key: "validation")
            spec.isTextArea = typeOptionsValue["representation"]?.string == "textArea"
            spec.numberOfRows = typeOptionsValue["numberOfRows"]?.number?.integer
        }
        guard let optionsValue = field.objectMember("options"),
              let options = ObjectReader(optionsValue, pointer: pointer.appending("options"), context: context, what: "options of \(field.what)") else {
            if type == .dropDown || type == .choice {
                context.report(EmptyPossibleValuesRule.self, EmptyPossibleValuesRule.missingMessage(in: field.what, type: type?.rawValue ?? "", key: "options.possibleValues"),
                               at: field.openingBrace, pointer: pointer)
            }
            return
        }
        options.checkKnownKeys(FieldShapes.stepInputOptions(possibleValue: FieldShapes.possibleValue).keyNames)
        if let selector = options["allowContextSelector"], selector.bool == nil, selector.string != "true", selector.string != "false" {
            if let text = selector.string {
                options.reportInvalid(text, for: "allowContextSelector", allowed: ["true", "false"], value: selector, pointer: options.pointer.appending("allowContextSelector"))
            } else {
                options.reportWrongType("allowContextSelector", expected: "\"true\" or \"false\"", value: selector)
            }
        }
        if let validation = textValidation(options, key: "validation") { spec.validation = validation }
        if let representation = options.string("representation") { spec.isTextArea = representation == "textArea" }
        _ = options.string("type")
        spec.allowCustom = FormFieldSpec.boolean(options["allowCustom"]) ?? false
        if options.has("possibleValues") {
            spec.possibleValues = possibleValues(options, type: type ?? .dropDown, allowCustom: true)
        } else if type == .dropDown || type == .choice {
            context.report(EmptyPossibleValuesRule.self, EmptyPossibleValuesRule.missingMessage(in: field.what, type: type?.rawValue ?? "", key: "options.possibleValues"),
                           at: field.openingBrace, pointer: pointer)
        }
        if let fields = options.array("fields") {
            spec.children = FieldValidator(context: context, placement: .stepInput)
                .fields(fields, pointer: options.pointer.appending("fields"), parentPath: spec.path)
        }
    }
}

extension FormFieldSpec {
    /// Fields decoded from JSON items on their own, dropping the findings: for forms built from
    /// a fragment rather than a descriptor file.
    static func decode(_ items: [JSONValue], stepInputs: Bool) -> [FormFieldSpec] {
        let context = ValidationContext(source: SourceFile(path: "<fields>", bytes: []))
        return FieldValidator(context: context, placement: stepInputs ? .stepInput : .configuration)
            .fields(items, pointer: JSONPointer.root.appending(stepInputs ? "inputs" : "configuration"))
    }
}
