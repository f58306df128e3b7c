import SlingrDiagnostics
import SlingrJSON

/// The edit that appends an entry to a JSON array in the file's own style, as a `TextEdit` so
/// it can travel in a fix-it.
enum MetadataEntryInsertion {
    static func edit(appending entry: JSONOutput, in source: SourceFile, document: JSONValue, pointer: JSONPointer) -> TextEdit? {
        var editor = JSONEditor(bytes: source.bytes, document: document)
        guard (try? editor.appendElement(entry, to: pointer)) != nil else { return nil }
        return TextEdit.between(source.bytes, editor.bytes)
    }
}

extension TextEdit {
    /// The single replacement that turns `old` into `new`: what lies between their common
    /// prefix and common suffix. `nil` when they are equal.
    static func between(_ old: [UInt8], _ new: [UInt8]) -> TextEdit? {
        guard old != new else { return nil }
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let replacement = String(decoding: new[prefix..<(new.count - suffix)], as: UTF8.self)
        return TextEdit(range: SourceRange(start: prefix, end: old.count - suffix), replacement: replacement)
    }
}
