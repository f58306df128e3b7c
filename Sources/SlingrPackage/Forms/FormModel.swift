import SlingrDiagnostics
import SlingrScript

/// A form after evaluation: every field with its visibility, requiredness, value and the
/// outcome of each of its expressions, plus the checks on the values. Renderers only read this.
public struct FormModel: Sendable {
    public var definition: FormDefinition
    public var environment: FormEnvironment
    /// The values the form was evaluated with, defaults applied.
    public var values: ConfigurationValues
    public var fields: [EvaluatedField]
    /// Checks on the values, in form order, then values for fields that do not exist.
    public var problems: [FormProblem]

    /// Every field, depth first in form order.
    public var allFields: [EvaluatedField] {
        var result: [EvaluatedField] = []
        func walk(_ fields: [EvaluatedField]) {
            for field in fields {
                result.append(field)
                walk(field.children)
            }
        }
        walk(fields)
        return result
    }

    /// The field at a dotted path.
    public func field(at path: String) -> EvaluatedField? { allFields.first { $0.spec.path == path } }
}

/// One field of an evaluated form.
public struct EvaluatedField: Sendable {
    public var spec: FormFieldSpec
    /// False when its `visibility` is falsy or a group around it is hidden. A failing
    /// `visibility` leaves the field visible (and shows the failure).
    public var visible: Bool
    /// A failing `required` counts as not required (and shows the failure).
    public var required: Bool
    public var visibility: ExpressionOutcome?
    public var requiredOutcome: ExpressionOutcome?
    /// How the default was obtained, when it was used.
    public var defaultOutcome: ExpressionOutcome?
    /// The field's value in `config` (`nil` when unset; never set for labels, info, buttons).
    public var value: HostValue?
    public var origin: ConfigurationValues.Origin?
    /// The evaluated `value` of read-only fields (one per entry of a `many` label).
    public var displayValues: [ExpressionOutcome]
    /// `oauth2` options, evaluated.
    public var oauth2Options: [ExpressionOutcome]
    /// The validation function's outcome, when it ran.
    public var validationOutcome: ExpressionOutcome?
    public var children: [EvaluatedField]
    /// Checks on this field's value.
    public var problems: [FormProblem]

    /// Every expression outcome of the field, in the order they are shown.
    public var outcomes: [ExpressionOutcome] {
        [visibility, requiredOutcome, defaultOutcome].compactMap { $0 } + displayValues + oauth2Options
            + [validationOutcome].compactMap { $0 }
    }

    /// Outcomes that failed (shown at the field).
    public var failures: [ExpressionOutcome] { outcomes.filter { $0.failure != nil } }
}

/// A problem with the values, found by the checks.
public struct FormProblem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A required field without a value.
        case required
        /// A `text` validation failed (email, number, url or a validation function).
        case validation
        /// A value that is not one of `possibleValues`.
        case option
        /// A value of the wrong kind (a list for a single field, text for a toggle ...).
        case type
        /// A value for a field the form does not have (or one that stores no value).
        case unknownField = "unknown-field"
        /// An expression of the field that throws (`conifg.x != null`): the platform's form
        /// would fail the same way.
        case expression
        /// The descriptor cannot hold a form: not an object, or `configuration` (`inputs`)
        /// not an array.
        case descriptor
    }

    public var path: String
    public var kind: Kind
    public var message: String
    /// The declaration of the field concerned, where the finding points; `nil` for a value
    /// whose field does not exist.
    public var field: FormFieldSpec?

    public init(path: String, kind: Kind, message: String, field: FormFieldSpec? = nil) {
        self.path = path
        self.kind = kind
        self.message = message
        self.field = field
    }

    public static func == (lhs: FormProblem, rhs: FormProblem) -> Bool {
        lhs.path == rhs.path && lhs.kind == rhs.kind && lhs.message == rhs.message
    }

    /// The rule this problem is a finding of.
    public var rule: any RuleDeclaration.Type {
        switch kind {
        case .required: return ValueRequiredRule.self
        case .validation: return ValueInvalidRule.self
        case .option: return ValueNotAnOptionRule.self
        case .type: return ValueTypeRule.self
        case .unknownField: return ValueUnknownFieldRule.self
        case .expression: return ScriptErrorRule.self
        case .descriptor: return WrongTypeRule.self
        }
    }

    /// The problem as a finding: at the field's declaration in the descriptor, or about the
    /// values file (whose positions are not kept) when the field does not exist.
    public func diagnostic(descriptor: SourceFile, valuesFile: String?) -> Diagnostic {
        guard let field else { return rule.description.diagnostic(message, file: valuesFile) }
        let range = SourceRange(start: field.object.range.start, end: field.object.range.start + 1)
        return rule.description.diagnostic(message, in: descriptor, range: range, pointer: field.pointer.description)
    }
}

extension FormModel {
    /// The checks as findings (`preview --check` through the reporter family).
    public func findings(descriptor: SourceFile, valuesFile: String?) -> [Diagnostic] {
        problems.map { $0.diagnostic(descriptor: descriptor, valuesFile: valuesFile) }
    }
}
