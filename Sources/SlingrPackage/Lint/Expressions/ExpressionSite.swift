import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// One JavaScript snippet inside a descriptor string: where it is, what it is, and the tree it
/// parses to. Lint rules about expressions all work from these.
struct ExpressionSite {
    enum Kind {
        /// A single expression (`required`, `visibility`, oauth2 options, validation functions).
        case expression
        /// A statement list (button `action`).
        case statements
        /// `value`/`defaultValue`: code only when it looks like code (see expression-syntax).
        case valueText
    }

    var kind: Kind
    var key: String
    /// The JSON string value holding the code.
    var value: JSONValue
    var pointer: JSONPointer
    var descriptor: DescriptorFile
    var scope: ConfigurationScope
    /// The parse of the decoded string; `nil` for value text that is not code.
    var parsed: ParseResult<Program>?
    var expression: Expression?
    var errors: [SyntaxError]

    /// Maps offsets in the decoded string back to the descriptor file.
    var offsets: JSONStringMap { JSONStringMap(source: descriptor.source, range: value.range) }

    /// The syntax tree root, whichever kind it is.
    var root: (any SyntaxNode)? { expression?.node ?? parsed?.tree }

    /// A file range for a range of the decoded string.
    func sourceRange(_ range: SourceRange) -> SourceRange { offsets.sourceRange(range) }
}

extension ExpressionSite {
    /// Parses `text` for this site's kind. Value text that does not look like code is left alone,
    /// and a blank expression means "no value" (real oauth2 options are `""`). An expression
    /// that only parses as statements (`config.x + '.com';`, with its final `;`) is evaluated
    /// like a script, whose completion value is the result, so it is accepted as that.
    static func parse(_ text: String, kind: Kind, key: String, value: JSONValue, pointer: JSONPointer,
                      descriptor: DescriptorFile, scope: ConfigurationScope) -> ExpressionSite? {
        let source = SourceFile(path: descriptor.source.path, text: text)
        let options = JavaScriptParser.Options(slingrConfigReferences: true, maximumErrors: 5)
        var site = ExpressionSite(kind: kind, key: key, value: value, pointer: pointer, descriptor: descriptor, scope: scope,
                                  parsed: nil, expression: nil, errors: [])
        switch kind {
        case .statements:
            let result = JavaScriptParser.parseStatements(source, options: options)
            site.parsed = result
            site.errors = result.errors
        case .expression, .valueText:
            if kind == .valueText, !looksLikeCode(text) { return nil }
            if text.trimmingSpaces.isEmpty { return nil }
            let result = JavaScriptParser.parseExpression(source, options: options)
            site.expression = result.tree
            site.errors = result.errors
            guard !result.errors.isEmpty else { break }
            let statements = JavaScriptParser.parseStatements(source, options: options)
            if statements.errors.isEmpty {
                site.expression = nil
                site.parsed = statements
                site.errors = []
            }
        }
        return site
    }

    /// Value text is code when it references the configuration or utilities, or starts like a
    /// string expression; plain URLs, HTML and words are shown verbatim by the platform.
    static func looksLikeCode(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        if trimmed.contains("config.") || trimmed.contains("config[") || trimmed.contains("utils.") { return true }
        guard let first = trimmed.first else { return false }
        return (first == "'" || first == "`") && trimmed.count > 1
    }
}
