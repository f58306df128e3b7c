import SlingrRuntime

/// The members of `sys` that the runtime emulates, read from the runtime's own reference (the
/// text `slingr-pkg help runtime` prints), so completion offers exactly what `run` and `test`
/// provide.
struct PlatformMember: Sendable {
    var name: String
    /// `(key, value)` for functions, empty for objects and constants.
    var parameters: String?
    var summary: String
}

enum PlatformMembers {
    /// Members by the dotted path of their owner (`sys.storage` -> get, put, replace, remove).
    static let byOwner: [String: [PlatformMember]] = {
        var members: [String: [PlatformMember]] = [:]
        func add(_ owner: [String], _ member: PlatformMember) {
            let key = owner.joined(separator: ".")
            if members[key, default: []].contains(where: { $0.name == member.name }) { return }
            members[key, default: []].append(member)
        }
        for section in RuntimeReference.sections {
            for entry in section.entries {
                var text = Substring(entry.name)
                if text.hasPrefix("new ") { text = text.dropFirst(4) }
                guard text.hasPrefix("sys.") else { continue }
                let parts = splitTopLevel(text)
                guard let first = parts.first else { continue }
                let (path, parameters) = nameAndParameters(first)
                let segments = path.split(separator: ".").map(String.init)
                guard segments.count >= 2 else { continue }
                let owner = Array(segments.dropLast())
                // Intermediate objects (`sys.utils`, `sys.utils.crypto`).
                for depth in 1..<owner.count {
                    add(Array(owner[..<depth]), PlatformMember(name: owner[depth], parameters: nil, summary: ""))
                }
                for alternative in segments[segments.count - 1].split(separator: "|") {
                    add(owner, PlatformMember(name: String(alternative), parameters: parameters, summary: entry.summary))
                }
                for sibling in parts.dropFirst() {
                    let (name, parameters) = nameAndParameters(sibling)
                    add(owner, PlatformMember(name: name, parameters: parameters, summary: entry.summary))
                }
            }
        }
        return members
    }()

    /// `a(x, y), b(z)` split at the commas outside parentheses.
    private static func splitTopLevel(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        parts.append(text[start...])
        return parts.map { $0.drop { $0 == " " } }
    }

    /// `put(key, value)` -> (`put`, `(key, value)`); `BAD_REQUEST_ERROR` -> (`BAD_REQUEST_ERROR`, nil).
    private static func nameAndParameters(_ text: Substring) -> (String, String?) {
        guard let open = text.firstIndex(of: "(") else { return (String(text), nil) }
        return (String(text[..<open]), String(text[open...]))
    }
}
