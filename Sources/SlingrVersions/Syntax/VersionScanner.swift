/// The strict, allocation-light reader behind `Version(_:)` and `VersionRequirement(_:)`.
///
/// It works on UTF-8 bytes without Foundation or regular expressions and only answers "valid,
/// and here is the value" or "no"; explaining a "no" is `VersionTextAnalyzer`'s job, which runs
/// only on the rare invalid input.
enum VersionScanner {
    /// `v` MAJOR `.` MINOR `.` PATCH [`-` pre-release] [`+` build], nothing else.
    static func version(_ text: String) -> Version? {
        withBytes(text) { bytes in
            var position = 0
            guard let version = scanVersion(bytes, &position), position == bytes.count else { return nil }
            return version
        }
    }

    /// The UTF-8 bytes without copying when the string is stored contiguously (native strings).
    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// An optional `^` or `~`, then a version.
    static func requirement(_ text: String) -> VersionRequirement? {
        withBytes(text) { bytes in
            var position = 0
            var kind = VersionRequirement.Kind.exact
            if position < bytes.count {
                if bytes[position] == UInt8(ascii: "^") {
                    kind = .compatible
                    position += 1
                } else if bytes[position] == UInt8(ascii: "~") {
                    kind = .bugFixes
                    position += 1
                }
            }
            guard let version = scanVersion(bytes, &position), position == bytes.count else { return nil }
            return VersionRequirement(kind, version)
        }
    }

    private static func scanVersion(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Version? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "v") else { return nil }
        position += 1
        guard let major = scanNumber(bytes, &position), expect(bytes, &position, UInt8(ascii: ".")),
              let minor = scanNumber(bytes, &position), expect(bytes, &position, UInt8(ascii: ".")),
              let patch = scanNumber(bytes, &position) else { return nil }
        var prerelease: [PrereleaseIdentifier] = []
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            position += 1
            while true {
                guard let identifier = scanPrereleaseIdentifier(bytes, &position) else { return nil }
                prerelease.append(identifier)
                if !expect(bytes, &position, UInt8(ascii: ".")) { break }
            }
        }
        var build: String?
        if position < bytes.count, bytes[position] == UInt8(ascii: "+") {
            position += 1
            let start = position
            while true {
                let identifierStart = position
                while position < bytes.count, isIdentifierByte(bytes[position]) { position += 1 }
                if position == identifierStart { return nil }
                if !expect(bytes, &position, UInt8(ascii: ".")) { break }
            }
            build = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        return Version(major: major, minor: minor, patch: patch, prerelease: prerelease, buildMetadata: build)
    }

    /// `0` or a digit run without a leading zero that fits in an `Int`.
    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Int? {
        let start = position
        var value = 0
        while position < bytes.count, isDigit(bytes[position]) {
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(bytes[position] &- 0x30))
            if overflowTimes || overflowSum { return nil }
            value = sum
            position += 1
        }
        let length = position - start
        if length == 0 || (length > 1 && bytes[start] == UInt8(ascii: "0")) { return nil }
        return value
    }

    private static func scanPrereleaseIdentifier(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> PrereleaseIdentifier? {
        let start = position
        var allDigits = true
        while position < bytes.count, isIdentifierByte(bytes[position]) {
            if !isDigit(bytes[position]) { allDigits = false }
            position += 1
        }
        if position == start { return nil }
        if allDigits {
            var numberPosition = start
            guard let value = scanNumber(bytes, &numberPosition), numberPosition == position else { return nil }
            return .numeric(value)
        }
        return .alphanumeric(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    private static func expect(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// SemVer identifier characters: ASCII letters, digits and `-`.
    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "-")
    }
}
