import SlingrPackage
import SlingrScript

/// Inputs for a flow step made from its `step.json`, for smoke runs: each input without a
/// default gets a value of its type (text `"text"`, booleans false, numbers 1, drop-downs their
/// first option, JSON and objects `{}`, key-value lists `{}`, `urlParams` the first option's
/// label). Defaults are applied by the runtime.
public enum SampleInputs {
    public static func make(_ fields: [FormFieldSpec]) -> HostValue {
        var inputs: HostValue = .object([])
        for field in fields where field.defaultValue == nil {
            inputs.set(field.name, sample(field))
        }
        return inputs
    }

    static func sample(_ field: FormFieldSpec) -> HostValue {
        let single: HostValue
        switch field.typeName {
        case "boolean", "toggle": single = false
        case "number", "integer", "decimal", "money": single = 1
        case "dropDown", "choice", "buttonsGroup":
            single = field.possibleValues.first.map { .string($0.name.isEmpty ? $0.label : $0.name) } ?? "option"
        case "json", "object", "keyValue", "nestedFields": single = .object([])
        case "urlParams":
            single = ["urlValue": .string(field.possibleValues.first?.label ?? "GET /"), "paramsValue": .object([])]
        default: single = "text"
        }
        return field.isMany ? .array([single]) : single
    }
}
