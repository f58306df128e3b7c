/// JSON string quoting (QuoteJSONString): escapes quotes, backslashes, control characters and
/// unpaired surrogates (`\udxxx`, lower-case hex, as V8 writes them).
enum JSONQuoting {
    private static let hex: [UInt16] = Array("0123456789abcdef".utf16)

    static func append(_ string: JSString, to output: inout [UInt16]) {
        output.append(0x22)
        let units = string.units
        var index = 0
        while index < units.count {
            let unit = units[index]
            switch unit {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x08: output.append(contentsOf: [0x5C, 0x62])
            case 0x0C: output.append(contentsOf: [0x5C, 0x66])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                appendEscape(unit, to: &output)
            case 0xD800...0xDBFF:
                if index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF {
                    output.append(unit)
                    output.append(units[index + 1])
                    index += 1
                } else {
                    appendEscape(unit, to: &output)
                }
            case 0xDC00...0xDFFF:
                appendEscape(unit, to: &output)
            default:
                output.append(unit)
            }
            index += 1
        }
        output.append(0x22)
    }

    private static func appendEscape(_ unit: UInt16, to output: inout [UInt16]) {
        output.append(contentsOf: [0x5C, 0x75])
        for shift in stride(from: 12, through: 0, by: -4) { output.append(hex[Int((unit >> UInt16(shift)) & 0xF)]) }
    }

    static func quote(_ string: JSString) -> JSString {
        var output: [UInt16] = []
        append(string, to: &output)
        return JSString(units: output)
    }
}
