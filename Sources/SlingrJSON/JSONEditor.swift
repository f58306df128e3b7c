import SlingrDiagnostics

/// Changes a JSON file the way a careful person would by hand: only the edited entry's text
/// changes, and new text copies the file's indentation (2, 3, 4 spaces or tabs), the layout of
/// the container it goes into (one item per line or inline), key separators and line endings.
/// Key order is kept and the text after the root value (the final newline or its absence) is
/// never touched.
///
/// Edits are splices of the original bytes; after each one the text is parsed again, so several
/// edits can be applied in a row. The editor is a value: it returns new bytes and writes nothing.
///
///     var editor = try JSONEditor(source: SourceFile(path: "package.json", bytes: bytes))
///     try editor.apply(.insertElement(array: JSONPointer("/events")!, value: event))
///     write(editor.bytes)
public struct JSONEditor: Sendable {
    public private(set) var bytes: [UInt8]
    public private(set) var document: JSONValue
    /// Detected once from the original text, so a run of edits stays consistent.
    public let style: JSONTextStyle

    /// Edits `bytes`, whose parsed tree is `document` (as `JSONParser` built it).
    public init(bytes: [UInt8], document: JSONValue, style: JSONTextStyle? = nil) {
        self.bytes = bytes
        self.document = document
        self.style = style ?? JSONTextStyle.detect(in: bytes, document: document)
    }

    /// Parses `source`; fails when no tree can be built from it.
    public init(source: SourceFile) throws(JSONEditError) {
        guard let document = JSONParser.parse(source).value else {
            throw JSONEditError(pointer: .root, reason: .unreadable)
        }
        self.init(bytes: source.bytes, document: document)
    }

    /// The new bytes after applying `edits` in order to `bytes` (a pure function).
    public static func applying(_ edits: [JSONEdit], to bytes: [UInt8], document: JSONValue) throws(JSONEditError) -> [UInt8] {
        var editor = JSONEditor(bytes: bytes, document: document)
        try editor.apply(edits)
        return editor.bytes
    }

    public mutating func apply(_ edits: [JSONEdit]) throws(JSONEditError) {
        for edit in edits { try apply(edit) }
    }

    /// Applies one edit; on failure nothing changes.
    public mutating func apply(_ edit: JSONEdit) throws(JSONEditError) {
        let splice: Splice
        switch edit {
        case .insertMember(let object, let key, let value, let position):
            splice = try insertMemberSplice(object, key: key, value: value, position: position)
        case .insertElement(let array, let value, let index):
            splice = try insertElementSplice(array, value: value, index: index)
        case .replaceValue(let pointer, let value):
            splice = try replaceValueSplice(pointer, value: value)
        case .renameKey(let pointer, let newKey):
            splice = try renameKeySplice(pointer, to: newKey)
        case .remove(let pointer):
            splice = try removeSplice(pointer)
        }
        var updated = bytes
        updated.replaceSubrange(splice.range.start..<splice.range.end, with: Array(splice.text.utf8))
        guard let reparsed = JSONParser.parse(SourceFile(path: "<edit>", bytes: updated)).value else {
            throw JSONEditError(pointer: .root, reason: .unreadable)
        }
        bytes = updated
        document = reparsed
    }

    // MARK: Convenience

    public mutating func insertMember(_ key: String, value: JSONOutput, into object: JSONPointer, position: JSONEdit.Position = .end) throws(JSONEditError) {
        try apply(.insertMember(object: object, key: key, value: value, position: position))
    }

    public mutating func appendElement(_ value: JSONOutput, to array: JSONPointer) throws(JSONEditError) {
        try apply(.insertElement(array: array, value: value))
    }

    public mutating func replaceValue(at pointer: JSONPointer, with value: JSONOutput) throws(JSONEditError) {
        try apply(.replaceValue(at: pointer, with: value))
    }

    public mutating func renameKey(at pointer: JSONPointer, to newKey: String) throws(JSONEditError) {
        try apply(.renameKey(at: pointer, to: newKey))
    }

    public mutating func remove(at pointer: JSONPointer) throws(JSONEditError) {
        try apply(.remove(at: pointer))
    }

    // MARK: Splices

    /// Replace `range` of the current bytes with `text`.
    struct Splice {
        var range: SourceRange
        var text: String
    }

    private var layout: JSONLayout { JSONLayout(bytes: bytes) }

    private func resolve(_ pointer: JSONPointer) throws(JSONEditError) -> JSONValue {
        guard let value = pointer.resolve(in: document) else { throw JSONEditError(pointer: pointer, reason: .notFound) }
        return value
    }

    private func insertMemberSplice(_ pointer: JSONPointer, key: String, value: JSONOutput, position: JSONEdit.Position) throws(JSONEditError) -> Splice {
        let object = try resolve(pointer)
        guard let members = object.members else { throw JSONEditError(pointer: pointer, reason: .notAnObject) }
        if members.contains(where: { $0.key == key }) { throw JSONEditError(pointer: pointer, reason: .keyExists(key)) }
        let index: Int
        switch position {
        case .end: index = members.count
        case .start: index = 0
        case .after(let existing), .before(let existing):
            guard let found = members.lastIndex(where: { $0.key == existing }) else {
                throw JSONEditError(pointer: pointer, reason: .keyNotFound(existing))
            }
            if case .after = position { index = found + 1 } else { index = found }
        }
        var keyText = ""
        JSONOutput.writeQuoted(key, to: &keyText)
        let separator = memberSeparator(of: object)
        return try insertionSplice(into: object, at: index, pointer: pointer) { renderer, indent, inline throws(JSONEditError) in
            let rendered = try render(value, renderer: renderer, indent: indent, inline: inline, pointer: pointer.appending(key))
            return keyText + separator + rendered
        }
    }

    private func insertElementSplice(_ pointer: JSONPointer, value: JSONOutput, index: Int?) throws(JSONEditError) -> Splice {
        let array = try resolve(pointer)
        guard let items = array.array else { throw JSONEditError(pointer: pointer, reason: .notAnArray) }
        let position = index ?? items.count
        guard position >= 0, position <= items.count else { throw JSONEditError(pointer: pointer, reason: .indexOutOfRange(position)) }
        return try insertionSplice(into: array, at: position, pointer: pointer) { renderer, indent, inline throws(JSONEditError) in
            try render(value, renderer: renderer, indent: indent, inline: inline, pointer: pointer.appending(position))
        }
    }

    /// How a child goes into `container` at `index`: on its own line with a sibling's
    /// indentation when siblings are one per line; inline after `, ` when they share a line;
    /// an empty container opens up onto new lines (unless the whole file is on one line).
    private func insertionSplice(into container: JSONValue, at index: Int, pointer: JSONPointer,
                                 child: (JSONTextRenderer, String, Inline?) throws(JSONEditError) -> String) throws(JSONEditError) -> Splice {
        let layout = self.layout
        let renderer = JSONTextRenderer(style: style)
        let children = JSONLayout.children(of: container)
        let open = container.range.start
        let close = container.range.end - 1
        if children.isEmpty {
            if style.isSingleLine {
                let text = try child(renderer, "", Inline(separator: ", ", keySeparator: style.keySeparator))
                return Splice(range: SourceRange(start: open + 1, end: close), text: text)
            }
            let outer = layout.indentation(ofLineAt: open)
            let inner = outer + style.indentUnit
            let text = try child(renderer, inner, nil)
            return Splice(range: SourceRange(start: open + 1, end: close),
                          text: style.lineEnding + inner + text + style.lineEnding + outer)
        }
        // The sibling the new child goes next to: the one it goes before, or the last.
        let reference = children[min(index, children.count - 1)]
        if layout.startsOwnLine(reference.start), !style.isSingleLine {
            let indent = layout.indentation(ofLineAt: reference.start)
            let text = try child(renderer, indent, nil)
            if index == children.count {
                return Splice(range: SourceRange(at: reference.end), text: "," + style.lineEnding + indent + text)
            }
            return Splice(range: SourceRange(at: reference.start), text: text + "," + style.lineEnding + indent)
        }
        var separator = ", "
        if children.count >= 2 {
            let between = layout.text(SourceRange(start: children[0].end, end: children[1].start))
            if !between.contains(where: { $0 == "\n" || $0 == "\r" }), between.contains(",") { separator = between }
        } else if !style.keySeparator.hasSuffix(" ") {
            separator = ","
        }
        let text: String
        if layout.spansLines(reference.value.range), !style.isSingleLine {
            // Cuddled layout (`}, {` between multi-line siblings): write the new one the same way.
            text = try child(renderer, layout.indentation(ofLineAt: reference.start), nil)
        } else {
            text = try child(renderer, "", Inline(separator: separator, keySeparator: memberSeparator(of: container)))
        }
        if index == children.count {
            return Splice(range: SourceRange(at: reference.end), text: separator + text)
        }
        return Splice(range: SourceRange(at: reference.start), text: text + separator)
    }

    private func replaceValueSplice(_ pointer: JSONPointer, value: JSONOutput) throws(JSONEditError) -> Splice {
        let old = try resolve(pointer)
        let layout = self.layout
        let renderer = JSONTextRenderer(style: style)
        let oldIsInlineContainer = (old.array.map { !$0.isEmpty } ?? old.members.map { !$0.isEmpty } ?? false) && !layout.spansLines(old.range)
        let inline: Inline? = style.isSingleLine || oldIsInlineContainer
            ? Inline(separator: style.keySeparator.hasSuffix(" ") ? ", " : ",", keySeparator: style.keySeparator) : nil
        let text = try render(value, renderer: renderer, indent: layout.indentation(ofLineAt: old.range.start), inline: inline, pointer: pointer)
        return Splice(range: old.range, text: text)
    }

    private func renameKeySplice(_ pointer: JSONPointer, to newKey: String) throws(JSONEditError) -> Splice {
        guard let parentPointer = pointer.parent, case .key(let oldKey)? = pointer.tokens.last else {
            throw JSONEditError(pointer: pointer, reason: .notFound)
        }
        let parent = try resolve(parentPointer)
        guard let members = parent.members else { throw JSONEditError(pointer: parentPointer, reason: .notAnObject) }
        guard let member = members.last(where: { $0.key == oldKey }) else {
            throw JSONEditError(pointer: parentPointer, reason: .keyNotFound(oldKey))
        }
        if newKey != oldKey, members.contains(where: { $0.key == newKey }) {
            throw JSONEditError(pointer: parentPointer, reason: .keyExists(newKey))
        }
        var text = ""
        JSONOutput.writeQuoted(newKey, to: &text)
        return Splice(range: member.keyRange, text: text)
    }

    /// Removes a child with the separator that goes with it, so a one-per-line container loses
    /// exactly the child's lines; the last child takes the preceding comma with it.
    private func removeSplice(_ pointer: JSONPointer) throws(JSONEditError) -> Splice {
        guard let parentPointer = pointer.parent, let token = pointer.tokens.last else {
            throw JSONEditError(pointer: pointer, reason: .cannotRemoveRoot)
        }
        let parent = try resolve(parentPointer)
        let children = JSONLayout.children(of: parent)
        let index: Int?
        switch (token, parent.kind) {
        case (.index(let position), .array(let items)): index = position < items.count ? position : nil
        case (.index(let position), .object(let members)): index = members.lastIndex { $0.key == String(position) }
        case (.key(let key), .object(let members)): index = members.lastIndex { $0.key == key }
        default: index = nil
        }
        guard let index else { throw JSONEditError(pointer: pointer, reason: .notFound) }
        if children.count == 1 {
            return Splice(range: SourceRange(start: parent.range.start + 1, end: parent.range.end - 1), text: "")
        }
        if index < children.count - 1 {
            return Splice(range: SourceRange(start: children[index].start, end: children[index + 1].start), text: "")
        }
        return Splice(range: SourceRange(start: children[index - 1].end, end: children[index].end), text: "")
    }

    // MARK: Helpers

    struct Inline {
        var separator: String
        var keySeparator: String
    }

    private func render(_ value: JSONOutput, renderer: JSONTextRenderer, indent: String, inline: Inline?, pointer: JSONPointer) throws(JSONEditError) -> String {
        let text = inline.map { renderer.inline(value, separator: $0.separator, keySeparator: $0.keySeparator) }
            ?? renderer.multiline(value, indent: indent)
        guard let text else { throw JSONEditError(pointer: pointer, reason: .tooDeep(limit: JSONTextRenderer.maximumDepth)) }
        return text
    }

    /// The key separator used in `object` itself, or the file's.
    private func memberSeparator(of object: JSONValue) -> String {
        guard let first = object.members?.first else { return style.keySeparator }
        let between = layout.text(SourceRange(start: first.keyRange.end, end: first.value.range.start))
        if between.contains(":"), !between.contains(where: { $0 == "\n" || $0 == "\r" }) { return between }
        return style.keySeparator
    }
}
