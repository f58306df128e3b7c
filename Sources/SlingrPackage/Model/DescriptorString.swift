import SlingrJSON

/// A string a descriptor declares, with the JSON value it was read from and its pointer, so a
/// finding about it (a wrong name, a missing file) points at the exact place.
public struct DescriptorString: Sendable {
    public var text: String
    /// The JSON string itself; its `range` locates findings.
    public var value: JSONValue
    public var pointer: JSONPointer

    /// The string under `key` in `object`, or `nil` when it is absent or not a string.
    static func read(_ key: String, in object: JSONValue, at pointer: JSONPointer) -> DescriptorString? {
        guard let value = object[key], let text = value.string else { return nil }
        return DescriptorString(text: text, value: value, pointer: pointer.appending(key))
    }
}
