/// Variable and property names already converted to `JSString` by earlier compilations, so
/// an interpreter compiling one configuration expression after another (which keep naming
/// `config`, `utils` and the same few properties) converts and allocates each name once.
///
/// Bounded: past `capacity` names, new ones are converted without being remembered. Used by
/// one compilation at a time (it belongs to one interpreter's `CompilationWorkspace`).
final class NameTable {
    @exclusivity(unchecked) private var names: [String: JSString] = [:]
    static let capacity = 4096

    func jsString(_ name: String) -> JSString {
        if let known = names[name] { return known }
        let converted = JSString(name)
        if names.count < NameTable.capacity { names[name] = converted }
        return converted
    }
}
