import SlingrDiagnostics

/// One structural change to a JSON document, addressed by JSON pointer. `JSONEditor` turns it
/// into a text splice that follows the file's own layout.
public enum JSONEdit: Sendable, Hashable {
    /// Where a new member goes among its siblings.
    public enum Position: Sendable, Hashable {
        case end
        case start
        case after(String)
        case before(String)
    }

    /// Adds `"key": value` to the object at `object`; refused when the key is already there.
    case insertMember(object: JSONPointer, key: String, value: JSONOutput, position: Position = .end)
    /// Adds an element to the array at `array`, at `index` (`nil` appends).
    case insertElement(array: JSONPointer, value: JSONOutput, index: Int? = nil)
    /// Replaces the value at `at` (its key, if any, stays).
    case replaceValue(at: JSONPointer, with: JSONOutput)
    /// Renames the member at `at` (the pointer's last token is the old key).
    case renameKey(at: JSONPointer, to: String)
    /// Removes the member or element at `at`, with its separator.
    case remove(at: JSONPointer)
}

/// Why an edit could not be made. Nothing is changed when an edit fails.
public struct JSONEditError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case notFound
        case notAnObject
        case notAnArray
        case keyExists(String)
        case keyNotFound(String)
        case indexOutOfRange(Int)
        case cannotRemoveRoot
        case tooDeep(limit: Int)
        /// The text could not be parsed (before the edit, or, which would be a bug, after it).
        case unreadable
    }

    public var pointer: JSONPointer
    public var reason: Reason

    public init(pointer: JSONPointer, reason: Reason) {
        self.pointer = pointer
        self.reason = reason
    }

    public var description: String {
        let place = pointer.tokens.isEmpty ? "the document root" : "'\(pointer)'"
        switch reason {
        case .notFound: return "nothing at \(place)"
        case .notAnObject: return "\(place) is not an object"
        case .notAnArray: return "\(place) is not an array"
        case .keyExists(let key): return "\(place) already has a member '\(key)'"
        case .keyNotFound(let key): return "\(place) has no member '\(key)'"
        case .indexOutOfRange(let index): return "index \(index) is out of range in \(place)"
        case .cannotRemoveRoot: return "the document root cannot be removed"
        case .tooDeep(let limit): return "the value to write at \(place) is nested deeper than \(limit) levels"
        case .unreadable: return "the JSON text is not readable"
        }
    }
}
