import SlingrDiagnostics
import SlingrJSON

/// Collects the findings of one descriptor file while validators walk it.
final class ValidationContext {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    func report(_ rule: any RuleDeclaration.Type, _ message: String, at range: SourceRange, pointer: JSONPointer,
                notes: [Diagnostic.Note] = [], fixIt: FixIt? = nil) {
        diagnostics.append(rule.description.diagnostic(message, in: source, range: range, pointer: pointer.description, notes: notes, fixIt: fixIt))
    }

    func report(_ rule: any RuleDeclaration.Type, _ message: String, at value: JSONValue, pointer: JSONPointer,
                notes: [Diagnostic.Note] = [], fixIt: FixIt? = nil) {
        report(rule, message, at: value.range, pointer: pointer, notes: notes, fixIt: fixIt)
    }

    /// A finding built elsewhere (version syntax errors come ready-made from SlingrVersions).
    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// A note pointing at another place in the same file (the first of two duplicates, say).
    func note(_ message: String, at range: SourceRange) -> Diagnostic.Note {
        Diagnostic.Note(message, file: source.path, location: source.location(of: range.start))
    }

    /// Every object in the document: keys given twice. Run once per file, whatever its kind.
    func checkDuplicateKeys(_ value: JSONValue, pointer: JSONPointer = .root) {
        switch value.kind {
        case .object(let members):
            var seen: [String: JSONMember] = [:]
            for member in members {
                if let first = seen[member.key] {
                    report(DuplicateKeyRule.self, DuplicateKeyRule.message(member.key),
                           at: member.keyRange, pointer: pointer.appending(member.key),
                           notes: [note("'\(member.key)' first appears here", at: first.keyRange)])
                } else {
                    seen[member.key] = member
                }
                checkDuplicateKeys(member.value, pointer: pointer.appending(member.key))
            }
        case .array(let items):
            for (index, item) in items.enumerated() { checkDuplicateKeys(item, pointer: pointer.appending(index)) }
        default:
            break
        }
    }

    /// Reports siblings that share a `name`, pointing at the later ones.
    func checkDuplicateNames(_ items: [(name: String, value: JSONValue, pointer: JSONPointer)], what: String) {
        var seen: [String: JSONValue] = [:]
        for item in items {
            if let first = seen[item.name] {
                report(DuplicateNameRule.self, DuplicateNameRule.message(item.name, what: what), at: item.value, pointer: item.pointer,
                       notes: [note(DuplicateNameRule.note(item.name), at: first.range)])
            } else {
                seen[item.name] = item.value
            }
        }
    }
}
