/// The names an expression may reach through `config`: the fields of the form it belongs to
/// (groups nest), plus the platform values every package gets.
struct ConfigurationScope: Sendable {
    /// Values the platform adds to `config` (documented: the webhook URLs; used by real packages: the rest).
    static let platformValues = ["WEBHOOK_URL", "WEBHOOK_SYNC_URL", "AUTH_CALLBACK_URL", "SERVER_URL", "ENV", "SERVICE_NAME"]

    /// Field names at this level; a group's scope is its children.
    var fields: [String: ConfigurationScope?] = [:]
    var includesPlatformValues = true

    /// Whether `config.<path>` names something: the first name must be a field or platform
    /// value; inside a group the next name must be a child. Below a plain field anything goes
    /// (values can be objects).
    func contains(_ path: ArraySlice<String>) -> Bool {
        guard let first = path.first else { return true }
        if includesPlatformValues, Self.platformValues.contains(first) { return true }
        guard let entry = fields[first] else { return false }
        guard let group = entry else { return true }
        return group.contains(path.dropFirst())
    }

    /// Names known at this level, for suggestions.
    var names: [String] { fields.keys.sorted() + (includesPlatformValues ? Self.platformValues : []) }

    /// The scope at `path` (for suggestions about children of groups).
    func scope(at path: ArraySlice<String>) -> ConfigurationScope? {
        guard let first = path.first else { return self }
        guard let entry = fields[first], let group = entry else { return nil }
        return group.scope(at: path.dropFirst())
    }
}
