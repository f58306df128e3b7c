import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// The declared shapes (the ones validation and the JSON Schemas read) followed down a JSON
/// path, with variants chosen by sibling values (a field's `type` decides its `typeOptions`).
struct DescriptorShapes {
    let generator: JSONSchemaGenerator

    init(catalogue: RuleCatalogue) {
        generator = JSONSchemaGenerator(catalogue: catalogue)
    }

    /// The root shape of a document kind, `nil` for documents that have none.
    func root(_ kind: DocumentKind) -> ObjectShape? {
        switch kind {
        case .descriptor(let descriptor):
            switch descriptor {
            case .package: return generator.rootShape(.package)
            case .step: return generator.rootShape(.step)
            case .uiService: return generator.rootShape(.uiService)
            }
        case .settings: return generator.rootShape(.config)
        case .script, .other: return nil
        }
    }

    /// `.named` shapes replaced by what they name.
    static func resolved(_ shape: ValueShape) -> ValueShape {
        if case .named(let name) = shape, let named = FieldShapes.named(name) { return named }
        return shape
    }

    /// The object shape among a shape's forms.
    static func object(_ shape: ValueShape) -> ObjectShape? {
        resolved(shape).alternatives.lazy.compactMap { resolved($0).object }.first
    }

    /// The shape under one key of an object, with the variant its siblings choose.
    static func child(_ shape: ObjectShape, key: String, siblings: [String: String]) -> ValueShape? {
        let variant = shape.variantKey.flatMap { siblings[$0] }.flatMap(shape.variant(for:))
        if let found = shape.shape(of: key, variant: variant) { return resolved(found) }
        if shape.isClosed { return nil }
        return shape.otherValues.map(resolved) ?? .anything
    }

    /// The shape of an element of an array shape.
    static func element(_ shape: ValueShape) -> ValueShape? {
        for form in resolved(shape).alternatives {
            if case .array(let element, _) = resolved(form) { return resolved(element) }
        }
        return nil
    }

    /// The shape of the innermost container of the cursor.
    func container(_ cursor: JSONCursor, root: ObjectShape) -> ValueShape? {
        guard !cursor.containers.isEmpty else { return nil }
        var current = ValueShape.object(root)
        for index in cursor.containers.indices.dropFirst() {
            let parent = cursor.containers[index - 1]
            switch cursor.containers[index].token {
            case .key(let key)?:
                guard let object = Self.object(current), let next = Self.child(object, key: key, siblings: parent.strings) else { return nil }
                current = next
            case .index?:
                guard let next = Self.element(current) else { return nil }
                current = next
            case nil:
                return nil
            }
        }
        return current
    }

    /// The shape of the value in the cursor's slot (a key's value or an array element).
    func value(_ cursor: JSONCursor, root: ObjectShape) -> ValueShape? {
        guard let container = container(cursor, root: root), let innermost = cursor.containers.last else { return nil }
        if innermost.isObject {
            guard case .value(let key?) = cursor.slot, let object = Self.object(container) else { return nil }
            return Self.child(object, key: key, siblings: innermost.strings)
        }
        return Self.element(container)
    }

    /// The object shape of the innermost container and the variant its strings choose.
    func object(_ cursor: JSONCursor, root: ObjectShape) -> (shape: ObjectShape, variant: ObjectShape.Variant?)? {
        guard let container = container(cursor, root: root), let object = Self.object(container), let innermost = cursor.containers.last else { return nil }
        return (object, object.variantKey.flatMap { innermost.strings[$0] }.flatMap(object.variant(for:)))
    }
}
