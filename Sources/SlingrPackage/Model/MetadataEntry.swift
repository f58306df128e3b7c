import SlingrJSON

/// One `metadata` entry of `package.json`: a script, listener, flow step or UI service.
public struct MetadataEntry: Sendable {
    /// As written (`script`, `listener`, `flowStep`, `uiService`, or anything else).
    public var type: String
    public var namespace: String?
    /// The path as written (`/scripts/api.js`).
    public var path: String
    public var value: JSONValue
    public var pathValue: JSONValue
    public var pointer: JSONPointer

    /// The entries of a `metadata` array; items without a string `path` are left out.
    static func entries(_ items: [JSONValue]) -> [MetadataEntry] {
        items.enumerated().compactMap { index, item in
            guard let pathValue = item["path"], let path = pathValue.string else { return nil }
            return MetadataEntry(type: item["type"]?.string ?? "", namespace: item["namespace"]?.string, path: path,
                                 value: item, pathValue: pathValue, pointer: JSONPointer.root.appending("metadata").appending(index))
        }
    }
}
