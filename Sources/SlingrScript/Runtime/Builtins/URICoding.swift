/// Percent-encoding of UTF-8, as `encodeURIComponent` and friends do it.
enum URICoding {
    static let unreserved: Set<UInt16> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()".utf16))
    static let reserved: Set<UInt16> = Set(Array(";/?:@&=+$,#".utf16))
    private static let hex: [UInt16] = Array("0123456789ABCDEF".utf16)

    static func encode(_ realm: Realm, _ string: JSString, keep: Set<UInt16>) throws -> JSString {
        try realm.charge(string.count)
        var output: [UInt16] = []
        let units = string.units
        var index = 0
        while index < units.count {
            let unit = units[index]
            if keep.contains(unit) {
                output.append(unit)
                index += 1
                continue
            }
            var code = UInt32(unit)
            if unit >= 0xDC00, unit <= 0xDFFF { throw realm.error(.uriError, "URI malformed") }
            if unit >= 0xD800, unit <= 0xDBFF {
                guard index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF else {
                    throw realm.error(.uriError, "URI malformed")
                }
                code = (UInt32(unit) - 0xD800) << 10 + (UInt32(units[index + 1]) - 0xDC00) + 0x10000
                index += 1
            }
            guard let scalar = Unicode.Scalar(code) else { throw realm.error(.uriError, "URI malformed") }
            for byte in String(Character(scalar)).utf8 {
                output.append(0x25)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            }
            index += 1
        }
        return try realm.makeString(output)
    }

    static func decode(_ realm: Realm, _ string: JSString, preserve: Set<UInt16>) throws -> JSString {
        try realm.charge(string.count)
        let units = string.units
        var output: [UInt16] = []
        var index = 0
        func byte(at position: Int) throws -> UInt8 {
            guard position + 2 < units.count, units[position] == 0x25,
                  let high = NumberParsing.digitValue(units[position + 1]), high < 16,
                  let low = NumberParsing.digitValue(units[position + 2]), low < 16
            else { throw realm.error(.uriError, "URI malformed") }
            return UInt8(high << 4 | low)
        }
        while index < units.count {
            let unit = units[index]
            guard unit == 0x25 else {
                output.append(unit)
                index += 1
                continue
            }
            let first = try byte(at: index)
            if first < 0x80 {
                if preserve.contains(UInt16(first)) {
                    output.append(contentsOf: units[index..<(index + 3)])
                } else {
                    output.append(UInt16(first))
                }
                index += 3
                continue
            }
            let length: Int
            switch first {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw realm.error(.uriError, "URI malformed")
            }
            var bytes = [first]
            for part in 1..<length {
                let next = try byte(at: index + part * 3)
                guard next & 0xC0 == 0x80 else { throw realm.error(.uriError, "URI malformed") }
                bytes.append(next)
            }
            var code = UInt32(first) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for next in bytes.dropFirst() { code = code << 6 | UInt32(next & 0x3F) }
            let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
            guard code >= minimum, code <= 0x10FFFF, !(0xD800...0xDFFF).contains(code) else {
                throw realm.error(.uriError, "URI malformed")
            }
            StringBuiltins.appendCodePoint(code, to: &output)
            index += length * 3
        }
        return try realm.makeString(output)
    }
}
