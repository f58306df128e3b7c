/// Base64 (RFC 4648, standard and URL-safe alphabets) and hexadecimal, for `sys.utils.base64`,
/// HMAC outputs and JWTs.
public enum ByteEncoding {
    private static let standard = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafe = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    public static func base64(_ bytes: [UInt8], urlSafe: Bool = false, padded: Bool = true) -> String {
        let alphabet = urlSafe ? Self.urlSafe : Self.standard
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let b0 = bytes[index]
            let b1 = remaining > 1 ? bytes[index + 1] : 0
            let b2 = remaining > 2 ? bytes[index + 2] : 0
            output.append(alphabet[Int(b0 >> 2)])
            output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            if remaining > 1 { output.append(alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)]) } else if padded { output.append(0x3D) }
            if remaining > 2 { output.append(alphabet[Int(b2 & 0x3F)]) } else if padded { output.append(0x3D) }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes either alphabet, with or without padding, ignoring whitespace; nil when the text
    /// has other characters or a impossible length.
    public static func decodeBase64(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        var sawPadding = false
        for byte in text.utf8 {
            let value: UInt8
            switch byte {
            case 0x41...0x5A: value = byte - 0x41
            case 0x61...0x7A: value = byte - 0x61 + 26
            case 0x30...0x39: value = byte - 0x30 + 52
            case 0x2B, 0x2D: value = 62
            case 0x2F, 0x5F: value = 63
            case 0x3D: sawPadding = true; continue
            case 0x20, 0x0A, 0x0D, 0x09: continue
            default: return nil
            }
            if sawPadding { return nil }
            values.append(value)
        }
        if values.count % 4 == 1 { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(values.count * 3 / 4)
        var index = 0
        while index < values.count {
            let chunk = values[index..<min(index + 4, values.count)].map { $0 } + [0, 0, 0, 0]
            output.append(chunk[0] << 2 | chunk[1] >> 4)
            if values.count - index > 2 { output.append(chunk[1] << 4 | chunk[2] >> 2) }
            if values.count - index > 3 { output.append(chunk[2] << 6 | chunk[3]) }
            index += 4
        }
        return output
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
