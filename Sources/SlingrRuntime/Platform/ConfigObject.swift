import SlingrScript

/// `config`: the package's configuration values as members (`config.apiKey`) plus
/// `config.get()` (a copy of the whole configuration) and `config.get('name')` (one value; a
/// dotted name reaches into groups; `undefined` when not set).
enum ConfigObject {
    static func make(_ context: ScriptContext, values: HostValue) -> Value {
        let config = context.value(values)
        context.define(config, "get", context.makeFunction("get", length: 1) { call in
            if call[0].isNullish { return call.context.value(values) }
            let name = try call.context.toString(call[0])
            if let value = values[name] ?? (name.contains(".") ? values.value(atPath: name) : nil) {
                return call.context.value(value)
            }
            return .undefined
        }, enumerable: false)
        return config
    }
}
