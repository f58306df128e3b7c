import SlingrDiagnostics

/// What kind of variable a name is bound to.
enum SlotBindingKind {
    /// `var`, parameters, function declarations: usable before their declaration.
    case variable
    /// `let`, `class`: in the temporal dead zone until declared.
    case lexical
    /// `const`.
    case constant
    /// A named function expression's own name inside it: assigning to it is ignored in sloppy
    /// code and a TypeError in strict code.
    case functionName
}
