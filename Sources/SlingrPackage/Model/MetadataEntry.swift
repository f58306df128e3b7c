import SlingrJSON

/// One `metadata` entry of `package.json`: a script, listener, flow step or UI service.
/// Entries without a string `path` are not in the model (validation reports them).
public struct MetadataEntry: Sendable {
    /// As written (`script`, `listener`, `flowStep`, `uiService`, or anything else).
    public var type: String
    public var namespace: String?
    /// The path as written (`/scripts/api.js`).
    public var path: String
    public var value: JSONValue
    public var pathValue: JSONValue
    /// `/metadata/N`.
    public var pointer: JSONPointer
}
