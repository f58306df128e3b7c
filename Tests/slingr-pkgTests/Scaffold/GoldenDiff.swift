import SlingrDiagnostics

/// Diffs for the golden trees of `add`: the library's unified diff, with carriage returns shown
/// as `␍` so CRLF files stay visible in the golden files and survive any checkout.
enum GoldenDiff {
    static func render(old: [UInt8], new: [UInt8]) -> String {
        UnifiedDiff.render(old: visible(String(decoding: old, as: UTF8.self)), new: visible(String(decoding: new, as: UTF8.self)),
                           oldPath: "before", newPath: "after")
    }

    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" { result += "␍" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
