import SlingrDiagnostics
import SlingrJSON

/// Finds every expression-bearing key of the package's descriptors (see expression-syntax):
/// `required`, `visibility`, `value`/`defaultValue` when they hold code, button `action`,
/// `oauth2` options and validation functions; in `package.json` fields and in step inputs.
enum ExpressionSites {
    static func collect(_ repository: PackageRepository) -> [ExpressionSite] {
        var sites: [ExpressionSite] = []
        if let package = repository.package, let fields = package.document?["configuration"]?.array {
            let scope = scope(of: fields, optionsKey: "typeOptions")
            collect(fields: fields, pointer: JSONPointer.root.appending("configuration"), optionsKey: "typeOptions",
                    descriptor: package, scope: scope, into: &sites)
        }
        for folder in repository.components(type: "flowStep", conventionalFolder: "flowSteps") {
            guard let step = repository.descriptor(PathName.join(folder, "step.json"), kind: .step),
                  let inputs = step.document?["inputs"]?.array else { continue }
            var scope = scope(of: inputs, optionsKey: "options")
            scope.includesPlatformValues = false
            collect(fields: inputs, pointer: JSONPointer.root.appending("inputs"), optionsKey: "options",
                    descriptor: step, scope: scope, into: &sites)
        }
        return sites
    }

    /// Field names with groups nested (`typeOptions.fields` in forms, `options.fields` in steps).
    static func scope(of fields: [JSONValue], optionsKey: String) -> ConfigurationScope {
        var scope = ConfigurationScope()
        for field in fields {
            guard let name = field["name"]?.string else { continue }
            if field["type"]?.string == "fieldsGroup", let children = field[optionsKey]?["fields"]?.array {
                scope.fields[name] = .some(self.scope(of: children, optionsKey: optionsKey))
            } else {
                scope.fields[name] = .some(nil)
            }
        }
        return scope
    }

    private static func collect(fields: [JSONValue], pointer: JSONPointer, optionsKey: String, descriptor: DescriptorFile,
                                scope: ConfigurationScope, into sites: inout [ExpressionSite]) {
        func add(_ value: JSONValue?, key: String, kind: ExpressionSite.Kind, pointer: JSONPointer) {
            guard let value, let text = value.string else { return }
            if let site = ExpressionSite.parse(text, kind: kind, key: key, value: value, pointer: pointer, descriptor: descriptor, scope: scope) {
                sites.append(site)
            }
        }
        for (index, field) in fields.enumerated() {
            let fieldPointer = pointer.appending(index)
            let type = field["type"]?.string
            add(field["required"], key: "required", kind: .expression, pointer: fieldPointer.appending("required"))
            add(field["visibility"], key: "visibility", kind: .expression, pointer: fieldPointer.appending("visibility"))
            add(field["defaultValue"], key: "defaultValue", kind: .valueText, pointer: fieldPointer.appending("defaultValue"))
            if let values = field["value"]?.array {
                for (position, item) in values.enumerated() {
                    add(item, key: "value", kind: .valueText, pointer: fieldPointer.appending("value").appending(position))
                }
            } else {
                add(field["value"], key: "value", kind: .valueText, pointer: fieldPointer.appending("value"))
            }
            for optionsName in optionsKey == "typeOptions" ? ["typeOptions"] : [optionsKey, "typeOptions"] {
                guard let options = field[optionsName] else { continue }
                let optionsPointer = fieldPointer.appending(optionsName)
                if let validation = options["validation"], validation.members != nil {
                    add(validation["function"], key: "validation function", kind: .expression,
                        pointer: optionsPointer.appending("validation").appending("function"))
                }
                if type == "button" {
                    add(options["action"], key: "action", kind: .statements, pointer: optionsPointer.appending("action"))
                }
                if type == "oauth2" {
                    for key in FieldType.oauth2Options {
                        add(options[key], key: key, kind: .expression, pointer: optionsPointer.appending(key))
                    }
                }
                if type == "fieldsGroup", let children = options["fields"]?.array {
                    collect(fields: children, pointer: optionsPointer.appending("fields"), optionsKey: optionsKey,
                            descriptor: descriptor, scope: scope, into: &sites)
                }
            }
        }
    }
}
