/// The built-in methods of one object that have not been turned into function objects yet.
///
/// A realm has about two hundred built-in functions and a typical expression touches two or
/// three, so creating them on first access keeps interpreter start-up cheap.
final class BuiltinTable {
    let group: BuiltinGroup
    /// The names already turned into function objects (kept and put back by `ObjectSnapshot`).
    @exclusivity(unchecked) var created: Set<JSString> = []
    weak var realm: Realm?
    /// Answers names the group does not have (host namespaces that must never read as
    /// `undefined`, see `ScriptContext.makeNamespace`); the answer becomes an own property.
    @exclusivity(unchecked) var missing: ((JSString) -> Value?)?

    init(_ group: BuiltinGroup, realm: Realm) {
        self.group = group
        self.realm = realm
    }

    var specs: [JSString: BuiltinSpec] { group.specs }
    var order: [JSString] { group.order }

    func isMaterialized(_ key: JSString) -> Bool { created.contains(key) }

    func markMaterialized(_ key: JSString) { created.insert(key) }

    func makeFunction(_ spec: BuiltinSpec) -> JSObject {
        guard let realm else { return JSObject(prototype: nil) }
        return realm.makeNativeFunction(spec)
    }
}
