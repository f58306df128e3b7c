/// Explains why a text is not a valid version or requirement, and repairs it when it can.
///
/// It reads the text leniently (any operator, a missing or upper-case `v`, wildcards, too few
/// numbers, leading zeros, stray dots, spaces), lists every problem in text order, and, when
/// every problem has one obvious repair, proposes the repaired text. The proposal is checked
/// with the strict scanner before it is offered, so a fix-it never suggests another error.
enum VersionTextAnalyzer {
    private struct Issue {
        var reason: String
        var range: Range<Int>
        var fixable: Bool
    }

    private struct Component {
        var bytes: ArraySlice<UInt8>
        var range: Range<Int>
        var isWildcard: Bool { bytes.count == 1 && (bytes.first == UInt8(ascii: "x") || bytes.first == UInt8(ascii: "X") || bytes.first == UInt8(ascii: "*")) }
    }

    static func diagnose(_ text: String, allowsOperator: Bool) -> VersionSyntaxError {
        let bytes = Array(text.utf8)
        let expectedShape = allowsOperator
            ? "expected 'vX.Y.Z', '^vX.Y.Z' or '~vX.Y.Z'"
            : "expected 'vMAJOR.MINOR.PATCH'"
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else {
            return VersionSyntaxError(text: text, reasons: [expectedShape], range: 0..<bytes.count, suggestion: nil)
        }

        var issues: [Issue] = []
        if start > 0 { issues.append(Issue(reason: "unexpected whitespace before the version", range: 0..<start, fixable: true)) }
        var position = start

        // Operators before the `v`, possibly with spaces between them and the `v`.
        let prefixStart = position
        var prefix: [UInt8] = []
        while position < end, isOperatorByte(bytes[position]) || (!prefix.isEmpty && isSpace(bytes[position])) {
            if !isSpace(bytes[position]) { prefix.append(bytes[position]) }
            position += 1
        }
        let prefixRange = prefixStart..<position
        if prefix.count != prefixRange.count {
            issues.append(Issue(reason: "unexpected whitespace after the prefix", range: prefixRange, fixable: true))
        }

        // The `v`, then operators written after it (`v^1.2.0`).
        let vStart = position
        var hasV = false
        if position < end, bytes[position] == UInt8(ascii: "v") || bytes[position] == UInt8(ascii: "V") {
            hasV = true
            if bytes[position] == UInt8(ascii: "V") {
                issues.append(Issue(reason: "the 'v' is lower-case", range: position..<position + 1, fixable: true))
            }
            position += 1
        }
        var infix: [UInt8] = []
        let infixStart = position
        while hasV, position < end, isOperatorByte(bytes[position]) {
            infix.append(bytes[position])
            position += 1
        }
        let infixRange = infixStart..<position
        let spaceStart = position
        while hasV, position < end, isSpace(bytes[position]) { position += 1 }
        if position > spaceStart {
            issues.append(Issue(reason: "unexpected whitespace after the 'v'", range: spaceStart..<position, fixable: true))
        }

        // MAJOR.MINOR.PATCH, leniently: any number of components, empty ones, wildcards.
        let coreStart = position
        var components: [Component] = []
        while true {
            let componentStart = position
            if position < end, isDigit(bytes[position]) {
                while position < end, isDigit(bytes[position]) { position += 1 }
            } else if position < end, bytes[position] == UInt8(ascii: "x") || bytes[position] == UInt8(ascii: "X") || bytes[position] == UInt8(ascii: "*") {
                position += 1
            }
            components.append(Component(bytes: bytes[componentStart..<position], range: componentStart..<position))
            guard position < end, bytes[position] == UInt8(ascii: ".") else { break }
            position += 1
        }
        let coreRange = coreStart..<position
        guard components.contains(where: { $0.bytes.contains(where: isDigit) }) else {
            let range = start..<end
            return VersionSyntaxError(text: text, reasons: [expectedShape], range: range, suggestion: nil)
        }

        // Operator problems, now that we know a version follows.
        var kind = VersionRequirement.Kind.exact
        let written = prefix.isEmpty ? infix : prefix
        let writtenText = String(decoding: written, as: UTF8.self)
        if !prefix.isEmpty, !infix.isEmpty {
            issues.append(Issue(reason: "there is a prefix on both sides of the 'v'", range: infixRange, fixable: false))
        } else if !infix.isEmpty {
            issues.append(Issue(reason: "the prefix goes before the 'v'", range: vStart..<infixRange.upperBound, fixable: true))
        }
        let operatorRange = prefix.isEmpty ? infixRange : prefixRange
        switch writtenText {
        case "": kind = .exact
        case "^": kind = .compatible
        case "~": kind = .bugFixes
        case "=", "==":
            kind = .exact
            if allowsOperator {
                issues.append(Issue(reason: "'\(writtenText)' is not needed, a version without a prefix is exact", range: operatorRange, fixable: true))
            }
        case "~>":
            kind = .bugFixes
            if allowsOperator {
                issues.append(Issue(reason: "'~>' is written '~'", range: operatorRange, fixable: true))
            }
        case "^^", "~~":
            kind = written[0] == UInt8(ascii: "^") ? .compatible : .bugFixes
            if allowsOperator {
                issues.append(Issue(reason: "the prefix is written once", range: operatorRange, fixable: true))
            }
        case ">=":
            kind = .compatible
            if allowsOperator {
                issues.append(Issue(
                    reason: "Slingr requirements have no '>='; '^' accepts later versions with the same major version",
                    range: operatorRange, fixable: true
                ))
            }
        default:
            if allowsOperator {
                issues.append(Issue(
                    reason: "unsupported operator '\(writtenText)'; use '^' (same major version) or '~' (same minor version)",
                    range: operatorRange, fixable: false
                ))
            }
        }
        if !allowsOperator, !written.isEmpty {
            kind = .exact
            issues.append(Issue(reason: "a released version has no prefix; '^' and '~' belong to requirements", range: operatorRange, fixable: true))
        }
        if !hasV {
            issues.append(Issue(reason: "versions start with 'v'", range: coreRange, fixable: true))
        }

        // Components: stray dots, leading zeros, overflow, wildcards, count.
        var numbers: [ArraySlice<UInt8>] = []
        var wildcardSeen = false
        var wildcardFix = true
        for component in components {
            if component.bytes.isEmpty {
                let dot = component.range.lowerBound < end && bytes[component.range.lowerBound] == UInt8(ascii: ".")
                    ? component.range.lowerBound..<component.range.lowerBound + 1
                    : max(coreStart, component.range.lowerBound - 1)..<component.range.lowerBound
                issues.append(Issue(reason: "unexpected '.'", range: dot, fixable: true))
                continue
            }
            if component.isWildcard {
                if !wildcardSeen {
                    issues.append(Issue(
                        reason: "wildcards are not supported; '^' and '~' express ranges",
                        range: component.range, fixable: true
                    ))
                }
                wildcardSeen = true
                continue
            }
            if wildcardSeen { wildcardFix = false }
            issues.append(contentsOf: numberIssues(component.bytes, range: component.range, what: "numbers"))
            numbers.append(component.bytes)
        }
        if wildcardSeen {
            // `v1.x` means `^v1.0.0` and `v1.2.x` means `~v1.2.0`, as npm reads them.
            switch (numbers.count, kind) {
            case (1, .exact), (1, .bugFixes): kind = .compatible
            case (2, .exact): kind = .bugFixes
            case (1, .compatible), (2, .compatible), (2, .bugFixes): break
            default: wildcardFix = false
            }
            if !allowsOperator { wildcardFix = false }
            if !wildcardFix, let index = issues.lastIndex(where: { $0.reason.hasPrefix("wildcards") }) {
                issues[index].fixable = false
            }
        } else if numbers.count != 3 {
            issues.append(Issue(reason: "a version has three numbers, MAJOR.MINOR.PATCH", range: coreRange, fixable: numbers.count < 3))
        }

        // Pre-release and build metadata.
        var prerelease: [ArraySlice<UInt8>] = []
        if position < end, bytes[position] == UInt8(ascii: "-") {
            let dash = position
            position += 1
            let identifiers = scanIdentifiers(bytes, &position, end: end)
            if identifiers.allSatisfy({ $0.bytes.isEmpty }) {
                issues.append(Issue(reason: "empty pre-release after '-'", range: dash..<position, fixable: true))
            } else {
                for identifier in identifiers {
                    if identifier.bytes.isEmpty {
                        issues.append(Issue(reason: "empty pre-release identifier", range: identifier.range, fixable: true))
                        continue
                    }
                    if identifier.bytes.allSatisfy(isDigit) {
                        issues.append(contentsOf: numberIssues(identifier.bytes, range: identifier.range, what: "pre-release numbers"))
                    }
                    prerelease.append(identifier.bytes)
                }
            }
        }
        var build: [ArraySlice<UInt8>] = []
        if position < end, bytes[position] == UInt8(ascii: "+") {
            let plus = position
            position += 1
            let identifiers = scanIdentifiers(bytes, &position, end: end)
            if identifiers.allSatisfy({ $0.bytes.isEmpty }) {
                issues.append(Issue(reason: "empty build metadata after '+'", range: plus..<position, fixable: true))
            } else {
                for identifier in identifiers {
                    if identifier.bytes.isEmpty {
                        issues.append(Issue(reason: "empty build metadata identifier", range: identifier.range, fixable: true))
                    } else {
                        build.append(identifier.bytes)
                    }
                }
            }
        }
        if position < end {
            let rest = bytes[position..<end]
            let restText = String(decoding: rest, as: UTF8.self)
            let compound = rest.contains(where: isSpace) || rest.contains(UInt8(ascii: "|"))
            issues.append(Issue(
                reason: compound
                    ? "compound requirements are not supported; write one version with an optional '^' or '~'"
                    : "unexpected '\(restText)' after the version",
                range: position..<end, fixable: false
            ))
        }
        if end < bytes.count {
            issues.append(Issue(reason: "unexpected whitespace after the version", range: end..<bytes.count, fixable: true))
        }

        issues = issues.enumerated()
            .sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
            .map(\.element)
        guard let first = issues.first else {
            return VersionSyntaxError(text: text, reasons: [expectedShape], range: start..<end, suggestion: nil)
        }
        var suggestion: String?
        if issues.allSatisfy(\.fixable) {
            var parts = numbers.map(canonicalNumber)
            while parts.count < 3 { parts.append("0") }
            var candidate = kind.prefix + "v" + parts.joined(separator: ".")
            if !prerelease.isEmpty {
                candidate += "-" + prerelease.map { $0.allSatisfy(isDigit) ? canonicalNumber($0) : String(decoding: $0, as: UTF8.self) }.joined(separator: ".")
            }
            if !build.isEmpty {
                candidate += "+" + build.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ".")
            }
            let valid = allowsOperator ? VersionScanner.requirement(candidate) != nil : VersionScanner.version(candidate) != nil
            if valid, candidate != text { suggestion = candidate }
        }
        return VersionSyntaxError(text: text, reasons: issues.map(\.reason), range: first.range, suggestion: suggestion)
    }

    private static func numberIssues(_ digits: ArraySlice<UInt8>, range: Range<Int>, what: String) -> [Issue] {
        var issues: [Issue] = []
        if digits.count > 1, digits.first == UInt8(ascii: "0") {
            issues.append(Issue(reason: "\(what) have no leading zeros", range: range, fixable: true))
        }
        if Int(canonicalNumber(digits)) == nil {
            issues.append(Issue(reason: "number '\(String(decoding: digits, as: UTF8.self))' is too large", range: range, fixable: false))
        }
        return issues
    }

    /// Digits without leading zeros (`007` gives `7`, `000` gives `0`).
    private static func canonicalNumber(_ digits: ArraySlice<UInt8>) -> String {
        var trimmed = digits.drop { $0 == UInt8(ascii: "0") }
        if trimmed.isEmpty { trimmed = digits.suffix(1) }
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// Dot-separated identifier characters from `position`; stops at anything else.
    private static func scanIdentifiers(_ bytes: [UInt8], _ position: inout Int, end: Int) -> [Component] {
        var identifiers: [Component] = []
        while true {
            let start = position
            while position < end, VersionScanner.isIdentifierByte(bytes[position]) { position += 1 }
            identifiers.append(Component(bytes: bytes[start..<position], range: start..<position))
            guard position < end, bytes[position] == UInt8(ascii: ".") else { break }
            position += 1
        }
        return identifiers
    }

    private static func isDigit(_ byte: UInt8) -> Bool { VersionScanner.isDigit(byte) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isOperatorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }
}
